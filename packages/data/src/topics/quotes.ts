/**
 * The quotes behind the content: for each citation id an item lists in `quotes`, the exact words
 * of its source. Kept apart from the topics so a page loads them only when a reader asks, e.g.
 * `const { quotesOf } = await import('@eu-belarus/data/quotes')`.
 */
import { quotes } from '../content/generated/quotes.js';
import { citedQuotes } from '../query.js';
import type { Quote, QuoteId, QuoteWording } from '../schema/quote.js';

export { quotes };
export { QUOTE_WORDINGS } from '../vocabulary.js';
export type { Quote, QuoteId, QuoteWording };

/** The quote with this id, or `undefined`. */
export function quoteById(id: QuoteId, from: readonly Quote[] = quotes): Quote | undefined {
  return from.find((q) => q.id === id);
}

/**
 * The quotes an item lists, in its order (none when it lists none).
 * @throws Error naming the id, when an item lists a quote that does not exist.
 */
export function quotesOf(item: { quotes?: readonly QuoteId[] }, from: readonly Quote[] = quotes): Quote[] {
  return citedQuotes(item, from);
}
