// Broken content is rejected with errors that name the field: `topic[index].field: message`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDatasets } from '../dist/check.js';
import { datasets } from '../dist/index.js';
import { TopicSchemas, validateTopic } from '../dist/schema/index.js';

/** Errors for a copy of the real datasets changed by `mutate`. */
function errorsAfter(mutate) {
  const copy = structuredClone(datasets);
  mutate(copy);
  return checkDatasets(copy);
}

/** Asserts that some error starts with `path:` (and matches `message`, if given); returns it. */
function assertRejected(errors, path, message) {
  const found = errors.find((e) => e.startsWith(`${path}: `));
  assert.ok(found, `expected an error at ${path}, got:\n  ${errors.join('\n  ') || '(none)'}`);
  if (message) assert.match(found, message);
  return found;
}

/** Asserts that `errors` is exactly one error, at `path`, matching `message`: no other error can satisfy the test. */
function assertOnlyError(errors, path, message) {
  assert.equal(errors.length, 1, `expected one error at ${path}, got:\n  ${errors.join('\n  ') || '(none)'}`);
  assertRejected(errors, path, message);
}

describe('trade balance = exports − imports, within 1.5 units of the last stated digit', () => {
  /**
   * The 2016 row (exports 5.0, imports 2.9, stated to 1 decimal) with `change` applied; the
   * row's quote is given the new numbers, so the balance rule is the only one that can object.
   */
  const with2016 = (change) =>
    errorsAfter((d) => {
      const row = d.trade.goods[1];
      change(row);
      const quote = d.quotes.find((q) => q.id === row.quotes[0]);
      for (const figure of [row.euExports, row.euImports, row.euBalance])
        if (figure) quote.text += ` | ${figure.value}`;
    });

  test('the stated 2016 balance 2.0 (5.0 − 2.9 = 2.1) is accepted as a rounding difference', () => {
    assert.equal(datasets.trade.goods[1].year, 2016);
    assert.equal(datasets.trade.goods[1].euBalance.value, 2.0);
    assert.deepEqual(checkDatasets(datasets), []);
  });

  test('a balance exactly 0.15 off (1 decimal: the tolerance) is accepted', () => {
    assert.deepEqual(
      with2016((row) => (row.euBalance.value = 1.95)),
      [],
    );
    assert.deepEqual(
      with2016((row) => (row.euBalance.value = 2.25)),
      [],
    );
  });

  test('a balance 0.16 off is rejected, below and above', () => {
    assertOnlyError(
      with2016((row) => (row.euBalance.value = 1.94)),
      'trade.goods[1].euBalance.value',
      /^trade\.goods\[1\]\.euBalance\.value: 1\.94 does not equal exports minus imports \(2\.10\)$/,
    );
    assertOnlyError(
      with2016((row) => (row.euBalance.value = 2.26)),
      'trade.goods[1].euBalance.value',
      /2\.26 does not equal exports minus imports \(2\.10\)/,
    );
  });

  test('the tolerance follows the most precise figure: at 2 decimals, 0.015 is accepted and 0.016 rejected', () => {
    const twoDecimals = (balance) =>
      with2016((row) => {
        row.euExports.decimals = 2;
        row.euBalance.value = balance;
      });
    assert.deepEqual(twoDecimals(2.085), []);
    assertOnlyError(twoDecimals(2.084), 'trade.goods[1].euBalance.value', /2\.084 does not equal/);
    // The stated 2.0 is 0.1 off: within 1 decimal's tolerance, not within 2 decimals'.
    assertOnlyError(twoDecimals(2.0), 'trade.goods[1].euBalance.value', /2 does not equal/);
  });

  test('a figure written with more decimals than `decimals` says narrows the tolerance too', () => {
    assertOnlyError(
      with2016((row) => {
        delete row.euBalance.decimals;
        row.euBalance.value = 2.02;
        row.euImports.value = 2.9;
        row.euExports.value = 5.1;
      }),
      'trade.goods[1].euBalance.value',
      /2\.02 does not equal exports minus imports \(2\.20\)/,
    );
  });

  test('a balance in another scale than its exports is rejected (the values agree, so only the scale can object)', () => {
    assertOnlyError(
      with2016((row) => (row.euBalance.scale = 'million')),
      'trade.goods[1].euBalance.scale',
      /exports, imports and balance must share a scale/,
    );
  });

  test('imports in another scale than exports and balance are rejected too', () => {
    assertOnlyError(
      with2016((row) => (row.euImports.scale = 'million')),
      'trade.goods[1].euBalance.scale',
      /must share a scale/,
    );
  });

  test('a row without a stated balance is not checked', () => {
    assert.deepEqual(
      with2016((row) => delete row.euBalance),
      [],
    );
  });
});

