// The totals series on small made-up histories, one rule per test: where a sum starts, stops and
// starts again, which sources a derived figure cites, and which point "the latest stated" is.
// (restrictive-measures.test.mjs checks the series of the real content.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { latestStated, listingTotals } from '../dist/listing-totals.js';

/** A listing figure of `value`, cited by source `s-<tag>` and quote `q-<tag>`. */
const count = (value, tag, extra = {}) => ({
  quantity: { kind: 'count', value },
  asOf: '2020',
  sources: [`s-${tag}`],
  quotes: [`q-${tag}`],
  ...extra,
});
const round = (date, added, totals) => ({ id: `r-${date}`, date, added, ...(totals && { totals }) });
const history = ({ rounds = [], prolongations = [], criteria = [], notFound = [] }) =>
  listingTotals({ rounds, prolongations, criteria, notFound });
/** value, origin, sources, quotes and others of one series of a point. */
const show = (point, series = 'individuals') => {
  const v = point?.[series];
  return v && { value: v.value, origin: v.origin, sources: v.sources, quotes: v.quotes, others: v.others };
};

describe('a derived total', () => {
  test('cites the round that added to the sum, and each point names its round', () => {
    const points = history({
      rounds: [
        round('2020-01-10', { individuals: count(5, 'a') }, { individuals: count(10, 'ta') }),
        round('2020-02-10', { individuals: count(3, 'b') }),
      ],
    });
    assert.deepEqual(
      points.map((p) => p.item),
      [
        { kind: 'round', id: 'r-2020-01-10' },
        { kind: 'round', id: 'r-2020-02-10' },
      ],
    );
    assert.deepEqual(show(points[1]), { value: 13, origin: 'derived', sources: ['s-b'], quotes: ['q-b'], others: [] });
  });

  test('a stated total that differs keeps the sum beside it, citing the round’s additions', () => {
    const [, point] = history({
      rounds: [
        round('2020-01-10', { individuals: count(5, 'a') }, { individuals: count(10, 'ta') }),
        round('2020-02-10', { individuals: count(3, 'b') }, { individuals: count(14, 'tb') }),
      ],
    });
    assert.deepEqual(show(point), {
      value: 14,
      origin: 'stated',
      sources: ['s-tb'],
      quotes: ['q-tb'],
      others: [{ value: 13, kind: 'derived', sources: ['s-b'], quotes: ['q-b'] }],
    });
  });

  test('a prolongation stating another total keeps the running sum beside it, with no sources of its own', () => {
    const points = history({
      rounds: [round('2020-01-10', { individuals: count(5, 'a') }, { individuals: count(10, 'ta') })],
      prolongations: [{ id: 'p-2020-02', date: '2020-02-27', totals: { individuals: count(12, 'tp') } }],
    });
    assert.deepEqual(points[1].item, { kind: 'prolongation', id: 'p-2020-02' });
    assert.deepEqual(show(points[1]).others, [{ value: 10, kind: 'derived', sources: [], quotes: [] }]);
  });

  test('a criterion change stating totals makes a point of its own kind', () => {
    const points = history({
      rounds: [round('2020-01-10', { individuals: count(5, 'a') }, { individuals: count(10, 'ta') })],
      criteria: [{ id: 'c-2020-03', date: '2020-03-01', totals: { individuals: count(10, 'tc') } }],
    });
    assert.deepEqual(points[1].item, { kind: 'criterion', id: 'c-2020-03' });
    assert.deepEqual(show(points[1]).others, []);
  });

  test('another source’s figure for a total keeps its date, sources and quotes', () => {
    const other = { quantity: { kind: 'count', value: 11 }, asOf: '2020-01', sources: ['s-o'], quotes: ['q-o'] };
    const [point] = history({
      rounds: [
        round('2020-01-10', { individuals: count(5, 'a') }, { individuals: count(10, 'ta', { others: [other] }) }),
      ],
    });
    assert.deepEqual(show(point).others, [
      { value: 11, kind: 'source', asOf: '2020-01', sources: ['s-o'], quotes: ['q-o'] },
    ]);
  });
});

describe('where a sum stops', () => {
  test('a round that gives no figure for a series stops that series’ sum, not the other', () => {
    const points = history({
      rounds: [
        round('2020-01-10', { individuals: count(5, 'a') }, { individuals: count(10, 'ta'), entities: count(4, 'te') }),
        round('2020-02-10', { individuals: count(2, 'b') }),
        round('2020-03-10', { individuals: count(1, 'c'), entities: count(1, 'ce') }),
      ],
    });
    assert.deepEqual(
      points.map((p) => [p.date, p.individuals?.value, p.entities?.value]),
      [
        ['2020-01-10', 10, 4],
        ['2020-02-10', 12, undefined],
        ['2020-03-10', 13, undefined],
      ],
    );
  });

  test('a stretch of rounds not found stops the sum, from its first day; a stated total after it starts it again', () => {
    const gap = { id: 'gap', kind: 'rounds', start: '2020-03', end: '2020-05', text: { en: 'not found' } };
    for (const first of ['2020-03', '2020-06-01']) {
      const points = history({
        rounds: [
          round('2020-01-10', { individuals: count(5, 'a') }, { individuals: count(10, 'ta') }),
          round(first, { individuals: count(5, 'b') }, { individuals: count(20, 'tb') }),
          round('2020-07-01', { individuals: count(3, 'c') }),
        ],
        notFound: [gap],
      });
      assert.deepEqual(
        points.map((p) => [p.date, p.individuals.value, p.individuals.origin, p.individuals.others.length]),
        [
          ['2020-01-10', 10, 'stated', 0],
          [first, 20, 'stated', 0],
          ['2020-07-01', 23, 'derived', 0],
        ],
        `first round after the gap on ${first}: no sum across the gap to compare with 20`,
      );
    }
  });
});

describe('latestStated', () => {
  const points = history({
    rounds: [
      round('2020-01-10', { individuals: count(5, 'a') }, { individuals: count(10, 'ta') }),
      round('2020-02-10', { individuals: count(3, 'b') }),
      round(
        '2020-03-10',
        { individuals: count(3, 'c') },
        { individuals: count(17, 'tc', { statedBy: 'member-state' }) },
      ),
      round('2020-04-10', { individuals: count(1, 'd') }),
    ],
  });

  test('skips derived points; counts a member state’s figure unless told not to (by default it does)', () => {
    assert.deepEqual(
      points.map((p) => p.individuals.origin),
      ['stated', 'derived', 'member-state', 'derived'],
    );
    assert.deepEqual(
      [latestStated(points, 'individuals').date, latestStated(points, 'individuals').value.value],
      ['2020-03-10', 17],
    );
    assert.equal(latestStated(points, 'individuals', true).date, '2020-03-10');
    assert.equal(latestStated(points, 'individuals', false).date, '2020-01-10', 'the first point is searched too');
  });

  test('nothing stated gives undefined', () => {
    assert.equal(latestStated(points, 'entities'), undefined);
    assert.equal(latestStated([], 'individuals'), undefined);
  });
});
