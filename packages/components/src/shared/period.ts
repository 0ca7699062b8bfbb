import type { Period } from '@eu-belarus/data';
import { formatDate, formatDateRange } from './format.js';
import type { Locale } from './locale.js';
import { msg, str } from './localize.js';

/** "2014–2020", "17 December 2014 – 16 December 2020", "since 23 January 2006". */
export function formatPeriod(period: Period, locale: Locale): string {
  if (period.end) return formatDateRange(period.start, period.end, locale);
  const start = formatDate(period.start, locale);
  return msg(str`since ${start}`);
}
