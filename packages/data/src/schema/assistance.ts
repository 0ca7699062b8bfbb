import { z } from 'zod';
import { AsOf, Figure, Id, LocalizedText, Period, QuoteRefs, SourceRefs, nonEmpty } from './common.js';

/** A set of priorities, such as the EU's focal sectors for a programming period. */
export const PrioritySet = z.strictObject({
  id: Id,
  title: LocalizedText,
  owner: z.enum(['belarus', 'eu']),
  period: Period,
  /** The date the source stated the priorities. */
  asOf: AsOf,
  priorities: nonEmpty(z.strictObject({ id: Id, title: LocalizedText })),
  sources: SourceRefs,
});
export type PrioritySet = z.infer<typeof PrioritySet>;

/** A sourced statement without a figure, such as "in 2016 the EU doubled bilateral assistance". */
export const Statement = z.strictObject({
  id: Id,
  /** The date the statement holds. */
  asOf: AsOf,
  text: LocalizedText,
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
});
export type Statement = z.infer<typeof Statement>;

/** The EU's assistance to Belarus: its frameworks, funding figures and priorities, each dated. */
export const AssistanceFramework = z.strictObject({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  /** The date the summary holds. */
  asOf: AsOf,
  /** What the assistance is meant to achieve. */
  aims: nonEmpty(LocalizedText),
  statements: nonEmpty(Statement),
  figures: nonEmpty(Figure),
  prioritySets: nonEmpty(PrioritySet),
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
});
export type AssistanceFramework = z.infer<typeof AssistanceFramework>;
