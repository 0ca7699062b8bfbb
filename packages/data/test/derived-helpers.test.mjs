// Helpers that derive things from data a site passes in (its own copy, a downloaded JSON file, part
// of the topics): the precision of a figure, a computed balance, the facts of the topics given, the
// timeline events of the restrictive measures, and a text's language after a fallback.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datasets, measuresTimeline, text, tradeBalance } from '../dist/index.js';
import { isContentLocaleLoaded } from '../dist/content-locales.js';
import { deriveFacts } from '../dist/derive-facts.js';
import { decimalsOf } from '../dist/precision.js';

test('a figure’s decimals: as stated, else as written', () => {
  assert.equal(decimalsOf({ value: 5.25 }), 2);
  assert.equal(decimalsOf({ value: 91.5 }), 1);
  assert.equal(decimalsOf({ value: 5 }), 0);
  assert.equal(decimalsOf({ value: 5, decimals: 1 }), 1, '5.0 in the source is 5 in JSON');
});

test('a computed balance keeps the precision of the more precise figure', () => {
  const trade = structuredClone(datasets.trade);
  Object.assign(trade.services[0], {
    euExports: { ...trade.services[0].euExports, value: 2.45, decimals: 2 },
    euImports: { ...trade.services[0].euImports, value: 1.4, decimals: 1 },
  });
  const { balance, origin } = tradeBalance(trade.services[0].year, 'services', trade);
  assert.deepEqual([balance.value, origin], [1.05, 'computed']);
});

test('facts come only from the topics given', () => {
  const names = (from) => [...deriveFacts(from).keys()];
  assert.ok(names({ trade: datasets.trade }).every((n) => n.startsWith('trade.')));
  assert.ok(names({ assistance: datasets.assistance }).every((n) => n.startsWith('assistance.')));
  assert.ok(names({ programmes: datasets.programmes }).every((n) => n.startsWith('programmes.')));
  const measures = names({ 'restrictive-measures': datasets['restrictive-measures'] });
  assert.ok(measures.length > 0 && measures.every((n) => n.startsWith('restrictive-measures.')));
  assert.deepEqual(names({}), []);
});

test('each investment fact cites the sources and quotes of its year', () => {
  const row = datasets.trade.investment[0];
  const facts = deriveFacts({ trade: datasets.trade });
  for (const key of ['inwardStocks', 'outwardStocks']) {
    const fact = facts.get(`trade.investment.${row.year}.${key}`);
    assert.deepEqual([fact.sources, fact.quotes, fact.quantity], [row.sources, row.quotes, row[key]], key);
  }
});

test('restrictive measures with no entity figures give entity facts for none, individuals as before', () => {
  const rm = structuredClone(datasets['restrictive-measures']);
  for (const item of [...rm.rounds, ...rm.prolongations, ...rm.criteria]) {
    delete item.added?.entities;
    delete item.totals?.entities;
  }
  const names = [...deriveFacts({ 'restrictive-measures': rm }).keys()];
  assert.deepEqual(
    names.filter((n) => n.endsWith('.entities')),
    [],
  );
  assert.ok(names.includes('restrictive-measures.latest.individuals'));
  assert.ok(names.includes('restrictive-measures.council.individuals'));
});

test('a listing total dated by year alone is labelled with the year, in every language', () => {
  const rm = structuredClone(datasets['restrictive-measures']);
  // The first stated total (4 individuals, February 2020), dated by its year only.
  const first = [...rm.rounds, ...rm.prolongations, ...rm.criteria].find((item) => item.date === '2020-02-17');
  first.date = '2020';
  const label = deriveFacts({ 'restrictive-measures': rm }).get('restrictive-measures.2020.individuals')?.label;
  assert.deepEqual(
    [label?.en.endsWith(', 2020'), label?.be.endsWith(', 2020 год'), label?.ru.endsWith(', 2020 год')],
    [true, true, true],
    JSON.stringify(label),
  );
});

test('the events made from the restrictive measures come oldest first', () => {
  const dates = measuresTimeline(datasets['restrictive-measures']).map((e) => e.date);
  assert.deepEqual(
    dates,
    [...dates].sort((a, b) => a.localeCompare(b)),
  );
  assert.ok(dates.length > 30);
});

test('after a fallback, a text says it is English', () => {
  assert.deepEqual(text({ en: 'Erasmus+' }, 'de'), { text: 'Erasmus+', locale: 'en', fallback: true });
  assert.deepEqual(text({ en: 'Erasmus+' }, 'en'), { text: 'Erasmus+', locale: 'en', fallback: false });
});

test('a topic or language with nothing to load counts as loaded', () => {
  assert.equal(isContentLocaleLoaded('no-such-topic', 'be'), true);
  assert.equal(isContentLocaleLoaded('programmes', 'de'), true);
  assert.equal(isContentLocaleLoaded('programmes', 'en'), true);
});
