import '@eu-belarus/components/programme-list.js';
