// A quote behind every figure: every number of the data is in a quote of a source it cites, and
// the quotes are the sources' words (checked against the reference files where they are at hand).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { checkDatasets } from '../dist/check.js';
import { checkItemQuotes } from '../dist/check-quotes.js';
import { datasets, quoteById, quotesOf, sourceById } from '../dist/index.js';
import { mentions, numbersIn } from '../dist/numbers.js';
import { sharedSource as shared } from './shared-sources.mjs';

/** Line breaks and runs of spaces read as one space, as the fact sheets render quotes. */
const flat = (text) => text.replace(/\s+/g, ' ');
const errorsAfter = (mutate) => {
  const copy = structuredClone(datasets);
  mutate(copy);
  return checkDatasets(copy);
};

describe('numbers are read in every written form', () => {
  test('"1,000", "1 000" (plain, no-break and thin space) and "1000" are one number', () => {
    for (const written of ['1,000', '1 000', '1\u00a0000', '1\u202f000', '1000'])
      assert.ok(mentions(`From 2015-2017, ${written} students`, 1000), written);
  });

  test('"14.7" and "14,7" are one number; "6,5 mln" is 6.5', () => {
    assert.ok(mentions('EUR 14.7 billion', 14.7));
    assert.ok(mentions('EUR 14,7 mld', 14.7));
    assert.ok(mentions('over 6,5 mln EUR contribution', 6.5));
    assert.ok(!mentions('over 6,5 mln EUR contribution', 65));
  });

  test('years and numbers side by side stay apart; a different number is not found', () => {
    assert.deepEqual(numbersIn('2014 2020'), [[2014, 2020]]);
    assert.ok(!mentions('EUR 91.5 million', 91));
    assert.ok(!mentions('EUR 91.5 million', 9.15));
  });
});

describe('every figure has a quote that holds its number', () => {
  test('the real content passes, and every figure lists at least one quote', () => {
    assert.deepEqual(checkDatasets(datasets), []);
    const figures = [
      ...datasets.assistance.figures,
      ...datasets.programmes.flatMap((p) => p.figures),
      ...datasets.trade.shares,
      ...datasets.trade.goods,
      ...datasets.trade.services,
      ...datasets.trade.investment,
    ];
    for (const f of figures) assert.ok(quotesOf(f).length > 0, f.id ?? f.year);
  });

  test('a changed figure is caught: its number is in none of its quotes', () => {
    const errors = errorsAfter((d) => (d.programmes[0].figures[0].quantity.value = 1001));
    assert.ok(
      errors.includes(`programmes[0].figures[0].quantity: 1001 is in none of the item's quotes (eeas-2017-erasmus)`),
      errors.join('\n'),
    );
  });

  test('a number written into a text is caught too, and so is a figure with no quote', () => {
    const errors = errorsAfter((d) => {
      d.overview.sections[0].summary.en += ' It gave EUR 77 million.';
      d.assistance.figures.find((f) => f.id === 'eni-bilateral-2014-2017').quotes = ['seed-doubled'];
    });
    assert.ok(
      errors.some((e) => /^overview\.sections\[0\]\.summary\.en: 77 is in none/.test(e)),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((e) => /^assistance\.figures\[\d+\]\.quantity: 91\.5 is in none/.test(e)),
      errors.join('\n'),
    );
  });

  test('a quote must be from a source the item cites, exist, and be used', () => {
    const errors = errorsAfter((d) => {
      d.trade.goods[0].quotes = ['seed-doubled'];
      d.trade.goods[1].quotes.push('no-such-quote');
    });
    assert.ok(
      errors.some((e) =>
        e.includes('quote "seed-doubled" is from "eeas-belarus-and-the-eu", which the item does not cite'),
      ),
    );
    assert.ok(errors.some((e) => e.includes('cites unknown quote "no-such-quote"')));
    assert.ok(errors.some((e) => e.includes('quote "fs-goods-2015" is cited by no item')));
  });

  test('a quote of a source that does not exist is rejected at the quote', () => {
    const i = datasets.quotes.findIndex((q) => q.id === 'fs-goods-2016');
    const errors = errorsAfter((d) => (d.quotes[i].source = 'no-such-source'));
    assert.ok(errors.includes(`quotes[${i}].source: unknown source "no-such-source"`), errors.join('\n'));
  });
});