describe('order rules: equal is in order, one step back is not', () => {
  test('a period may start and end on the same date; an end one month before its start is rejected', () => {
    assert.deepEqual(
      errorsAfter((d) => (d.programmes[3].period = { start: '2013-02', end: '2013-02' })),
      [],
    );
    assertOnlyError(
      errorsAfter((d) => (d.programmes[3].period = { start: '2013-02', end: '2013-01' })),
      'programmes[3].period.end',
      /start must not be after end/,
    );
  });

  test('a timeline event on the date of the previous one is in order; one day earlier is not', () => {
    assert.equal(datasets.timeline[2].date, '2014-01-30');
    assert.equal(datasets.timeline[3].date, '2014-12-17');
    assert.deepEqual(
      errorsAfter((d) => (d.timeline[3].date = '2014-01-30')),
      [],
    );
    assertOnlyError(
      errorsAfter((d) => (d.timeline[3].date = '2014-01-29')),
      'timeline[3].date',
      /must not be before the previous event \(2014-01-30\)/,
    );
  });

  test('a status reported again on the date of the previous entry is in order; one month earlier is not', () => {
    const i = datasets.dialogues.findIndex((x) => x.history.length > 1);
    const previous = datasets.dialogues[i].history[0].asOf;
    assert.equal(previous, '2016');
    // Entries may be shared between items: each change is made on a copy of the entry.
    const reported = (asOf) => (d) => (d.dialogues[i].history[1] = { ...d.dialogues[i].history[1], asOf });
    assert.deepEqual(errorsAfter(reported(previous)), []);
    assertOnlyError(
      errorsAfter(reported('2015-12')),
      `dialogues[${i}].history[1].asOf`,
      /status history must be in date order/,
    );
  });
});

