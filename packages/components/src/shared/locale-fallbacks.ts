/**
 * Locale data for the languages some browsers' Intl lacks (Chromium ships no Belarusian, Irish
 * or Maltese): month names and date patterns from CLDR, and a proxy locale whose number
 * conventions match (Belarusian writes numbers as Russian does: "9 295 000", "5,7 млрд").
 */
import type { Locale } from './locale.js';

export interface DateFallback {
  /** An Intl locale with the same number conventions; its abbreviations (not its words) are used. */
  numbers: string;
  /** Month names standing alone ("снежань 2014"). */
  months: string[];
  /** Month names inside a full date ("17 снежня 2014 г."). */
  monthsInDate: string[];
  day: (day: number, month: string, year: number) => string;
  month: (month: string, year: number) => string;
}

const IRISH = [
  'Eanáir',
  'Feabhra',
  'Márta',
  'Aibreán',
  'Bealtaine',
  'Meitheamh',
  'Iúil',
  'Lúnasa',
  'Meán Fómhair',
  'Deireadh Fómhair',
  'Samhain',
  'Nollaig',
];
const MALTESE = [
  'Jannar',
  'Frar',
  'Marzu',
  'April',
  'Mejju',
  'Ġunju',
  'Lulju',
  'Awwissu',
  'Settembru',
  'Ottubru',
  'Novembru',
  'Diċembru',
];

const FALLBACKS: Partial<Record<Locale, DateFallback>> = {
  be: {
    numbers: 'ru',
    months: [
      'студзень',
      'люты',
      'сакавік',
      'красавік',
      'май',
      'чэрвень',
      'ліпень',
      'жнівень',
      'верасень',
      'кастрычнік',
      'лістапад',
      'снежань',
    ],
    monthsInDate: [
      'студзеня',
      'лютага',
      'сакавіка',
      'красавіка',
      'мая',
      'чэрвеня',
      'ліпеня',
      'жніўня',
      'верасня',
      'кастрычніка',
      'лістапада',
      'снежня',
    ],
    day: (d, m, y) => `${d} ${m} ${y} г.`,
    month: (m, y) => `${m} ${y} г.`,
  },
  ga: {
    numbers: 'en-IE',
    months: IRISH,
    monthsInDate: IRISH,
    day: (d, m, y) => `${d} ${m} ${y}`,
    month: (m, y) => `${m} ${y}`,
  },
  mt: {
    numbers: 'en-GB',
    months: MALTESE,
    monthsInDate: MALTESE,
    day: (d, m, y) => `${d} ta’ ${m} ${y}`,
    month: (m, y) => `${m} ${y}`,
  },
};

const supported = new Map<string, boolean>();

/** The locale's own Intl data if the browser has it; otherwise our fallback, if we have one. */
export function fallbackFor(locale: Locale): DateFallback | undefined {
  const fallback = FALLBACKS[locale];
  if (!fallback) return undefined;
  let has = supported.get(locale);
  if (has === undefined) supported.set(locale, (has = Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0));
  return has ? undefined : fallback;
}
