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

describe('trade balance = exports − imports, within rounding', () => {
  test('the stated 2016 balance 2.0 (5.0 − 2.9 = 2.1) is accepted as a rounding difference', () => {
    assert.equal(datasets.trade.goods[1].year, 2016);
    assert.equal(datasets.trade.goods[1].euBalance.value, 2.0);
    assert.deepEqual(checkDatasets(datasets), []);
  });

  test('a 2016 balance of 2.5 is rejected at trade.goods[1].euBalance.value', () => {
    const errors = errorsAfter((d) => (d.trade.goods[1].euBalance.value = 2.5));
    assertRejected(errors, 'trade.goods[1].euBalance.value', /2\.5 does not equal exports minus imports \(2\.10\)/);
    // …and 2.5 is in no quote of DG Trade either.
    assertRejected(errors, 'trade.goods[1].euBalance', /2\.5 is in none of the item's quotes/);
    assert.equal(errors.length, 2);
  });

  test('a balance in another scale than its exports and imports is rejected', () => {
    const errors = errorsAfter(
      (d) => (d.trade.goods[0].euBalance = { ...d.trade.goods[0].euBalance, value: 2000, scale: 'million' }),
    );
    assert.ok(
      errors.some((e) => e.startsWith('trade.goods[0].euBalance.')),
      errors.join('\n'),
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
