import { z } from 'zod';

import { LOCALES } from '../locales.js';
import { FIGURE_COVERAGES } from '../vocabulary.js';
import { DATE_PRECISIONS, precisionOf } from '../precision.js';

export { LOCALES };
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** Text that a reader sees: never empty, never only whitespace. */
export const NonEmptyText = z.string().trim().min(1, 'must not be empty');

/**
 * A list with at least one entry. A refinement rather than `.min(1)`, which zod 4 also runs on
 * non-arrays and which then throws on an odd `length` (e.g. one without a prototype); the JSON
 * Schema keeps `minItems`.
 */
export function nonEmpty<T extends z.ZodType>(item: T, message = 'must have at least one entry') {
  return z
    .array(item)
    .refine((list) => list.length > 0, { message })
    .meta({ minItems: 1 });
}

/** A stable identifier: lowercase words joined by hyphens, e.g. `erasmus-plus`. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

/** English is required; other locales are optional and fall back to English explicitly (see `text()`). */
export const LocalizedText = z.strictObject({
  en: NonEmptyText,
  ...Object.fromEntries(LOCALES.filter((l) => l !== 'en').map((l) => [l, NonEmptyText.optional()])),
} as { en: typeof NonEmptyText } & Record<Exclude<Locale, 'en'>, z.ZodOptional<typeof NonEmptyText>>);
export type LocalizedText = z.infer<typeof LocalizedText>;

function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An ISO 8601 calendar date at the precision the source gives: `2016`, `2016-02` or `2016-02-15`. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'must be a real calendar date');
export type PartialDate = z.infer<typeof PartialDate>;

/** A full ISO 8601 day, `YYYY-MM-DD`. */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date: YYYY-MM-DD')
  .refine(isRealDate, 'must be a real calendar date');

export const DatePrecision = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecision>;
export { precisionOf };

/** A period, each end at its own precision; an open end is left out. */
export const Period = z
  .strictObject({ start: PartialDate, end: PartialDate.optional() })
  .refine((p) => p.end === undefined || p.start <= p.end, { message: 'start must not be after end', path: ['end'] });
export type Period = z.infer<typeof Period>;

export const HttpsUrl = z.url({ protocol: /^https$/, error: 'must be an https URL' });

export const SourceRefs = nonEmpty(Id, 'every item cites at least one source');

/**
 * The date a statement, status or figure held, as its source gives it and at the source's
 * precision (`2016`, `2016-09`, `2016-09-15`). It is not the date the project read the source.
 */
export const AsOf = PartialDate;

/**
 * Ids of the quotes (`@eu-belarus/data/quotes`) that hold an item's words or figures: each is an
 * exact excerpt of one of the sources the item cites. Kept apart from the item so the quotes load
 * only when a reader asks for them.
 */
export const QuoteRefs = nonEmpty(Id, 'list at least one quote, or leave the field out');

/** How a figure is qualified in its source ("nearly EUR 53 million", "up to EUR 3 billion"); absent means exact. */
export const Qualifier = z.enum(['nearly', 'over', 'about', 'almost', 'up-to']);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * A sum of money as the source states it: `value` in `scale` units, so that "EUR 91.5 million"
 * stays 91.5 (million) and keeps its stated precision.
 */
export const Money = z.strictObject({
  kind: z.literal('money'),
  currency: z.literal('EUR'),
  value: z.number().positive().finite(),
  scale: z.enum(['one', 'thousand', 'million', 'billion']),
  /** Decimal places the source states, where a number alone would lose them (5.0 is 5 in JSON). */
  decimals: z.number().int().min(0).max(6).optional(),
  qualifier: Qualifier.optional(),
});
export type Money = z.infer<typeof Money>;

/** A count of people, projects and the like. */
export const Count = z.strictObject({
  kind: z.literal('count'),
  value: z.number().int().nonnegative(),
  qualifier: Qualifier.optional(),
});
export type Count = z.infer<typeof Count>;

/** A share stated in words by the source ("almost half"), never turned into a number. */
export const Share = z.strictObject({
  kind: z.literal('share'),
  text: LocalizedText,
});

/** A percentage stated by the source. */
export const Percent = z.strictObject({
  kind: z.literal('percent'),
  value: z.number().min(0).max(100),
  qualifier: Qualifier.optional(),
});

export const Quantity = z.discriminatedUnion('kind', [Money, Count, Percent]);
export type Quantity = z.infer<typeof Quantity>;

export const FigureCoverage = z.enum(FIGURE_COVERAGES);
export type FigureCoverage = z.infer<typeof FigureCoverage>;

/**
 * One sourced figure: a self-contained label (it names what and when, as `<eu-fact>` shows it
 * alone), a quantity, the date it held and the quotes that state it.
 */
export const Figure = z.strictObject({
  id: Id,
  label: LocalizedText,
  quantity: Quantity,
  /** Upper bound of a range ("grants of EUR 100,000 to 1.5 million"). */
  upTo: Quantity.optional(),
  /** What the figure covers; programme figures say it, Belarus-specific ones first. */
  coverage: FigureCoverage.optional(),
  asOf: AsOf,
  sources: SourceRefs,
  /** Every figure has a quote of a cited source that holds its number. */
  quotes: nonEmpty(Id, 'every figure needs a quote of its source that holds the number'),
});
export type Figure = z.infer<typeof Figure>;
