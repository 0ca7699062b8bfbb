// The registry a topic's language module fills (content-locales.ts loads it): the texts of a
// dataset are found depth-first, through objects and arrays, in the order split-content.mjs wrote
// their translations; a dataset of another shape gets none, with a warning, rather than wrong ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registerTexts, registeredText } from '../dist/text-registry.js';
import { text } from '../dist/text.js';

/** A fresh dataset: texts in nested objects and arrays, beside values that are not texts. */
const dataset = () => ({
  id: 'x',
  title: { en: 'Title' },
  items: [
    { name: { en: 'First' }, tags: ['a', 'b'], count: 3, note: null },
    { name: { en: 'Second' }, parts: [[{ en: 'Deep' }]] },
  ],
});

test('texts in objects and nested arrays get their translations in order; a null leaves one untranslated', () => {
  const data = dataset();
  registerTexts(data, 'be', 4, ['Загаловак', 'Першы', null, 'Глыбока']);
  assert.deepEqual(
    [data.title, data.items[0].name, data.items[1].name, data.items[1].parts[0][0]].map((t) => registeredText(t, 'be')),
    ['Загаловак', 'Першы', undefined, 'Глыбока'],
  );
  assert.deepEqual(text(data.items[1].name, 'be'), { text: 'Second', locale: 'en', fallback: true });
  assert.deepEqual(text(data.title, 'be'), { text: 'Загаловак', locale: 'be', fallback: false });
});

test('a dataset with another number of texts than expected gets none, and a warning says so', () => {
  const data = dataset();
  const warnings = [];
  const warn = console.warn;
  console.warn = (message) => warnings.push(message);
  try {
    registerTexts(data, 'ru', 5, ['a', 'b', 'c', 'd', 'e']);
  } finally {
    console.warn = warn;
  }
  assert.equal(registeredText(data.title, 'ru'), undefined);
  assert.deepEqual(warnings, ['@eu-belarus/data: the dataset has 4 texts, expected 5; ru text not registered']);
});
