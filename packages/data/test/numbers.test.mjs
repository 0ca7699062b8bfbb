// Numbers as sources write them: digits with any grouping, and small counts spelled in English.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mentions } from '../dist/numbers.js';

test('a spelled count states its number; another number is not in it', () => {
  const quote = '88 individuals and seven enterprises have been included in the sanctions list.';
  assert.ok(mentions(quote, 7));
  assert.ok(mentions(quote, 88));
  assert.ok(!mentions(quote, 8), 'eight is not written');
  assert.ok(mentions('On February 24, twenty members of Belarusian military personnel', 20));
  assert.ok(!mentions('On February 24, twenty members', 21));
  assert.ok(!mentions('someone and no one else', 0));
  assert.ok(!mentions('zero tolerance', 0), 'zero is never read from a word');
});

test('grouped and decimal digits', () => {
  assert.ok(mentions('over 1,400 political prisoners', 1400));
  assert.ok(mentions('1 000 people', 1000));
  assert.ok(mentions('EUR 14,7 million', 14.7));
});

test('a year next to a number is two numbers, never one grouped number', () => {
  assert.ok(mentions('In 2016 500 students took part', 500));
  assert.ok(!mentions('In 2016 500 students took part', 2016500));
  assert.ok(!mentions('1234,567', 1234567), 'a first group of four digits is no thousands grouping');
});
