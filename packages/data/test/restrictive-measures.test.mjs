// The restrictive-measures topic: the rounds and totals of FACTS-2017-2026.md, the series that says
// which totals a source states and which follow from adding rounds, the conflicts kept side by
// side, the legal-act links, and the timeline events made from the topic.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDatasets } from '../dist/check.js';
import { datasets, quoteById, sourceById } from '../dist/index.js';
import { fact } from '../dist/facts.js';
import {
  latestTotals,
  listingTotals,
  measuresTimeline,
  restrictiveMeasures as englishOnly,
} from '../dist/topics/restrictive-measures.js';

const rm = datasets['restrictive-measures'];
const series = listingTotals(rm);
const at = (date) => series.find((p) => p.date === date);
const clone = (value) => structuredClone(value);

test('ten listing rounds, eight prolongations, three criteria, ten sectoral measures, two Ukraine-regime listings', () => {
  assert.deepEqual(
    [rm.rounds.length, rm.prolongations.length, rm.criteria.length, rm.sectoral.length, rm.otherRegimes.length],
    [10, 8, 3, 10, 2],
  );
  assert.deepEqual(
    rm.rounds.map((r) => [r.date, r.added.individuals?.quantity.value, r.added.entities?.quantity.value]),
    [
      ['2020-10-02', 40, undefined],
      ['2020-11-06', 15, undefined],
      ['2020-12-17', 29, 7],
      ['2021-06-21', 78, 8],
      ['2021-12-02', 17, 11],
      ['2022-06-03', 12, 8],
      ['2023-08-03', 38, 3],
      ['2024-08-05', 28, undefined],
      ['2024-12-16', 26, 2],
      ['2025-03-27', 25, 7],
    ],
  );
  assert.deepEqual(
    rm.prolongations.map((p) => [p.date, p.until]),
    [
      ['2017-02-27', '2018-02-28'],
      ['2019-02-25', '2020-02-28'],
      ['2020-02-17', '2021-02-28'],
      ['2021-02-25', '2022-02-28'],
      ['2022-02', '2023-02-28'],
      ['2023-02-27', '2024-02-28'],
      ['2024-02-26', '2025-02-28'],
      ['2026-02-26', '2027-02-28'],
    ],
  );
});

describe('the totals series', () => {
  const show = (p, s) => p[s] && [p[s].value, p[s].origin, ...p[s].others.map((o) => `${o.kind}:${o.value}`)];

  test('each point is stated by a source, a member state, or the sum of the rounds', () => {
    assert.deepEqual(
      series.map((p) => [p.date, show(p, 'individuals'), show(p, 'entities')]),
      [
        ['2020-02-17', [4, 'stated'], undefined],
        ['2020-10-02', [44, 'derived'], undefined],
        ['2020-11-06', [59, 'stated', 'source:55'], undefined],
        ['2020-12-17', [88, 'stated'], [7, 'stated']],
        ['2021-02-25', [88, 'stated'], [7, 'stated']],
        ['2021-06-21', [166, 'stated'], [15, 'stated']],
        ['2021-11-15', [166, 'stated'], [15, 'stated']],
        ['2021-12-02', [183, 'stated'], [26, 'stated']],
        ['2022-02', [183, 'stated'], [26, 'stated']],
        ['2022-06-03', [195, 'stated'], [35, 'stated', 'derived:34']],
        ['2023-02-27', [195, 'stated'], [34, 'stated']],
        ['2023-08-03', [233, 'stated'], [37, 'stated']],
        ['2024-02-26', [233, 'stated'], [37, 'stated']],
        ['2024-08-05', [261, 'stated'], [37, 'stated']],
        ['2024-12-16', [287, 'stated'], [39, 'stated']],
        ['2025-03-27', [310, 'stated', 'derived:312'], [46, 'stated']],
        ['2026-02-26', [312, 'member-state'], [57, 'member-state']],
      ],
    );
  });

  test('nothing is summed across the rounds not found (April 2025 to February 2026)', () => {
    const withoutGap = clone(rm);
    withoutGap.notFound = withoutGap.notFound.filter((n) => n.kind !== 'rounds');
    const summed = listingTotals(withoutGap).find((p) => p.date === '2026-02-26');
    assert.deepEqual(
      summed.entities.others.map((o) => o.value),
      [46],
      'without the gap the sum would run on',
    );
    assert.deepEqual(at('2026-02-26').entities.others, [], 'with the gap there is no sum to compare');
  });

  test('listings under the Ukraine regime never enter the Belarus totals', () => {
    const without = clone(rm);
    without.otherRegimes = [];
    assert.deepEqual(listingTotals(without), series);
    assert.deepEqual(
      rm.otherRegimes.map((o) => [o.date, o.regime, o.added.individuals.quantity.value]),
      [
        ['2022-02-24', 'ukraine', 20],
        ['2022-03-02', 'ukraine', 22],
      ],
    );
  });

  test('a stated total that differs from the sum keeps both; an equal one shows no other figure', () => {
    const changed = clone(rm);
    changed.rounds.find((r) => r.id === 'rm-listing-2023-08-03').added.individuals.quantity.value = 37;
    const point = listingTotals(changed).find((p) => p.date === '2023-08-03');
    assert.deepEqual([point.individuals.value, point.individuals.others.map((o) => o.value)], [233, [232]]);
    assert.deepEqual(at('2023-08-03').individuals.others, []);
  });

  test('the latest totals say who states them and when', () => {
    const any = latestTotals({}, rm);
    const council = latestTotals({ memberStates: false }, rm);
    assert.deepEqual(
      [any.individuals.date, any.individuals.value.value, any.individuals.value.origin, any.entities.value.value],
      ['2026-02-26', 312, 'member-state', 57],
    );
    assert.deepEqual(
      [council.individuals.date, council.individuals.value.value, council.entities.value.value],
      ['2025-03-27', 310, 46],
    );
  });
});

