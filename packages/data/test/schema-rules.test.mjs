// What the schemas accept and reject, one rule at a time, with the exact error a content author
// (or a site validating a downloaded JSON file) gets: `path: message`. Each test changes one field of
// a copy of the real data, so no other rule can produce the error it expects.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { datasets } from '../dist/index.js';
import {
  Figure,
  Money,
  RestrictiveMeasures,
  Sources,
  TopicSchemas,
  datasetOf,
  eurLexUrl,
  topicFileSchema,
  validateTopic,
} from '../dist/schema/index.js';

/** The errors of `schema` for a copy of `value` changed by `change` (none: `[]`). */
function errorsOf(root, schema, value, change = () => {}) {
  const copy = structuredClone(value);
  change(copy);
  const result = validateTopic(root, schema, copy);
  return result.ok ? [] : result.errors;
}
const measures = (change) => errorsOf('rm', RestrictiveMeasures, datasets['restrictive-measures'], change);
const sources = (change) => errorsOf('sources', Sources, datasets.sources, change);
const figure = (change) =>
  errorsOf('figure', Figure, datasets.programmes.find((p) => p.figures?.length).figures[0], change);

describe('ids, dates and links', () => {
  test('an id must be lowercase words joined by hyphens from its first to its last character', () => {
    for (const id of ['Erasmus-plus', 'erasmus-Plus', 'erasmus plus', '-erasmus'])
      assert.deepEqual(
        sources((s) => (s[0].id = id)),
        ['sources[0].id: must be lowercase words joined by hyphens'],
        id,
      );
  });

  test('a date is YYYY, YYYY-MM or YYYY-MM-DD, nothing before or after it', () => {
    for (const date of ['12026', '2026-02-15x', 'on 2026-02-15'])
      assert.equal(
        measures((m) => (m.rounds[0].date = date))[0],
        'rm.rounds[0].date: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
        date,
      );
  });

  test('a day field (prolongation `until`) must be a whole YYYY-MM-DD, and a real one', () => {
    for (const until of ['2027-02', '12027-02-28', '2027-02-28T00:00'])
      assert.equal(
        measures((m) => (m.prolongations[0].until = until))[0],
        'rm.prolongations[0].until: must be an ISO date: YYYY-MM-DD',
        until,
      );
    assert.deepEqual(
      measures((m) => (m.prolongations[0].until = '2027-02-29')),
      ['rm.prolongations[0].until: must be a real calendar date'],
    );
    assert.deepEqual(
      measures((m) => (m.prolongations[0].until = '2028-02-29')),
      [],
    );
  });

  test('a link must use https: schemes that only contain the word are rejected', () => {
    for (const url of ['http://eur-lex.europa.eu/', 'httpsx://eur-lex.europa.eu/', 'xhttps://eur-lex.europa.eu/'])
      assert.deepEqual(
        sources((s) => (s[0].url = url)),
        ['sources[0].url: must be an https URL'],
        url,
      );
  });
});

describe('lists that must not be empty say why', () => {
  test('a topic list, a figure’s quotes, an item’s quotes', () => {
    assert.deepEqual(errorsOf('programmes', TopicSchemas.programmes, []), ['programmes: must have at least one entry']);
    assert.deepEqual(
      figure((f) => (f.quotes = [])),
      ['figure.quotes: every figure needs a quote of its source that holds the number'],
    );
    assert.deepEqual(
      measures((m) => (m.rounds[0].quotes = [])),
      ['rm.rounds[0].quotes: list at least one quote, or leave the field out'],
    );
  });

  test('the generated JSON Schema keeps minItems: 1 for such lists', () => {
    assert.equal(z.toJSONSchema(TopicSchemas.programmes, { io: 'input' }).minItems, 1);
  });
});

test('a sum in any scale (plain euros to billions) and every qualifier are valid', () => {
  for (const scale of ['one', 'thousand', 'million', 'billion'])
    assert.ok(Money.safeParse({ kind: 'money', currency: 'EUR', value: 500, scale }).success, scale);
  for (const qualifier of ['nearly', 'over', 'about', 'almost', 'up-to'])
    assert.deepEqual(
      figure((f) => (f.quantity.qualifier = qualifier)),
      [],
      qualifier,
    );
});

