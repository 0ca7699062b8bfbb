/**
 * Numbers, money, dates and lists in the element's locale, through `Intl`. Formatters are costly
 * to build, so each is made once per locale and options, and shared by every element.
 */
import type { Money, PartialDate } from '@eu-belarus/data';
import { decimalsOf, precisionOf } from '@eu-belarus/data/precision';
import type { Locale } from './locale.js';
import type { DateFallback } from './locale-fallbacks.js';

/**
 * The Intl locale for one of ours: EU English writes "17 December 2014" (British conventions),
 * EU Portuguese "5,7 mil milhões" (European conventions);
 * a language the browser lacks borrows the number conventions of one that matches.
 */
/** Our locale data for languages a browser's Intl lacks; loaded with any language other than English (see locale.ts). */
let fallbacks: ((locale: Locale) => DateFallback | undefined) | undefined;
export const useFallbacks = (lookUp: typeof fallbacks): void => {
  fallbacks = lookUp;
  forgetFormatted(); // what was written without a language's data is written anew with it
};
const fallbackFor = (locale: Locale): DateFallback | undefined => fallbacks?.(locale);

const EU_REGION: Partial<Record<Locale, string>> = { en: 'en-GB', pt: 'pt-PT' };
const intlLocale = (locale: Locale): string => EU_REGION[locale] ?? fallbackFor(locale)?.numbers ?? locale;

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.Collator;
const cache = new Map<string, Formatter>();
/** The same lookup by the options object itself, for the constant ones: no key to build on every call. */
const byOptions = new WeakMap<object, Map<string, Formatter>>();

function cached<T extends Formatter>(kind: string, locale: Locale, options: object, make: () => T): T {
  // By the Intl locale used: a language's formatters change when our data for it arrives.
  const tag = kind + intlLocale(locale);
  const mine = byOptions.get(options)?.get(tag) as T | undefined;
  if (mine) return mine;
  const key = `${tag}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  let perLocale = byOptions.get(options);
  if (!perLocale) byOptions.set(options, (perLocale = new Map()));
  perLocale.set(tag, formatter);
  return formatter;
}

/**
 * Formatted text by kind, locale and value: a hundred lists on a page write the same dates and sums
 * a hundred times, and `Intl`'s `format` costs more than a lookup. Bounded: emptied when full.
 */
const texts = new Map<string, string>();
const MAX_TEXTS = 2000;
function remembered(kind: string, locale: Locale, value: string, write: () => string): string {
  const key = `${kind}|${locale}|${value}`;
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= MAX_TEXTS) texts.clear();
    texts.set(key, (text = write()));
  }
  return text;
}
/** Forgets the texts written so far (also before each Node test: a mutation run keeps the module between runs). */
export const forgetFormatted = (): void => texts.clear();
const moneyKey = (money: Money): string => `${money.value}|${money.scale}|${money.currency}|${money.decimals}`;

const PLAIN: Intl.NumberFormatOptions = {};
const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };

export const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions = PLAIN): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(intlLocale(locale), options));

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

const DATE_OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

function toDate(date: PartialDate): Date {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
}

function dateFormat(precision: keyof typeof DATE_OPTIONS, locale: Locale): Intl.DateTimeFormat {
  const options = DATE_OPTIONS[precision];
  return cached('date', locale, options, () => new Intl.DateTimeFormat(intlLocale(locale), options));
}

/** A date at the precision the source gives: "2016", "February 2016", "30 January 2014". */
export const formatDate = (date: PartialDate, locale: Locale): string =>
  remembered('date', locale, date, () => writeDate(date, locale));

function writeDate(date: PartialDate, locale: Locale): string {
  const fallback = fallbackFor(locale);
  if (!fallback) return dateFormat(precisionOf(date), locale).format(toDate(date));
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return fallback.month(fallback.months[m - 1]!, y!);
  return fallback.day(d, fallback.monthsInDate[m - 1]!, y!);
}

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

/** "A, B and C" in the locale's words. */
export function formatList(
  items: string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return cached('list', locale, { type }, () => new Intl.ListFormat(intlLocale(locale), { type })).format(items);
}

const SPACE_GROUP = /^[\s\u00a0\u202f\u2009]$/;
/** Whether each locale groups digits with a space, found once per locale. */
const groupsWithSpace = new Map<Locale, boolean>();

/**
 * The figure as a screen reader should read it: where the locale groups digits with a space
 * ("12 000" in fr, pl, be, ru…), screen readers read two numbers, so the spaces between digits
 * go. Other locales' text is returned as it is. Use on formatted figures, not on whole sentences.
 */
export function spokenNumber(formatted: string, locale: Locale): string {
  let spaced = groupsWithSpace.get(locale);
  if (spaced === undefined) {
    const group = numberFormat(locale)
      .formatToParts(12345678)
      .find((p) => p.type === 'group')?.value;
    groupsWithSpace.set(locale, (spaced = !!group && SPACE_GROUP.test(group)));
  }
  if (!spaced) return formatted;
  return formatted.replace(/(\d)[\s\u00a0\u202f\u2009](?=\d)/g, '$1');
}

/** Sorting in the locale's alphabetical order. */
export const collator = (locale: Locale): Intl.Collator =>
  cached('collator', locale, PLAIN, () => new Intl.Collator(intlLocale(locale)));

let warming = false;

/**
 * Readies `Intl` before the first render. A page's first formatter costs about 20 ms whichever
 * kind it is (Chromium's Intl reads its lists of locales), a long task at CPU ×4 inside the render
 * that needs it. Made ahead, a collator, then a number format, then a date format, each in a task
 * of its own, the same setting-up is spread over three short tasks. Once per page.
 */
export function warmUp(locale: Locale): void {
  if (warming) return;
  warming = true;
  const steps = [() => collator(locale), () => numberFormat(locale), () => dateFormat('day', locale)];
  const next = (): void => {
    steps.shift()?.();
    if (steps.length) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
