// Property-based tests (fast-check) of the parsing and formatting helpers and of the schemas:
// whatever a page or a data file gives them, they answer within their contract and never throw.
import { TOPICS, TopicSchemas } from '@eu-belarus/data/schema';
import { LOCALES } from '@eu-belarus/data/text';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { intInRange, isoDate, listOf, oneOf } from './attributes.js';
import { allowedUrl } from './fetch-data.js';
import { formatCount, formatDate, formatDateRange, formatList, formatMoney, formatPercent } from './format.js';
import { safeHref } from './links.js';
import { supportedLocale } from './locale.js';
import { validateData } from './validate-data.js';

const RUNS = { numRuns: 300 };
const el = document.createElement('div');
// Warnings are part of the contract, but thousands of them are noise here.
const quietly = <R>(run: () => R): R => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return run();
  } finally {
    console.warn = warn;
  }
};

/** Strings with the characters that break naive parsers: controls, bidi, zero-width, lone surrogates, emoji. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '\u202Eevil', '\u200B', '\uD800', '\uDC00', '😀🇧🇾', '\t\n', 'null', 'NaN', '1e309', '-0'),
);
const locale = fc.constantFrom(...LOCALES);
const schemeVariants = (scheme: string) =>
  fc
    .tuple(
      fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u0001 '),
      fc.boolean(),
      fc.constantFrom('', '\t', '\n', '\r'),
      fc.string(),
    )
    .map(([lead, upper, inner, rest]) => {
      const s = upper ? scheme.toUpperCase() : scheme;
      const cut = Math.floor(s.length / 2);
      return `${lead}${s.slice(0, cut)}${inner}${s.slice(cut)}:${rest}`;
    });

describe('attribute parsing (property-based)', () => {
  const ALLOWED = ['light', 'dark', 'auto'] as const;

  it('oneOf answers an allowed value or the fallback, for any input of any type', () =>
    quietly(() =>
      fc.assert(
        fc.property(fc.oneof(nasty, fc.anything()), (value) => {
          const result = oneOf(el, 'theme', value as string, ALLOWED, 'light');
          expect(ALLOWED).to.include(result);
        }),
        RUNS,
      ),
    ));

  it('oneOf accepts every allowed value in any case, padded with whitespace', () =>
    fc.assert(
      fc.property(
        fc.constantFrom(...ALLOWED),
        fc.boolean(),
        fc.constantFrom('', ' ', '\t', '\n '),
        (value, upper, pad) => {
          expect(oneOf(el, 'theme', `${pad}${upper ? value.toUpperCase() : value}${pad}`, ALLOWED, 'light')).to.equal(
            value,
          );
        },
      ),
    ));

  it('intInRange answers an integer in range or the fallback, for anything', () =>
    quietly(() =>
      fc.assert(
        fc.property(
          fc.oneof(nasty, fc.anything(), fc.double(), fc.integer()),
          fc.integer({ min: -5, max: 5 }),
          (value, min) => {
            const max = min + 4;
            const result = intInRange(el, 'limit', value, min, max, undefined);
            if (result !== undefined) expect(Number.isInteger(result) && result >= min && result <= max).to.equal(true);
          },
        ),
        RUNS,
      ),
    ));

  it('intInRange keeps every integer in range, written any way a person would', () =>
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.constantFrom('', ' '), (n, pad) => {
        expect(intInRange(el, 'heading-level', `${pad}${n}${pad}`, 2, 6, 2)).to.equal(n);
        expect(intInRange(el, 'heading-level', n, 2, 6, 2)).to.equal(n);
      }),
    ));

  it('listOf answers only known values, for any input', () =>
    quietly(() =>
      fc.assert(
        fc.property(
          fc.oneof(
            nasty,
            fc.anything(),
            fc.array(fc.constantFrom('a', 'b', 'c', ' ', ',', 'X')).map((a) => a.join('')),
          ),
          (value) => {
            const result = listOf(el, 'category', value as string, ['a', 'b', 'c']);
            expect(result.every((v) => ['a', 'b', 'c'].includes(v))).to.equal(true);
          },
        ),
        RUNS,
      ),
    ));

  it('isoDate answers a YYYY[-MM[-DD]] string or nothing', () =>
    quietly(() =>
      fc.assert(
        fc.property(fc.oneof(nasty, fc.anything()), (value) => {
          const result = isoDate(el, 'from', value as string);
          if (result !== undefined) expect(result).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        }),
        RUNS,
      ),
    ));
});

describe('locale and URL helpers (property-based)', () => {
  it('supportedLocale answers a supported locale or nothing, for any string', () =>
    fc.assert(
      fc.property(fc.oneof(nasty, fc.constant(null), fc.constant(undefined)), (tag) => {
        const result = supportedLocale(tag);
        if (result !== undefined) expect(LOCALES).to.include(result);
      }),
      RUNS,
    ));

  it('supportedLocale finds the language of any well-formed tag of a supported language', () =>
    fc.assert(
      fc.property(
        locale,
        fc.constantFrom('', '-BY', '_by', '-Latn', '-u-nu-latn', '-419'),
        fc.boolean(),
        (lang, rest, upper) => {
          const tag = `${upper ? lang.toUpperCase() : lang}${rest}`;
          expect(supportedLocale(tag)).to.equal(lang);
          expect(supportedLocale(` ${tag} `)).to.equal(lang);
        },
      ),
    ));

  it('safeHref answers an https URL or nothing, for any string', () =>
    fc.assert(
      fc.property(
        fc.oneof(nasty, fc.webUrl(), schemeVariants('javascript'), schemeVariants('data'), schemeVariants('vbscript')),
        (url) => {
          const result = safeHref(url);
          if (result !== undefined) expect(result.startsWith('https://')).to.equal(true);
        },
      ),
      RUNS,
    ));

  it('safeHref refuses javascript:, data: and http: however they are spelled', () =>
    fc.assert(
      fc.property(
        fc.oneof(schemeVariants('javascript'), schemeVariants('data'), schemeVariants('http'), schemeVariants('file')),
        (url) => {
          expect(safeHref(url)).to.equal(undefined);
        },
      ),
      RUNS,
    ));

  it('safeHref keeps every https URL', () =>
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }), (url) => {
        expect(safeHref(url)).to.equal(new URL(url).href);
      }),
    ));

  it('allowedUrl answers an http(s) URL or nothing, for any string', () =>
    fc.assert(
      fc.property(
        fc.oneof(nasty, fc.webUrl(), schemeVariants('javascript'), schemeVariants('data'), schemeVariants('blob')),
        (src) => {
          const result = allowedUrl(src);
          if (result !== undefined) expect(['http:', 'https:']).to.include(result.protocol);
        },
      ),
      RUNS,
    ));

  it('allowedUrl refuses javascript:, data: and blob: however they are spelled', () =>
    fc.assert(
      fc.property(fc.oneof(schemeVariants('javascript'), schemeVariants('data'), schemeVariants('blob')), (src) => {
        expect(allowedUrl(src)).to.equal(undefined);
      }),
      RUNS,
    ));

  it('allowedUrl resolves relative paths against the page', () =>
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        const result = allowedUrl(`.${path.startsWith('/') ? '' : '/'}${path}`);
        expect(result?.origin).to.equal(location.origin);
      }),
    ));
});

describe('formatting (property-based)', () => {
  const partialDate = fc
    .tuple(
      fc.integer({ min: 1000, max: 2999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.constantFrom(1, 2, 3),
    )
    .map(([y, m, d, precision]) =>
      [String(y), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, precision).join('-'),
    );
  const money = fc.record(
    {
      kind: fc.constant('money' as const),
      currency: fc.constant('EUR' as const),
      value: fc.double({ min: 0.001, max: 1e6, noNaN: true }),
      scale: fc.constantFrom('one', 'thousand', 'million', 'billion') as fc.Arbitrary<
        'one' | 'thousand' | 'million' | 'billion'
      >,
      decimals: fc.integer({ min: 0, max: 6 }),
    },
    { requiredKeys: ['kind', 'currency', 'value', 'scale'] },
  );

  it('formats any valid sum of money in every locale, with its currency code', () =>
    fc.assert(
      fc.property(money, locale, (m, l) => {
        const s = formatMoney(m, l);
        expect(s).to.be.a('string');
        expect(s).to.include('EUR');
      }),
      RUNS,
    ));

  it('formats any date at its precision in every locale, with its year', () =>
    fc.assert(
      fc.property(partialDate, locale, (date, l) => {
        expect(formatDate(date, l)).to.include(date.slice(0, 4));
      }),
      RUNS,
    ));

  it('formats any range of dates in every locale, with both years', () =>
    fc.assert(
      fc.property(partialDate, partialDate, locale, (a, b, l) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const s = formatDateRange(start, end, l);
        expect(s).to.include(start.slice(0, 4));
        expect(s).to.include(end.slice(0, 4));
      }),
      RUNS,
    ));

  it('formats counts, percentages and lists in every locale without throwing', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.array(nasty, { maxLength: 6 }),
        locale,
        (n, p, items, l) => {
          expect(formatCount(n, l).length).to.be.greaterThan(0);
          expect(formatPercent(p, l)).to.include('%');
          const list = formatList(items, l);
          for (const item of items) expect(list).to.include(item);
        },
      ),
      RUNS,
    ));
});

describe('schemas (property-based)', () => {
  it('never throw on random values, and every issue has a path', () =>
    fc.assert(
      fc.property(
        fc.constantFrom(...TOPICS),
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true }),
        (topic, value) => {
          const result = TopicSchemas[topic].safeParse(value);
          if (!result.success) expect(result.error.issues.length).to.be.greaterThan(0);
        },
      ),
      RUNS,
    ));

  it('report a path for any single corruption of the real data', async () => {
    const datasets = Object.fromEntries(
      await Promise.all(
        (['programmes', 'trade', 'timeline', 'dialogues', 'assistance', 'overview'] as const).map(async (t) => [
          t,
          // The package's files hold the dataset under `data`.
          (await (await fetch(`/fixtures/valid/${t}.json`)).json()).data,
        ]),
      ),
    );
    /** Every path to a leaf in a JSON value. */
    const leaves = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]))
        : [path];
    const topics = Object.keys(datasets) as (keyof typeof datasets)[];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...topics),
        fc.nat(),
        fc.constantFrom(null, -1, Infinity, '', 'javascript:alert(1)', {}, [], true, '\uD800', 'x'.repeat(10_000)),
        async (topic, pick, replacement) => {
          const data = structuredClone(datasets[topic]);
          const all = leaves(data);
          const path = all[pick % all.length]!;
          let node = data as Record<string | number, unknown>;
          for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
          node[path.at(-1)!] = replacement;
          const result = await validateData(topic, data);
          if (!result.ok) {
            expect(result.problem.reason).to.equal('schema');
            expect(result.problem.issues!.every((i) => i.path.length > 0)).to.equal(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
