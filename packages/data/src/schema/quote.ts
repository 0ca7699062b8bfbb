import { z } from 'zod';
import { QUOTE_WORDINGS } from '../vocabulary.js';
import { Id, NonEmptyText, nonEmpty } from './common.js';

export { QUOTE_WORDINGS };
export const QuoteWording = z.enum(QUOTE_WORDINGS);
export type QuoteWording = z.infer<typeof QuoteWording>;

/**
 * A short excerpt of one source that holds an item's words or figure: the citation a reader can
 * check. Its `id` is what items list in `quotes`. Fragments of one passage are joined with " … ".
 */
export const Quote = z
  .strictObject({
    id: Id,
    /** The source the words are from. */
    source: Id,
    /** The words, exactly as the source has them, in its language. */
    text: NonEmptyText,
    /** The language of `text` (ISO 639-1). */
    lang: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code'),
    /** An English translation, for a text in another language (the fact sheet's translation). */
    translation: NonEmptyText.optional(),
    wording: QuoteWording,
  })
  .refine((q) => q.lang === 'en' || q.translation !== undefined, {
    message: 'a quote in another language than English needs an English translation',
    path: ['translation'],
  });
export type Quote = z.infer<typeof Quote>;
export type QuoteId = Quote['id'];

export const Quotes = nonEmpty(Quote);