test('the first round keeps both counts: 40 in the legal act, 44 in the Council press release and Belsat', () => {
  const first = rm.rounds[0].added.individuals;
  assert.equal(first.quantity.value, 40);
  assert.deepEqual(
    first.others.map((o) => [o.quantity.value, o.sources]),
    [[44, ['council-2020-12-17-republished', 'belsat-2020-11-06']]],
  );
});

test('the 2026 totals are marked as a member state’s and come from a report citing the Lithuanian foreign ministry', () => {
  const totals = rm.prolongations.at(-1).totals;
  for (const figure of [totals.individuals, totals.entities]) {
    assert.equal(figure.statedBy, 'member-state');
    assert.match(sourceById(figure.sources[0]).quoting, /Lithuania/);
  }
});

test('every legal act links to its EUR-Lex page, and its title carries its number', () => {
  const acts = [rm.regimeActs, ...rm.rounds.map((r) => r.acts ?? []), ...rm.sectoral.map((m) => m.acts ?? [])].flat();
  assert.equal(acts.length, 13);
  for (const a of acts) {
    assert.equal(a.url, `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${a.celex}`);
    assert.match(a.title.en, new RegExp(`${a.year}/${a.number}|${a.number}/${a.year}`));
    assert.ok(a.title.be && a.title.ru, a.id);
  }
  assert.ok(
    acts.some((a) => a.celex === '32020D1388' && a.title.en === 'Council Implementing Decision (CFSP) 2020/1388'),
  );
  assert.ok(acts.some((a) => a.celex === '32006R0765' && a.title.en === 'Council Regulation (EC) No 765/2006'));
});

test('every count of the topic is in a quote of its own sources', () => {
  const counts = [];
  const visit = (v) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (v && typeof v === 'object') {
      if (v.quantity?.kind === 'count') counts.push(v);
      Object.values(v).forEach(visit);
    }
  };
  visit(rm);
  assert.equal(counts.length, 51);
  for (const c of counts) {
    const quotes = c.quotes.map((id) => quoteById(id));
    assert.ok(
      quotes.every((q) => q && c.sources.includes(q.source)),
      JSON.stringify(c),
    );
    assert.ok(
      quotes.some((q) => q.text.includes(String(c.quantity.value)) || /\b(seven|two|twenty)\b/.test(q.text)),
      JSON.stringify(c),
    );
  }
});

test('a count changed away from its quote fails the build’s check, naming the field', () => {
  const broken = { ...datasets, 'restrictive-measures': clone(rm) };
  broken['restrictive-measures'].rounds[9].totals.individuals.quantity.value = 311;
  const errors = checkDatasets(broken);
  assert.ok(
    errors.some((e) => e.startsWith('restrictive-measures.rounds[9].totals.individuals.quantity') && e.includes('311')),
    errors.join('\n'),
  );
});

describe('the timeline is made from the topic', () => {
  const events = measuresTimeline(rm);

  test('one event per round, prolongation, criterion, sectoral measure and other-regime listing', () => {
    assert.equal(events.length, 33);
    for (const e of events) {
      const item = [...rm.rounds, ...rm.prolongations, ...rm.criteria, ...rm.sectoral, ...rm.otherRegimes].find(
        (i) => i.id === e.derivedFrom.id,
      );
      assert.ok(item, e.id);
      assert.equal(e.date, item.date);
      assert.equal(e.category, 'sanctions');
      assert.deepEqual(e.sources, item.sources);
    }
  });

  test('the timeline dataset holds every derived event, and no authored event restates one', () => {
    const timeline = datasets.timeline;
    for (const e of events)
      assert.ok(
        timeline.some((t) => t.id === e.id),
        e.id,
      );
    const derivedDates = new Set(events.map((e) => e.date));
    const restated = timeline.filter((t) => !t.derivedFrom && t.category === 'sanctions' && derivedDates.has(t.date));
    assert.deepEqual(
      restated.map((t) => t.id),
      [],
    );
  });

  test('prolongation events say until when, in en, be and ru', () => {
    const last = events.find((e) => e.derivedFrom.id === 'rm-prolongation-2026');
    assert.deepEqual(last.title, {
      en: 'The EU prolongs its restrictive measures on Belarus until 28 February 2027',
      be: 'ЕС падаўжае абмежавальныя меры ў дачыненні да Беларусі да 28 лютага 2027 года',
      ru: 'ЕС продлевает ограничительные меры в отношении Беларуси до 28 февраля 2027 года',
    });
  });
});

test('named facts give the latest totals with their date, a member state’s figures labelled as such', () => {
  const latest = fact('restrictive-measures.latest.individuals');
  assert.deepEqual([latest.quantity.value, latest.asOf, latest.statedBy], [312, '2026-02-26', 'member-state']);
  assert.match(latest.label.en, /member state/);
  const council = fact('restrictive-measures.council.entities');
  assert.deepEqual([council.quantity.value, council.asOf, council.statedBy], [46, '2025-03-27', undefined]);
  assert.equal(fact('restrictive-measures.2020-10-02.individuals'), undefined, 'a sum is not a named fact');
});

test('the subpath carries English only; the root entry every language', () => {
  assert.deepEqual(Object.keys(englishOnly.rounds[0].title), ['en']);
  assert.deepEqual(Object.keys(rm.rounds[0].title).sort(), ['be', 'en', 'ru']);
});
