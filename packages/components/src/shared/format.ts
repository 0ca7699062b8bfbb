/**
 * Numbers, money, dates and lists in the element's locale, through `Intl`. Formatters are costly
 * to build, so each is made once per locale and options, and shared by every element. Import every
 * formatter from here: the making and dates are in format-intl.ts, what only some elements write in
 * format-figures.ts.
 */
import type { Locale } from './locale.js';
import { cached, dateFormat, intlLocale, numberFormat, PLAIN } from './format-intl.js';

export { forgetFormatted, formatDate, numberFormat, useFallbacks } from './format-intl.js';
// Only re-exported: an element that imports none of these does not load the module (rollup.config.mjs).
export {
  formatAmountOnly,
  formatCount,
  formatDateRange,
  formatList,
  formatMoney,
  formatNumericDate,
  formatPercent,
  moneyUnitLabel,
  moneyValue,
} from './format-figures.js';

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
 * Readies `Intl` before the first render. A page's first formatter costs about 45 ms of CPU
 * (Chromium's Intl reads its lists of locales and the likely-subtags data), a long task at CPU ×4
 * inside the render that needs it. Made ahead, one piece per task of its own: the likely subtags
 * (what a number format paid on top of a collator, measured: benchmark README, issue 19, session 13),
 * a collator, a number format, a date format. Once per page.
 */
export function warmUp(locale: Locale): void {
  if (warming) return;
  warming = true;
  const steps = [
    () => new Intl.Locale(intlLocale(locale)).maximize(),
    () => collator(locale),
    () => numberFormat(locale),
    () => dateFormat('day', locale),
  ];
  const next = (): void => {
    steps.shift()?.();
    if (steps.length) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
