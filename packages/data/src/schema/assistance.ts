import { z } from 'zod';
import { Figure, Id, LocalizedText, PartialDate, Period, SourceRefs } from './common.js';

/** A set of priorities, such as the EU's focal sectors for a programming period. */
export const PrioritySet = z.strictObject({
  id: Id,
  title: LocalizedText,
  owner: z.enum(['belarus', 'eu']),
  period: Period,
  priorities: z.array(z.strictObject({ id: Id, title: LocalizedText })).min(1),
  sources: SourceRefs,
});
export type PrioritySet = z.infer<typeof PrioritySet>;

/** A sourced statement without a figure, such as "in 2016 the EU doubled bilateral assistance". */
export const Statement = z.strictObject({
  id: Id,
  date: PartialDate.optional(),
  text: LocalizedText,
  sources: SourceRefs,
});
export type Statement = z.infer<typeof Statement>;

/** The EU's assistance to Belarus: its frameworks, funding figures and priorities. */
export const AssistanceFramework = z.strictObject({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  /** What the assistance is meant to achieve. */
  aims: z.array(LocalizedText).min(1),
  statements: z.array(Statement).min(1),
  figures: z.array(Figure).min(1),
  prioritySets: z.array(PrioritySet).min(1),
  sources: SourceRefs,
});
export type AssistanceFramework = z.infer<typeof AssistanceFramework>;
