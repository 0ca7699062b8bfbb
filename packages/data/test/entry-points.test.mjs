// What a developer imports: every entry point of package.json loads (a module that throws while it
// loads breaks every page that imports it), and the topic subpaths' lookup helpers answer.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

// One literal import per entry point (a bundler, and the mutation tests' vitest, resolve them).
const ENTRY_POINTS = {
  '.': () => import('../dist/index.js'),
  './schema': () => import('../dist/schema/index.js'),
  './sources': () => import('../dist/topics/sources.js'),
  './quotes': () => import('../dist/topics/quotes.js'),
  './overview': () => import('../dist/topics/overview.js'),
  './dialogues': () => import('../dist/topics/dialogues.js'),
  './assistance': () => import('../dist/topics/assistance.js'),
  './programmes': () => import('../dist/topics/programmes.js'),
  './trade': () => import('../dist/topics/trade.js'),
  './timeline': () => import('../dist/topics/timeline.js'),
  './restrictive-measures': () => import('../dist/topics/restrictive-measures.js'),
  './facts': () => import('../dist/facts.js'),
  './helpers': () => import('../dist/helpers.js'),
  './derive-facts': () => import('../dist/derive-facts.js'),
  './content-locales': () => import('../dist/content-locales.js'),
  './text': () => import('../dist/text.js'),
  './meta': () => import('../dist/meta.js'),
  './precision': () => import('../dist/precision.js'),
};

describe('entry points', () => {
  test('the list above is every JavaScript entry point of package.json', () => {
    const { exports } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const modules = Object.keys(exports).filter((k) => !k.includes('*') && k !== './package.json');
    assert.deepEqual(modules.sort(), Object.keys(ENTRY_POINTS).sort());
  });

  for (const [subpath, load] of Object.entries(ENTRY_POINTS))
    test(`@eu-belarus/data${subpath.slice(1)} loads and exports something`, async () => {
      const module = await load();
      assert.ok(Object.keys(module).length > 0);
    });
});

describe('lookup helpers of the topic subpaths', () => {
  test('sourceById and quoteById find an item by id, and nothing for an unknown id', async () => {
    const { sources, sourceById, sourcesOf } = await import('../dist/topics/sources.js');
    const { quotes, quoteById, quotesOf } = await import('../dist/topics/quotes.js');
    const [first, second] = sources;
    assert.equal(sourceById(second.id), second);
    assert.equal(sourceById('no-such-source'), undefined);
    assert.deepEqual(sourcesOf({ sources: [second.id, first.id] }), [second, first]);
    const [q1, q2] = quotes;
    assert.equal(quoteById(q2.id), q2);
    assert.equal(quoteById('no-such-quote'), undefined);
    assert.deepEqual(quotesOf({ quotes: [q2.id, q1.id] }), [q2, q1]);
    assert.deepEqual(quotesOf({}), []);
  });

  test('the filter helpers of dialogues, programmes and the timeline select like the query module', async () => {
    const { dialogues, dialoguesBy, currentStatus } = await import('../dist/topics/dialogues.js');
    const { programmes, programmesBy, programmeStatus } = await import('../dist/topics/programmes.js');
    const { timeline, eventsBetween } = await import('../dist/topics/timeline.js');
    assert.equal(dialoguesBy().length, dialogues.length);
    const status = currentStatus(dialogues[0]).status;
    assert.ok(dialoguesBy({ status: [status] }).every((d) => currentStatus(d).status === status));
    assert.ok(dialoguesBy({ status: [status] }).length > 0);
    assert.equal(programmesBy().length, programmes.length);
    const open = programmesBy({ status: [programmeStatus(programmes[0]).status] });
    assert.ok(open.includes(programmes[0]));
    const in2021 = eventsBetween({ from: '2021', to: '2021' });
    assert.ok(in2021.length > 0 && in2021.length < timeline.length);
    assert.ok(in2021.every((e) => e.date.startsWith('2021')));
  });

  test('inPeriod: inclusive at both ends, at any precision, either end open', async () => {
    const { inPeriod } = await import('../dist/topics/restrictive-measures.js');
    assert.equal(inPeriod('2021-06-21', {}), true);
    assert.equal(inPeriod('2021-06-21', { from: '2021-06-21' }), true);
    assert.equal(inPeriod('2021-06-20', { from: '2021-06-21' }), false);
    assert.equal(inPeriod('2021-06-21', { to: '2021-06-21' }), true);
    assert.equal(inPeriod('2021-06-22', { to: '2021-06-21' }), false);
    // A year or month as `to` takes in the whole of it; a month-precise date falls in a period starting within that month.
    assert.equal(inPeriod('2021-12-31', { to: '2021' }), true);
    assert.equal(inPeriod('2022-01-01', { to: '2021' }), false);
    assert.equal(inPeriod('2022-02', { from: '2022-02-15' }), true);
    assert.equal(inPeriod('2022-01', { from: '2022-02-15' }), false);
    assert.equal(inPeriod('2021-06-21', { from: '2021', to: '2021-12' }), true);
  });

  test('latestTotals: by default the latest figure of anyone, else the Council’s own', async () => {
    const { latestTotals } = await import('../dist/topics/restrictive-measures.js');
    const any = latestTotals();
    const council = latestTotals({ memberStates: false });
    assert.equal(any.entities.value.value, 57);
    assert.equal(any.entities.value.origin, 'member-state');
    assert.equal(council.entities.value.value, 46);
    assert.deepEqual(latestTotals({ memberStates: true }), any);
  });
});
