// Numbers, money, dates and lists in every locale. Run in Node, set up as the browsers we target
// are: Chromium ships no Belarusian, Irish or Maltese locale data, so neither does this runtime.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { RUNS, locale, nasty } from '../../test/arbitraries.js';
import {
  collator,
  spokenNumber,
  formatAmountOnly,
  formatCount,
  formatDate,
  formatDateRange,
  formatList,
  formatMoney,
  formatNumericDate,
  formatPercent,
  moneyUnitLabel,
  useFallbacks,
} from './format.js';
import { fallbackFor } from './locale-fallbacks.js';

// Our data for languages the browser lacks loads with a page's first language other than English
// (LocaleController): here it is loaded by hand.
beforeAll(() => useFallbacks(fallbackFor));

const bn = (value: number, decimals?: number) =>
  ({
    kind: 'money',
    currency: 'EUR',
    value,
    scale: 'billion',
    ...(decimals === undefined ? {} : { decimals }),
  }) as const;
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const LACKING = ['be', 'ga', 'mt'];
/** Intl without the `lacking` locales, as in Chromium (Node's full ICU has them). */
function withoutLocales(lacking: string[]): void {
  const native = Intl.DateTimeFormat.supportedLocalesOf.bind(Intl.DateTimeFormat);
  vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockImplementation((locales, options) =>
    native(locales, options).filter((l) => !lacking.includes(l.split('-')[0]!)),
  );
}
withoutLocales(LACKING);

