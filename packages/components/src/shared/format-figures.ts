/**
 * What only some elements write: sums of money, counts, percentages, dates in digits, spans of
 * dates and lists, with the formatters of format-intl.ts. Import them through format.ts: a page
 * whose elements write none of them does not load this module (rollup.config.mjs).
 */
import type { Money, PartialDate } from '@eu-belarus/data';
import { decimalsOf, precisionOf } from '@eu-belarus/data/precision';
import {
  cached,
  DATE_OPTIONS,
  dateFormat,
  fallbackFor,
  formatDate,
  intlLocale,
  numberFormat,
  remembered,
  toDate,
} from './format-intl.js';
import type { Locale } from './locale.js';

const moneyKey = (money: Money): string => `${money.value}|${money.scale}|${money.currency}|${money.decimals}`;
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };
const SCALE = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9 } as const;

/**
 * Fraction digits that keep the source's precision when Intl's compact notation picks a smaller
 * scale than the source's: EUR 0.4 billion (to 0.1 billion) is EUR 400 million, not 400.0.
 */
function compactDigits(money: Money, full: number): number {
  const stated = decimalsOf(money);
  const chosen = full >= 1e3 ? Math.min(12, Math.floor(Math.log10(full) / 3) * 3) : 0;
  return Math.max(0, stated - (Math.log10(SCALE[money.scale]) - chosen));
}

/** The amount in euros. */
export const moneyValue = (money: Money): number => money.value * SCALE[money.scale];

/**
 * "EUR 5.7 billion", "5,7 миллиарда EUR": the currency code (clear in every language) and the
 * scale written out in words, at the precision the source states.
 */
export const formatMoney = (money: Money, locale: Locale): string =>
  remembered('money', locale, moneyKey(money), () => writeMoney(money, locale));

function writeMoney(money: Money, locale: Locale): string {
  const full = moneyValue(money);
  const digits = compactDigits(money, full);
  if (money.scale === 'one')
    return numberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      currencyDisplay: 'code',
      maximumFractionDigits: 0,
    }).format(full);
  const precision = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  // A borrowed locale's words would be another language's ("миллиарда"); its abbreviations fit ("млрд").
  const compactDisplay = fallbackFor(locale) ? 'short' : 'long';
  const words = numberFormat(locale, { notation: 'compact', compactDisplay, ...precision }).format(full);
  const parts = numberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    currencyDisplay: 'code',
    notation: 'compact',
    ...precision,
  }).formatToParts(full);
  const currencyAt = parts.findIndex((p) => p.type === 'currency');
  const currency = parts[currencyAt]?.value ?? money.currency;
  const numberAt = parts.findIndex((p) => p.type === 'integer');
  const gap = parts.find((p) => p.type === 'literal')?.value ?? '\u00a0';
  return currencyAt < numberAt ? `${currency}${gap}${words}` : `${words}${gap}${currency}`;
}

/** A sum's number alone, at the precision its source states, for a table cell or a bar: "5.0", "5,0". */
export const formatAmountOnly = (money: Money, locale: Locale): string =>
  remembered('amount', locale, moneyKey(money), () => {
    const digits = decimalsOf(money);
    return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(money.value);
  });

/**
 * The unit of a sum as a column header or chart subtitle says it: long ("EUR billion",
 * "Milliarden EUR", "миллиардов EUR") and short ("EUR bn", "Mrd. EUR"), for narrow columns.
 * Made from the locale's own words for five of the scale: the form used with a plural.
 */
export function moneyUnitLabel(money: Money, locale: Locale): { long: string; short: string } {
  if (money.scale === 'one') return { long: money.currency, short: money.currency };
  const sample: Money = { ...money, value: 5, decimals: 0 };
  const strip = (text: string) =>
    text
      .replace('5', '')
      .replace(/[\s\u00a0\u202f]+/g, ' ')
      .trim();
  const short = numberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    currencyDisplay: 'code',
    notation: 'compact',
    compactDisplay: 'short',
    maximumFractionDigits: 0,
  }).format(moneyValue(sample));
  return { long: strip(formatMoney(sample, locale)), short: strip(short) };
}

export const formatCount = (value: number, locale: Locale): string =>
  remembered('count', locale, String(value), () => numberFormat(locale).format(value));

export const formatPercent = (value: number, locale: Locale): string =>
  numberFormat(locale, PERCENT).format(value / 100);
const NUMERIC_DATE: Record<keyof typeof DATE_OPTIONS, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: '2-digit', timeZone: 'UTC' },
  day: { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' },
};

/** A date in digits, for narrow table cells, at the source's precision: "17/02/2020", "17.02.2020", "02/2022". */
export const formatNumericDate = (date: PartialDate, locale: Locale): string =>
  remembered('numeric-date', locale, date, () => {
    const options = NUMERIC_DATE[precisionOf(date)];
    return cached('numeric-date', locale, options, () => new Intl.DateTimeFormat(intlLocale(locale), options)).format(
      toDate(date),
    );
  });

/** A span of dates as the locale writes it ("2014–2020", "2014–2020 гг."), at the coarser precision given. */
export const formatDateRange = (start: PartialDate, end: PartialDate, locale: Locale): string =>
  remembered('range', locale, `${start}/${end}`, () => writeDateRange(start, end, locale));

function writeDateRange(start: PartialDate, end: PartialDate, locale: Locale): string {
  if (precisionOf(start) !== precisionOf(end) || fallbackFor(locale)) {
    const joiner = precisionOf(start) === 'year' && precisionOf(end) === 'year' ? '–' : ' – ';
    return `${formatDate(start, locale)}${joiner}${formatDate(end, locale)}`;
  }
  // Years: "2014–2020", unspaced in every locale (Intl spaces some: "2014 – 2020").
  const range = dateFormat(precisionOf(start), locale).formatRange(toDate(start), toDate(end));
  return precisionOf(start) === 'year' ? range.replace(/(\d)\s*[–-]\s*(\d)/, '$1–$2') : range;
}

/** The options of each kind of list, one object each: the formatters are found by the object (format-intl.ts, `cached`). */
const LIST_OPTIONS = { conjunction: { type: 'conjunction' }, disjunction: { type: 'disjunction' } } as const;

/** "A, B and C" in the locale's words. */
export function formatList(
  items: string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const options = LIST_OPTIONS[type];
  return cached('list', locale, options, () => new Intl.ListFormat(intlLocale(locale), options)).format(items);
}
