// The JSON files follow their JSON Schema files, which carry the model's time and evidence:
// a figure without quotes or an as-of date, or a quote without its words, is invalid JSON.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { TOPICS } from '../dist/schema/index.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../dist/${path}`, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validator = (topic) => ajv.compile(read(`json-schema/${topic}.schema.json`));

test('every JSON file is valid against its JSON Schema file', () => {
  for (const topic of TOPICS) {
    const validate = validator(topic);
    assert.ok(validate(read(`json/${topic}.json`)), `${topic}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('the JSON Schema requires quotes, as-of dates and the content version', () => {
  const programmes = read('json/programmes.json');
  const validate = validator('programmes');
  const figure = programmes.data[0].figures[0];

  delete figure.quotes;
  assert.equal(validate(programmes), false);
  assert.match(ajv.errorsText(validate.errors), /quotes/);

  figure.quotes = ['eeas-2017-erasmus'];
  delete programmes.data[0].history.at(-1).asOf;
  assert.equal(validate(programmes), false);
  assert.match(ajv.errorsText(validate.errors), /asOf/);

  const quotes = read('json/quotes.json');
  delete quotes.data[0].text;
  delete quotes.contentVersion;
  const validateQuotes = validator('quotes');
  assert.equal(validateQuotes(quotes), false);
  assert.match(ajv.errorsText(validateQuotes.errors), /text|contentVersion/);
});