describe('formatting for the element locale', () => {
  it('writes money with the currency code and the scale in words, at the stated precision', () => {
    expect(nbsp(formatMoney(bn(5.7), 'en'))).to.equal('EUR 5.7 billion');
    expect(nbsp(formatMoney(bn(5, 1), 'en'))).to.equal('EUR 5.0 billion');
    expect(nbsp(formatMoney(bn(5.7), 'ru'))).to.equal('5,7 миллиарда EUR');
    expect(nbsp(formatMoney(bn(5.7), 'de'))).to.equal('5,7 Milliarden EUR');
    expect(nbsp(formatMoney({ kind: 'money', currency: 'EUR', value: 9295000, scale: 'one' }, 'fr'))).to.equal(
      '9 295 000 EUR',
    );
  });

  it('writes dates at their precision, the EU English way', () => {
    expect(formatDate('2014-01-30', 'en')).to.equal('30 January 2014');
    expect(formatDate('2016-02', 'en')).to.equal('February 2016');
    expect(formatDate('2015', 'en')).to.equal('2015');
    expect(formatDate('2014-01-30', 'fi')).to.equal('30. tammikuuta 2014');
    expect(nbsp(formatDateRange('2014-12-17', '2020-12-16', 'ru'))).to.equal('17 декабря 2014 г. – 16 декабря 2020 г.');
    expect(formatDateRange('2014', '2020', 'en')).to.match(/^2014\s?–\s?2020$/);
    expect(formatDateRange('2014-01', '2020', 'en'), 'different precisions').to.equal('January 2014 – 2020');
    expect(formatDateRange('2014', '2020-05', 'en'), 'a year to a month').to.equal('2014 – May 2020');
  });

  it('has Belarusian, Irish and Maltese dates even where the browser lacks them', () => {
    expect(formatDate('2014-12-17', 'be')).to.equal('17 снежня 2014 г.');
    expect(formatDate('2016-02', 'be')).to.equal('люты 2016 г.');
    expect(formatDate('2014-12-17', 'ga')).to.equal('17 Nollaig 2014');
    expect(formatDate('2014-12-17', 'mt')).to.equal('17 ta’ Diċembru 2014');
    expect(formatDateRange('2014', '2020', 'be')).to.equal('2014–2020');
    // Belarusian numbers follow the Russian conventions, with the abbreviation both languages share.
    expect(nbsp(formatMoney(bn(5.7), 'be'))).to.match(/^5,7 (млрд|мільярда) EUR$/);
  });

  it('uses the runtime’s own Belarusian data where it has it', async () => {
    vi.resetModules();
    vi.restoreAllMocks();
    try {
      const fresh = await import('./format.js');
      expect(fresh.formatDate('2016-02', 'be')).to.equal(
        new Intl.DateTimeFormat('be', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2016, 1)),
      );
      expect(nbsp(fresh.formatMoney(bn(5.7), 'be'))).to.match(/^5,7 мільярда EUR$/);
    } finally {
      withoutLocales(LACKING);
    }
  });

  it('joins lists in the locale', () => {
    expect(formatList(['A', 'B', 'C'], 'en')).to.equal('A, B and C');
    expect(formatList(['A', 'B', 'C'], 'pl')).to.equal('A, B i C');
  });
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

describe('spokenNumber: one number for screen readers', () => {
  for (const [locale, shown] of [
    ['fr', '12\u202f000'],
    ['pl', '12\u00a0000'],
    ['be', '12\u00a0000'],
    ['ru', '1\u00a0234\u00a0567'],
  ] as const) {
    it(`${locale}: drops the space that groups digits`, () => {
      const formatted = new Intl.NumberFormat(locale === 'be' ? 'ru' : locale).format(
        locale === 'ru' ? 1234567 : 12000,
      );
      expect(formatted).to.equal(shown);
      expect(spokenNumber(formatted, locale)).to.equal(locale === 'ru' ? '1234567' : '12000');
      // Not between a number and a word or a code.
      expect(spokenNumber(`${formatted}\u00a0EUR`, locale)).to.match(/\d\u00a0EUR$/);
    });
  }
  it('leaves locales with other separators as they are', () => {
    expect(spokenNumber('12,000', 'en')).to.equal('12,000');
    expect(spokenNumber('12.000', 'de')).to.equal('12.000');
    // Digits that a space separates in such a locale's text are two numbers: kept apart.
    expect(spokenNumber('2014 2020', 'en')).to.equal('2014 2020');
  });
});

describe('table cells, column headers, ranges, lists and sorting', () => {
  it('a sum’s number alone keeps its stated precision, in the locale’s digits', () => {
    expect(formatAmountOnly(bn(5, 1), 'de')).to.equal('5,0');
    expect(formatAmountOnly(bn(5.7), 'en')).to.equal('5.7');
    expect(nbsp(formatAmountOnly({ kind: 'money', currency: 'EUR', value: 9295000, scale: 'one' }, 'fr'))).to.equal(
      '9 295 000',
    );
  });

  it('a column header names the unit, long and short, in the locale’s words; plain euros are the code', () => {
    expect(moneyUnitLabel(bn(5.7), 'en')).to.deep.equal({ long: 'EUR billion', short: 'EUR bn' });
    expect(moneyUnitLabel(bn(5.7), 'de')).to.deep.equal({ long: 'Milliarden EUR', short: 'Mrd. EUR' });
    expect(moneyUnitLabel(bn(5.7), 'ru')).to.deep.equal({ long: 'миллиардов EUR', short: 'млрд EUR' });
    expect(moneyUnitLabel({ ...bn(91.5), scale: 'million' }, 'en')).to.deep.equal({
      long: 'EUR million',
      short: 'EUR m',
    });
    expect(moneyUnitLabel({ kind: 'money', currency: 'EUR', value: 500, scale: 'one' }, 'de')).to.deep.equal({
      long: 'EUR',
      short: 'EUR',
    });
  });

  it('a date in digits for a narrow cell, at the source’s precision', () => {
    expect(formatNumericDate('2020-02-17', 'en')).to.equal('17/02/2020');
    expect(formatNumericDate('2020-02-17', 'de')).to.equal('17.02.2020');
    expect(formatNumericDate('2022-02', 'en')).to.equal('02/2022');
    expect(formatNumericDate('2022', 'de')).to.equal('2022');
  });

  it('a range of years is the locale’s own where it adds words (Bulgarian "г.")', () => {
    expect(nbsp(formatDateRange('2014', '2020', 'bg'))).to.equal('2014–2020 г.');
    expect(formatDateRange('2014', '2020', 'lv')).to.equal('2014.–2020.');
  });

  it('"or" lists, and sorting in the locale’s alphabet (Swedish Ö after Z, German Ö with O)', () => {
    expect(formatList(['A', 'B'], 'en', 'disjunction')).to.equal('A or B');
    expect(['Ö', 'Z', 'A'].sort(collator('sv').compare)).to.deep.equal(['A', 'Z', 'Ö']);
    expect(['Ö', 'Z', 'A'].sort(collator('de').compare)).to.deep.equal(['A', 'Ö', 'Z']);
  });
});

describe('the same value written again (a hundred lists on one page)', () => {
  it('is written once per locale and value, then looked up', () => {
    // `format` is a getter on Intl's prototype: each use reads it.
    const format = vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { readonly format: unknown }, 'format', 'get');
    try {
      const first = formatDate('2011-06-21', 'sv');
      const calls = format.mock.calls.length;
      expect(calls).to.be.greaterThan(0);
      for (let i = 0; i < 5; i++) expect(formatDate('2011-06-21', 'sv')).to.equal(first);
      expect(format.mock.calls.length).to.equal(calls);
    } finally {
      format.mockRestore();
    }
  });

  it('is written anew for another locale, another value or another stated precision', () => {
    const sums = [bn(5.7), bn(5, 1), bn(5), { ...bn(5), scale: 'million' as const }];
    for (const l of ['en', 'de', 'ru', 'en', 'fr'] as const) {
      expect(formatDate('2014-12-17', l)).to.equal(
        new Intl.DateTimeFormat(l === 'en' ? 'en-GB' : l, { dateStyle: 'long', timeZone: 'UTC' })
          .format(Date.UTC(2014, 11, 17))
          .replace(/ г\.$/, ' г.'),
      );
      expect(formatNumericDate('2014-12', l)).to.not.equal(formatNumericDate('2014-11', l));
      expect(formatDateRange('2014', '2020', l)).to.equal('2014–2020');
      expect(formatDateRange('2014', '2021', l)).to.equal('2014–2021');
      expect(formatCount(12000, l)).to.equal(new Intl.NumberFormat(l).format(12000));
    }
    expect(sums.map((m) => nbsp(formatMoney(m, 'en')))).to.deep.equal([
      'EUR 5.7 billion',
      'EUR 5.0 billion',
      'EUR 5 billion',
      'EUR 5 million',
    ]);
    expect(sums.map((m) => formatAmountOnly(m, 'de'))).to.deep.equal(['5,7', '5,0', '5', '5']);
    expect(nbsp(formatMoney(bn(5.7), 'de'))).to.equal('5,7 Milliarden EUR');
  });

  it('is written anew when our data for a language arrives', () => {
    try {
      useFallbacks(undefined);
      const without = nbsp(formatMoney(bn(5.7), 'be'));
      useFallbacks(fallbackFor);
      // With our data, Belarusian borrows Russian numbers and their abbreviation.
      expect(nbsp(formatMoney(bn(5.7), 'be'))).to.equal('5,7 млрд EUR');
      expect(without).to.not.equal('5,7 млрд EUR');
    } finally {
      useFallbacks(fallbackFor);
    }
  });
});
