// Our month names for the languages Chromium's Intl lacks (Belarusian, Irish, Maltese) are CLDR's:
// checked against Node's full ICU, which has them. A typo here is what a reader of a Belarusian,
// Irish or Maltese page would see in every date.
import { describe, expect, it, vi } from 'vitest';

const MONTHS = Array.from({ length: 12 }, (_, m) => Date.UTC(2014, m, 17));
const LACKING = ['be', 'ga', 'mt'] as const;

/** The month names ICU gives for `locale`: standing alone, and inside a full date. */
function icuMonths(locale: string) {
  const alone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    months: MONTHS.map((t) => alone.format(t)),
    monthsInDate: MONTHS.map((t) => inDate.formatToParts(t).find((p) => p.type === 'month')!.value),
  };
}

/** locale-fallbacks.js loaded afresh, with Intl lacking `lacking` (as Chromium does) or not. */
async function freshFallbacks(lacking: readonly string[]) {
  vi.resetModules();
  vi.restoreAllMocks();
  const native = Intl.DateTimeFormat.supportedLocalesOf.bind(Intl.DateTimeFormat);
  vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockImplementation((locales, options) =>
    native(locales, options).filter((l) => !lacking.includes(l.split('-')[0]!)),
  );
  return import('./locale-fallbacks.js');
}

describe('date fallbacks', () => {
  it.each(LACKING)('%s: month names alone and in a date are CLDR’s', async (locale) => {
    const { fallbackFor } = await freshFallbacks(LACKING);
    const fallback = fallbackFor(locale)!;
    expect(fallback, locale).toBeDefined();
    expect({ months: fallback.months, monthsInDate: fallback.monthsInDate }).toEqual(icuMonths(locale));
  });

  it('a runtime that has the locale uses its own data: no fallback', async () => {
    const { fallbackFor } = await freshFallbacks([]);
    for (const locale of LACKING) expect(fallbackFor(locale), locale).toBeUndefined();
    vi.restoreAllMocks();
  });

  it('languages every runtime has get no fallback', async () => {
    const { fallbackFor } = await freshFallbacks(LACKING);
    for (const locale of ['en', 'ru', 'de', 'pl'] as const) expect(fallbackFor(locale), locale).toBeUndefined();
    vi.restoreAllMocks();
  });
});