describe('the numbers of an item, as its English text writes them, are found in its quotes', () => {
  /** The quote-check errors of one item citing source `s` and the quotes given (id: text). */
  const check = (item, quoteTexts) => {
    const quotes = new Map(Object.entries(quoteTexts).map(([id, text]) => [id, { id, source: 's', text }]));
    return checkItemQuotes({ sources: ['s'], quotes: [...quotes.keys()], ...item }, 'x', quotes, new Set());
  };
  const says = (en, quote) => check({ summary: { en } }, { q: quote });

  test('a thousands comma in the text matches a quote that groups with a space, or not at all', () => {
    assert.deepEqual(says('It gave 1,500 grants.', 'with 1 500 grants'), []);
    assert.deepEqual(says('It gave 1,500 grants.', 'with 1500 grants'), []);
    assert.deepEqual(says('It gave EUR 2,500,000.', 'EUR 2 500 000 in all'), []);
    assert.deepEqual(says('It gave 1,500 grants.', 'with 1.5 grants'), [
      "x.summary.en: 1500 is in none of the item's quotes (q)",
    ]);
  });

  test('a decimal comma in the text is a decimal: "1,5 million" matches "1.5 million", not "15 million"', () => {
    assert.deepEqual(says('EUR 1,5 million', 'EUR 1.5 million'), []);
    assert.deepEqual(says('EUR 1,5 million', 'EUR 15 million'), [
      "x.summary.en: 1.5 is in none of the item's quotes (q)",
    ]);
  });

  test('a sum of money changed away from its quotes is caught, naming every quote; an item without quotes says so', () => {
    const money = { kind: 'money', currency: 'EUR', value: 5.3, scale: 'billion' };
    assert.deepEqual(check({ quantity: money }, { a: 'EUR 5.0 billion', b: 'EUR 2.9 billion' }), [
      "x.quantity: 5.3 is in none of the item's quotes (a, b)",
    ]);
    assert.deepEqual(check({ quantity: { ...money, value: 2.9 } }, { a: 'EUR 5.0 billion', b: 'EUR 2.9 billion' }), []);
    assert.deepEqual(check({ summary: { en: 'It funded 12 projects.' } }, {}), [
      "x.summary.en: 12 is in none of the item's quotes",
    ]);
  });

  test('a count and a percentage changed away from their quotes are caught too', () => {
    assert.deepEqual(check({ quantity: { kind: 'count', value: 45 } }, { a: '44 individuals' }), [
      "x.quantity: 45 is in none of the item's quotes (a)",
    ]);
    assert.deepEqual(check({ quantity: { kind: 'percent', value: 27 } }, { a: 'a share of 26 %' }), [
      "x.quantity: 27 is in none of the item's quotes (a)",
    ]);
  });

  test('quotesOf names a quote id it cannot find', () => {
    assert.throws(() => quotesOf({ quotes: ['no-such-quote'] }), /Unknown quote "no-such-quote"/);
  });

  test('a quote listed twice is reported at the second copy', () => {
    const errors = errorsAfter((d) => d.quotes.push({ ...d.quotes[3] }));
    assert.ok(
      errors.includes(`quotes[${datasets.quotes.length}].id: duplicate id "${datasets.quotes[3].id}"`),
      errors.join('\n'),
    );
  });
});

describe('quotes are the words of their sources', () => {
  const seed = shared('belarus-and-the-eu.txt');
  const facts = shared('FACTS.md');
  const facts2026 = shared('FACTS-2017-2026.md');
  const fragments = (q) => q.text.split(' … ');

  test(
    'quotes of the 2016 page are in its text',
    { skip: !(seed && existsSync(seed)) && 'the page text is not at hand' },
    () => {
      const page = flat(readFileSync(seed, 'utf8'));
      const quotes = datasets.quotes.filter((q) => q.source === 'eeas-belarus-and-the-eu');
      assert.ok(quotes.length >= 10);
      for (const q of quotes) for (const part of fragments(q)) assert.ok(page.includes(part), `${q.id}: ${part}`);
    },
  );

  test(
    'fact-sheet quotes are in FACTS.md',
    { skip: !(facts && existsSync(facts)) && 'FACTS.md is not at hand' },
    () => {
      const sheet = flat(readFileSync(facts, 'utf8'));
      const quotes = datasets.quotes.filter((q) => q.wording === 'fact-sheet');
      assert.ok(quotes.length >= 5);
      for (const q of quotes) for (const part of fragments(q)) assert.ok(sheet.includes(part), `${q.id}: ${part}`);
    },
  );

  test(
    'a quote of a page the 2017–2026 sheet quotes is in the sheet, unless read on the page itself',
    { skip: !(facts2026 && existsSync(facts2026)) && 'FACTS-2017-2026.md is not at hand' },
    () => {
      const sheet = flat(readFileSync(facts2026, 'utf8'));
      // Quotes taken from the page itself (read for this content), beside the ones the sheet has.
      const readOnPage = new Set(READ_ON_PAGE);
      let found = 0;
      for (const q of datasets.quotes) {
        const url = sourceById(q.source)?.url;
        if (q.wording !== 'verbatim' || q.source === 'eeas-belarus-and-the-eu' || !url || !sheet.includes(url))
          continue;
        if (readOnPage.has(q.id)) continue;
        for (const part of fragments(q)) assert.ok(sheet.includes(part), `${q.id}: ${part}`);
        if (q.lang !== 'en')
          assert.ok(sheet.includes(`[tr.: ${q.translation}]`), `${q.id}: translation as in the sheet`);
        found++;
      }
      assert.ok(found >= 15, `only ${found} quotes checked against the sheet`);
      for (const id of readOnPage) assert.ok(quoteById(id), `${id} is a quote`);
    },
  );
});

/** Quotes of pages the 2017–2026 sheet cites, taken from the page itself rather than from the sheet. */
const READ_ON_PAGE = [
  'eeas-most-2018-participants',
  // restrictive-measures: read on the pages (stored copies) for this content, 2026-11-27
  'legislation-gov-uk-2020-1650-tf69ib',
  'legislation-gov-uk-2020-2129-i41hsd',
  'legislation-gov-uk-2020-1650-17xrbcn',
  'belsat-2020-11-06-s8fm5k',
  'tass-2020-12-07-cvi5uj',
  'pledgetimes-2021-02-25-1gona3p',
  'council-2020-12-17-republished-12l2rey',
  'euneighbourseast-2022-06-06-1hvxct',
  'european-pravda-2024-12-16-q2e75r',
  'europe-diplomatic-2020-02-17-58q225',
  'haqqin-2026-02-26-1e7o2my',
  'haqqin-2026-02-26-6hwfnw',
  'cg-2023-3bn',
  'eeas-2024-third-meeting',
  'eeas-2024-distinguishes',
  'cg-2026-dual-track',
  'cg-2026-kallas-kos',
];
