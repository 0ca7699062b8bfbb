/**
 * The cross-checks of citations and quotes: every quote an item lists exists and is from a source
 * the item cites, every quote is used, and every number of an item is in one of its quotes.
 */
import { mentions } from './numbers.js';
import type { Quote } from './schema/quote.js';

type Item = Record<string, unknown> & { sources: string[]; quotes?: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is { en: string } => isObject(v) && typeof v['en'] === 'string';
const isQuantity = (v: unknown): v is { value: number } =>
  isObject(v) && typeof v['value'] === 'number' && ['money', 'count', 'percent'].includes(v['kind'] as string);

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/**
 * Numbers in English text that are not figures: years, days of a month, ordinals, and the numbers
 * of legal acts and decisions ("2006/62/EC", "C(2015) 9138", "Regulation (EU) 2021/1030").
 */
const NOT_FIGURES = new RegExp(
  [
    `\\b\\d{1,2}(?:(?:[–-]| and )\\d{1,2})? (?:${MONTHS})\\b`,
    `\\b(?:${MONTHS}) \\d{1,2}\\b`,
    '\\b\\d+(?:st|nd|rd|th)\\b',
    '\\b[A-Z]*\\(\\d{4}\\) ?\\d+\\b',
    '\\b\\d+(?:/\\d+)+(?:/[A-Z]+)?\\b',
    '\\b(?:19|20)\\d{2}\\b',
  ].join('|'),
  'g',
);

/** The numbers an item states: its quantities, and figures written in its own English texts. */
function statedNumbers(item: Item): { value: number; where: string }[] {
  const found: { value: number; where: string }[] = [];
  for (const [key, value] of Object.entries(item)) {
    if (isQuantity(value)) found.push({ value: value.value, where: key });
    else if (isText(value))
      // A number glued to letters is part of a name ("EU4Belarus"), not a figure.
      for (const m of value.en.replace(NOT_FIGURES, ' ').matchAll(/(?<![\p{L}\d])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu))
        found.push({ value: Number(m[0].replace(/,(?=\d{3}\b)/g, '').replace(',', '.')), where: `${key}.en` });
  }
  return found;
}

/** Checks one citable item (an object with `sources`) at `path`; returns problems as `path: message`. */
export function checkItemQuotes(item: Item, path: string, quotesById: Map<string, Quote>, used: Set<string>): string[] {
  const errors: string[] = [];
  const quotes: Quote[] = [];
  (item.quotes ?? []).forEach((id, i) => {
    const quote = quotesById.get(id);
    if (!quote) return errors.push(`${path}.quotes[${i}]: cites unknown quote "${id}"`);
    used.add(id);
    if (!item.sources.includes(quote.source))
      errors.push(`${path}.quotes[${i}]: quote "${id}" is from "${quote.source}", which the item does not cite`);
    quotes.push(quote);
  });
  for (const { value, where } of statedNumbers(item))
    if (!quotes.some((q) => mentions(q.text, value)))
      errors.push(
        `${path}.${where}: ${value} is in none of the item's quotes${quotes.length ? ` (${quotes.map((q) => q.id).join(', ')})` : ''}`,
      );
  return errors;
}

/** Quote ids unique, and every quote cited by some item. */
export function checkQuoteList(quotes: readonly Quote[], used: Set<string>): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  quotes.forEach((q, i) => {
    if (seen.has(q.id)) errors.push(`quotes[${i}].id: duplicate id "${q.id}"`);
    seen.add(q.id);
    if (!used.has(q.id)) errors.push(`quotes[${i}].id: quote "${q.id}" is cited by no item`);
  });
  return errors;
}
