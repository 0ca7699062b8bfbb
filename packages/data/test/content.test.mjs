// The real, bundled content: valid, complete in be/ru, and carrying the sourced figures exactly.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { checkDatasets } from '../dist/check.js';
import { asOf, contentVersion, datasets, sourceById } from '../dist/index.js';
import { TOPICS } from '../dist/schema/index.js';
import { sharedSource } from './shared-sources.mjs';

/** Calls `visit(value, path)` for every value under `root`, paths written as in error messages. */
function walk(value, path, visit) {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, visit);
}
const walkAll = (visit) => TOPICS.forEach((topic) => walk(datasets[topic], topic, visit));

/** The content's size; the package README's topic table states the same counts. */
const EXPECTED_COUNTS = {
  sources: 133,
  quotes: 214,
  'overview sections': 13,
  'dialogues and agreements': 13,
  'assistance statements': 7,
  'assistance figures': 9,
  'assistance priority sets': 2,
  programmes: 8,
  'trade partners': 2,
  'trade shares': 4,
  'trade flows': 2,
  'goods years': 3,
  'services years': 3,
  'investment years': 1,
  'trade gaps': 1,
  'timeline events': 101,
  'restrictive-measures rounds': 10,
  'restrictive-measures prolongations': 8,
  'restrictive-measures criteria': 3,
  'restrictive-measures sectoral measures': 10,
  'restrictive-measures other-regime listings': 2,
  'restrictive-measures not found': 3,
};

test('checkDatasets accepts the real content with no errors', () => {
  assert.deepEqual(checkDatasets(datasets), []);
});

test('the datasets hold every topic, with the expected number of items', () => {
  assert.deepEqual(Object.keys(datasets).sort(), [...TOPICS].sort());
  const { sources, quotes, overview, dialogues, assistance, programmes, trade, timeline } = datasets;
  const measures = datasets['restrictive-measures'];
  const counts = {
    sources: sources.length,
    quotes: quotes.length,
    'overview sections': overview.sections.length,
    'dialogues and agreements': dialogues.length,
    'assistance statements': assistance.statements.length,
    'assistance figures': assistance.figures.length,
    'assistance priority sets': assistance.prioritySets.length,
    programmes: programmes.length,
    'trade partners': trade.partners.length,
    'trade shares': trade.shares.length,
    'trade flows': trade.flows.length,
    'goods years': trade.goods.length,
    'services years': trade.services.length,
    'investment years': trade.investment.length,
    'trade gaps': trade.gaps.length,
    'timeline events': timeline.length,
    'restrictive-measures rounds': measures.rounds.length,
    'restrictive-measures prolongations': measures.prolongations.length,
    'restrictive-measures criteria': measures.criteria.length,
    'restrictive-measures sectoral measures': measures.sectoral.length,
    'restrictive-measures other-regime listings': measures.otherRegimes.length,
    'restrictive-measures not found': measures.notFound.length,
  };
  assert.deepEqual(counts, EXPECTED_COUNTS);
});

describe('trade figures are exactly those of FACTS.md (DG Trade, read 2018-04-16)', () => {
  // year: [EU imports, EU exports, EU balance], EUR billion
  const goods = { 2015: [3.7, 5.7, 2.0], 2016: [2.9, 5.0, 2.0], 2017: [3.4, 6.1, 2.7] };
  const services = { 2014: [1.4, 2.4], 2015: [1.3, 2.1], 2016: [1.2, 1.9] };
  const asRows = (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.year,
        [r.euImports.value, r.euExports.value, r.euBalance?.value].filter((v) => v !== undefined),
      ]),
    );

  test('goods 2015–2017', () => {
    assert.deepEqual(asRows(datasets.trade.goods), goods);
    for (const row of datasets.trade.goods) {
      for (const m of [row.euImports, row.euExports, row.euBalance])
        assert.deepEqual([m.currency, m.scale, m.qualifier], ['EUR', 'billion', undefined], `goods ${row.year}`);
      assert.deepEqual(row.sources, ['dg-trade-belarus-2018']);
      assert.equal(row.quotes.length, 1, `goods ${row.year} has its quote`);
    }
  });

  test('services 2014–2016 and FDI 2016', () => {
    assert.deepEqual(asRows(datasets.trade.services), services);
    const [fdi] = datasets.trade.investment;
    assert.deepEqual([fdi.year, fdi.inwardStocks.value, fdi.outwardStocks.value], [2016, 0.4, 2.5]);
  });

  const facts = sharedSource('FACTS.md');
  test(
    'the goods table matches FACTS.md itself, when the file is at hand',
    { skip: !(facts && existsSync(facts)) && 'FACTS.md not found' },
    () => {
      const table = {};
      for (const [, year, ...values] of readFileSync(facts, 'utf8').matchAll(
        /^\| (\d{4}) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|$/gm,
      ))
        table[year] = values.map(Number);
      assert.deepEqual(table, goods);
    },
  );
});

test('every cited source exists, and every source is cited', () => {
  const cited = new Set();
  walkAll((value, path) => {
    if (value && typeof value === 'object' && Array.isArray(value.sources))
      for (const id of value.sources) {
        assert.ok(sourceById(id), `${path} cites unknown source ${id}`);
        cited.add(id);
      }
  });
  assert.deepEqual(
    datasets.sources.map((s) => s.id).filter((id) => !cited.has(id)),
    [],
  );
});

test('every localized text has English, Belarusian and Russian, none empty', () => {
  let count = 0;
  walkAll((value, path) => {
    if (!value || typeof value !== 'object' || Array.isArray(value) || !('en' in value)) return;
    count++;
    for (const locale of ['en', 'be', 'ru'])
      assert.ok(
        typeof value[locale] === 'string' && value[locale].trim() !== '',
        `${path}.${locale} is missing or empty`,
      );
  });
  assert.ok(count > 100, `found only ${count} localized texts`);
});

test('the timeline is in date order and each precision matches its date form', () => {
  const form = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ };
  datasets.timeline.forEach((event, i) => {
    assert.match(event.date, form[event.precision], `timeline[${i}] ${event.id}`);
    if (i > 0)
      assert.ok(datasets.timeline[i - 1].date <= event.date, `timeline[${i}] ${event.id} is before the previous event`);
  });
  assert.equal(datasets.timeline[0].date, '2006-01-23');
});

test('every URL in the content is https and parses', () => {
  const urls = [];
  walkAll((value, path) => {
    if (typeof value === 'string' && (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || path.endsWith('.url')))
      urls.push([path, value]);
  });
  assert.ok(urls.length >= 10, `found only ${urls.length} URLs`);
  for (const [path, url] of urls) assert.equal(new URL(url).protocol, 'https:', `${path}: ${url}`);
});

test('ids are unique within each list and are lowercase-hyphenated', () => {
  walkAll((value, path) => {
    if (!Array.isArray(value)) return;
    const ids = value.map((v) => v?.id).filter((id) => typeof id === 'string');
    assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${path}`);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

test('the generated JSON equals the bundled content, with the content version and date', () => {
  for (const topic of TOPICS) {
    const json = JSON.parse(readFileSync(new URL(`../dist/json/${topic}.json`, import.meta.url), 'utf8'));
    assert.deepEqual(json, { topic, contentVersion, asOf, data: JSON.parse(JSON.stringify(datasets[topic])) }, topic);
    const schema = JSON.parse(
      readFileSync(new URL(`../dist/json-schema/${topic}.schema.json`, import.meta.url), 'utf8'),
    );
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', topic);
  }
});