describe('restrictive measures', () => {
  const act = (m) => m.regimeActs[0];

  test('an act’s CELEX number must be its own, and its link its EUR-Lex page', () => {
    assert.equal(act(datasets['restrictive-measures']).celex, '32012D0642');
    assert.deepEqual(
      measures((m) => {
        act(m).celex = '32012D0643';
        act(m).url = eurLexUrl('32012D0643');
      }),
      ['rm.regimeActs[0].celex: must be the CELEX number of the act'],
    );
    assert.deepEqual(
      measures((m) => (act(m).url = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32012D0643')),
      ["rm.regimeActs[0].url: must be the act's EUR-Lex address"],
    );
  });

  test('a CELEX number is sector 3, year, D or R, four digits: nothing around it', () => {
    for (const celex of ['x32012D0642', '32012D06420', '42012D0642'])
      assert.match(
        measures((m) => (act(m).celex = celex))[0],
        /^rm\.regimeActs\[0\]\.celex: must be a CELEX number such as 32020D1388$/,
        celex,
      );
  });

  test('an act’s link must be https', () => {
    const errors = measures((m) => (act(m).url = act(m).url.replace('https:', 'httpsx:')));
    assert.ok(errors.includes('rm.regimeActs[0].url: Invalid URL'), errors.join('\n'));
  });

  test('rounds are in date order: the same date is fine, one day earlier is rejected, naming the previous date', () => {
    const [, second] = datasets['restrictive-measures'].rounds;
    assert.deepEqual(
      measures((m) => (m.rounds[2].date = second.date)),
      [],
    );
    const dayBefore = (date) => new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10);
    assert.deepEqual(
      measures((m) => (m.rounds[2].date = dayBefore(second.date))),
      [`rm.rounds[2].date: must not be before the previous item (${second.date})`],
    );
    const [p0, p1] = datasets['restrictive-measures'].prolongations;
    assert.deepEqual(
      measures((m) => m.prolongations.splice(0, 2, p1, p0)),
      [`rm.prolongations[1].date: must not be before the previous item (${p1.date})`],
    );
  });

  test('a round adds individuals, entities or both; a note that quotes must cite its sources', () => {
    assert.deepEqual(
      measures((m) => (m.rounds[0].added = {})),
      ['rm.rounds[0].added: give individuals, entities or both'],
    );
    assert.deepEqual(
      measures((m) => {
        m.rounds[0].note.quotes = [...m.rounds[0].quotes];
        delete m.rounds[0].note.sources;
      }),
      ['rm.rounds[0].note.sources: a note that quotes a source must cite it in sources'],
    );
  });

  test('a count may have several other sources’ figures beside it, but not an empty list of them', () => {
    const other = { quantity: { kind: 'count', value: 41 }, asOf: '2020-10-02', sources: ['x'], quotes: ['y'] };
    assert.deepEqual(
      measures((m) => (m.rounds[0].added.individuals.others = [other, { ...other, asOf: '2020-11-06' }])),
      [],
    );
    assert.match(
      measures((m) => (m.rounds[0].added.individuals.others = []))[0],
      /^rm\.rounds\[0\]\.added\.individuals\.others: /,
    );
  });
});

describe('the JSON files: json/<topic>.json = { topic, contentVersion, asOf, data }', () => {
  const file = JSON.parse(readFileSync(new URL('../dist/json/programmes.json', import.meta.url), 'utf8'));
  const version = (contentVersion) => errorsOf('file', topicFileSchema('programmes'), { ...file, contentVersion });

  test('the published file is valid against its file schema; another topic name is not', () => {
    assert.deepEqual(version(file.contentVersion), []);
    assert.match(
      errorsOf('file', topicFileSchema('programmes'), { ...file, topic: 'trade' }).join('\n'),
      /^file\.topic: /,
    );
  });

  test('contentVersion is <asOf>+<hex hash of 8 or more digits>, at any date precision', () => {
    for (const ok of ['2026+0123abcd', '2026-11+0123abcdef', '2026-11-27+0123456789abcdef'])
      assert.deepEqual(version(ok), [], ok);
    for (const bad of [
      'v2026+0123abcd',
      '2026+0123abcd-dirty',
      '2026-1-2+0123abcd',
      '2026+0123abc',
      '2026+0123abcg',
      '26+0123abcd',
    ])
      assert.deepEqual(version(bad), ['file.contentVersion: must be <asOf>+<hex hash>'], bad);
  });

  test('a downloaded file validates as its dataset; a bare dataset or anything else is taken as it is', () => {
    assert.deepEqual(datasetOf(file), file.data);
    assert.deepEqual(errorsOf('programmes', TopicSchemas.programmes, datasetOf(file)), []);
    for (const value of [
      file.data,
      null,
      'programmes',
      42,
      { data: file.data },
      { contentVersion: file.contentVersion },
    ])
      assert.equal(datasetOf(value), value);
  });
});

describe('sources, quotes, programmes, trade and the timeline', () => {
  const primary = () => datasets.sources.findIndex((s) => s.id === 'eeas-belarus-and-the-eu');
  const source = (change) => sources((s) => change(s[primary()]));
  const at = `sources[${datasets.sources.findIndex((s) => s.id === 'eeas-belarus-and-the-eu')}]`;

  test('a source gives a published, updated or retrieved date, or a note saying why it has none', () => {
    const bare = (s) => ['published', 'updated', 'retrieved', 'note'].forEach((k) => delete s[k]);
    assert.deepEqual(source(bare), [
      `${at}.published: a source needs a published, updated or retrieved date, or a note saying why it has none`,
    ]);
    for (const [key, value] of [
      ['published', '2016'],
      ['updated', '2016-05'],
      ['retrieved', '2026-11-27'],
      ['note', 'Undated page.'],
    ])
      assert.deepEqual(
        source((s) => {
          bare(s);
          s[key] = value;
        }),
        [],
        key,
      );
  });

  test('a report says whom it quotes; a primary source quotes no one', () => {
    assert.deepEqual(
      source((s) => (s.kind = 'report')),
      [`${at}.quoting: a report says whom it quotes or reproduces`],
    );
    assert.deepEqual(
      source((s) => (s.quoting = 'Council of the EU')),
      [`${at}.kind: a primary source quotes no one; use kind "report" or "republication"`],
    );
  });

  test('a quote in another language needs an English translation; its language is a two-letter code', () => {
    const i = datasets.quotes.findIndex((q) => q.lang !== 'en');
    const quote = (change) => errorsOf('quotes', TopicSchemas.quotes, datasets.quotes, (d) => change(d[i]));
    assert.deepEqual(
      quote((q) => delete q.translation),
      [`quotes[${i}].translation: a quote in another language than English needs an English translation`],
    );
    for (const lang of ['ita', 'xit', 'IT'])
      assert.deepEqual(
        quote((q) => (q.lang = lang)),
        [`quotes[${i}].lang: must be a two-letter language code`],
        lang,
      );
  });

  test('a programme lists Belarus-specific figures first, then programme-wide, then EU-wide', () => {
    const i = datasets.programmes.findIndex((p) => p.figures.some((f) => f.coverage === 'eu-wide'));
    const last = datasets.programmes[i].figures.length - 1;
    assert.deepEqual(
      errorsOf('programmes', TopicSchemas.programmes, datasets.programmes, (d) => d[i].figures.reverse()),
      [`programmes[${i}].figures[1].coverage: Belarus-specific figures come first, then programme-wide, then EU-wide`],
    );
    assert.equal(last, 2, 'the reversed list goes eu-wide, belarus, belarus: one step back, at [1]');
  });

  test('a programme’s acronym and managers are not blank; each of its figures says what it covers', () => {
    const programmes = (change) => errorsOf('programmes', TopicSchemas.programmes, datasets.programmes, change);
    const i = datasets.programmes.findIndex((p) => p.acronym && p.managedBy && p.figures.length);
    assert.match(programmes((d) => (d[i].acronym = '   ')).join('\n'), new RegExp(`^programmes\\[${i}\\]\\.acronym: `));
    assert.match(
      programmes((d) => (d[i].managedBy[0] = ' ')).join('\n'),
      new RegExp(`^programmes\\[${i}\\]\\.managedBy\\[0\\]: `),
    );
    assert.match(
      programmes((d) => delete d[i].figures[0].coverage).join('\n'),
      new RegExp(`^programmes\\[${i}\\]\\.figures\\[0\\]\\.coverage: `),
    );
  });

  test('a status history out of date order names the entry', () => {
    const i = datasets.dialogues.findIndex((d) => d.history.length >= 2);
    assert.deepEqual(
      errorsOf('dialogues', TopicSchemas.dialogues, datasets.dialogues, (d) => d[i].history.reverse()),
      [`dialogues[${i}].history[1].asOf: status history must be in date order`],
    );
  });

  test('trade figures need quotes, and a gap may be about goods, services or investment', () => {
    const trade = (change) => errorsOf('trade', TopicSchemas.trade, datasets.trade, change);
    const message = 'every figure needs a quote of its source that holds the number';
    assert.deepEqual(
      trade((t) => (t.goods[0].quotes = [])),
      [`trade.goods[0].quotes: ${message}`],
    );
    assert.deepEqual(
      trade((t) => (t.investment[0].quotes = [])),
      [`trade.investment[0].quotes: ${message}`],
    );
    for (const about of ['goods', 'services', 'investment'])
      assert.deepEqual(
        trade((t) => (t.gaps[0].about = about)),
        [],
        about,
      );
  });

  test('a derived timeline event names its topic in lowercase words', () => {
    const i = datasets.timeline.findIndex((e) => e.derivedFrom);
    const timeline = (topic) =>
      errorsOf('timeline', TopicSchemas.timeline, datasets.timeline, (d) => (d[i].derivedFrom.topic = topic));
    assert.deepEqual(timeline('restrictive-measures'), []);
    for (const topic of ['Restrictive-measures', 'restrictive-measures2', 'restrictive measures'])
      assert.match(timeline(topic).join('\n'), new RegExp(`^timeline\\[${i}\\]\\.derivedFrom\\.topic: `), topic);
  });
});
