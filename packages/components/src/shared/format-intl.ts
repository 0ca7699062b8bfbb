/**
 * The shared making of `Intl` formatters (each made once per locale and options, and shared by
 * every element), the texts they wrote, and dates, which every element writes (its sources' dates).
 * What only some elements write (sums, counts, ranges, lists) is in format-figures.ts; import both
 * through format.ts.
 */
import type { PartialDate } from '@eu-belarus/data';
import { precisionOf } from '@eu-belarus/data/precision';
import type { Locale } from './locale.js';
import type { DateFallback } from './locale-fallbacks.js';

/** Our locale data for languages a browser's Intl lacks; loaded with any language other than English (see locale.ts). */
let fallbacks: ((locale: Locale) => DateFallback | undefined) | undefined;
export const useFallbacks = (lookUp: typeof fallbacks): void => {
  fallbacks = lookUp;
  forgetFormatted(); // what was written without a language's data is written anew with it
};
export const fallbackFor = (locale: Locale): DateFallback | undefined => fallbacks?.(locale);

/**
 * The Intl locale for one of ours: EU English writes "17 December 2014" (British conventions),
 * EU Portuguese "5,7 mil milhões" (European conventions);
 * a language the browser lacks borrows the number conventions of one that matches.
 */
const EU_REGION: Partial<Record<Locale, string>> = { en: 'en-GB', pt: 'pt-PT' };
export const intlLocale = (locale: Locale): string => EU_REGION[locale] ?? fallbackFor(locale)?.numbers ?? locale;

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.Collator;
const cache = new Map<string, Formatter>();
/** The same lookup by the options object itself, for the constant ones: no key to build on every call. */
const byOptions = new WeakMap<object, Map<string, Formatter>>();

export function cached<T extends Formatter>(kind: string, locale: Locale, options: object, make: () => T): T {
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
export function remembered(kind: string, locale: Locale, value: string, write: () => string): string {
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

export const PLAIN: Intl.NumberFormatOptions = {};

export const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions = PLAIN): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(intlLocale(locale), options));
export const DATE_OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

export function toDate(date: PartialDate): Date {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
}

export function dateFormat(precision: keyof typeof DATE_OPTIONS, locale: Locale): Intl.DateTimeFormat {
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