describe('each kind of mistake is reported with its path', () => {
  test('a period ending before it starts: programmes[3].period.end', () => {
    const errors = errorsAfter((d) => (d.programmes[3].period = { start: '2013', end: '2012' }));
    assertRejected(errors, 'programmes[3].period.end', /start must not be after end/);
  });

  test('a citation of an unknown source', () => {
    const errors = errorsAfter((d) => d.programmes[0].sources.push('no-such-source'));
    const i = datasets.programmes[0].sources.length;
    assertRejected(errors, `programmes[0].sources[${i}]`, /unknown source "no-such-source"/);
  });

  test('an unknown source deep inside an item (a figure of a programme)', () => {
    const errors = errorsAfter((d) => (d.programmes[1].figures[2].sources = ['eap-plus-2019']));
    assertRejected(errors, 'programmes[1].figures[2].sources[0]', /eap-plus-2019/);
  });

  test('a duplicate item id, even across topics', () => {
    assertRejected(
      errorsAfter((d) => (d.programmes[1].id = 'erasmus-plus')),
      'programmes[1].id',
      /duplicate id "erasmus-plus" \(also at programmes\[0\]\)/,
    );
    assertRejected(
      errorsAfter((d) => (d.timeline[0].id = d.dialogues[0].id)),
      'timeline[0].id',
      /duplicate id/,
    );
  });

  test('a duplicate source id', () => {
    assertRejected(
      errorsAfter((d) => (d.sources[1].id = d.sources[0].id)),
      'sources[1].id',
      /duplicate id/,
    );
  });

  test('an id that is not lowercase-hyphenated', () => {
    assertRejected(
      errorsAfter((d) => (d.programmes[2].id = 'TAIEX')),
      'programmes[2].id',
      /lowercase/,
    );
  });

  test('an empty or blank text', () => {
    assertRejected(
      errorsAfter((d) => (d.dialogues[0].title.be = '')),
      'dialogues[0].title.be',
      /must not be empty/,
    );
    assertRejected(
      errorsAfter((d) => (d.overview.sections[2].summary.en = '   ')),
      'overview.sections[2].summary.en',
      /must not be empty/,
    );
  });

  test('a missing Belarusian or Russian translation', () => {
    assertRejected(
      errorsAfter((d) => delete d.programmes[4].summary.ru),
      'programmes[4].summary.ru',
      /missing translation/,
    );
    assertRejected(
      errorsAfter((d) => delete d.trade.partners[0].share.text.be),
      'trade.partners[0].share.text.be',
      /missing translation/,
    );
  });

  test('a missing English text', () => {
    assertRejected(
      errorsAfter((d) => delete d.timeline[5].title.en),
      'timeline[5].title.en',
      /expected string, received undefined/,
    );
  });

  test('a month that does not exist (2016-13) and a day that does not exist (2016-02-30)', () => {
    assertRejected(
      errorsAfter((d) => (d.timeline[6].date = '2016-13')),
      'timeline[6].date',
      /real calendar date/,
    );
    assertRejected(
      errorsAfter((d) => (d.timeline[0].date = '2006-02-30')),
      'timeline[0].date',
      /real calendar date/,
    );
    assertRejected(
      errorsAfter((d) => (d.dialogues[0].history[0].asOf = '2015/01/01')),
      'dialogues[0].history[0].asOf',
      /ISO date/,
    );
  });

  test('a timeline event out of order', () => {
    assertRejected(
      errorsAfter((d) => (d.timeline[3].date = '2001-01-01')),
      'timeline[3].date',
      /must not be before the previous event \(2014-01-30\)/,
    );
  });

  test('a precision that does not match the date', () => {
    assertRejected(
      errorsAfter((d) => (d.timeline[1].precision = 'day')),
      'timeline[1].precision',
      /precision must match/,
    );
  });

  test('a status history out of order', () => {
    const i = datasets.dialogues.findIndex((x) => x.history.length > 1);
    assert.ok(i >= 0);
    assertRejected(
      errorsAfter((d) => (d.dialogues[i].history[1].asOf = '1999')),
      `dialogues[${i}].history[1].asOf`,
      /date order/,
    );
  });

  test('an http URL, in a programme and in a source', () => {
    assertRejected(
      errorsAfter((d) => (d.programmes[4].url = 'http://most-belarus.eu')),
      'programmes[4].url',
      /https/,
    );
    assertRejected(
      errorsAfter((d) => (d.sources[0].url = 'http://eeas.europa.eu/')),
      'sources[0].url',
      /https/,
    );
  });

  test('a value of the wrong type, an unknown enum value, an unknown field', () => {
    assertRejected(
      errorsAfter((d) => (d.trade.goods[0].euImports.value = '3.7')),
      'trade.goods[0].euImports.value',
      /expected number/,
    );
    assertRejected(
      errorsAfter((d) => (d.programmes[0].category = 'sport')),
      'programmes[0].category',
    );
    assertRejected(
      errorsAfter((d) => (d.programmes[0].budget = 1)),
      'programmes[0]',
      /budget/,
    );
  });

  test('an item with no sources', () => {
    assertRejected(
      errorsAfter((d) => (d.assistance.figures[0].sources = [])),
      'assistance.figures[0].sources',
      /at least one source/,
    );
  });

  test('a whole topic missing', () => {
    const errors = errorsAfter((d) => delete d.timeline);
    assert.ok(
      errors.some((e) => e.startsWith('timeline: ')),
      errors.join('\n'),
    );
  });
});

test('validateTopic validates a copy of one topic from JSON, e.g. a downloaded programmes.json', () => {
  const copy = JSON.parse(JSON.stringify(datasets.programmes));
  const ok = validateTopic('programmes', TopicSchemas.programmes, copy);
  assert.equal(ok.ok, true);
  copy[3].period.end = '2012';
  const bad = validateTopic('programmes', TopicSchemas.programmes, copy);
  assert.equal(bad.ok, false);
  assert.match(bad.errors[0], /^programmes\[3\]\.period\.end: /);
});

test('odd values are rejected, never thrown: an object with a length that has no prototype', () => {
  for (const topic of Object.keys(TopicSchemas)) {
    const result = validateTopic(topic, TopicSchemas[topic], { length: Object.create(null) });
    assert.equal(result.ok, false, topic);
  }
});
