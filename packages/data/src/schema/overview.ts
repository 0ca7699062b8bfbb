import { z } from 'zod';
import { Id, LocalizedText, PartialDate, SourceRefs } from './common.js';

/** One part of the EU's policy line towards Belarus. */
export const PolicyPoint = z.strictObject({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  /** What the EU asks of Belarus or commits to, point by point. */
  points: z.array(LocalizedText).optional(),
  date: PartialDate.optional(),
  sources: SourceRefs,
});
export type PolicyPoint = z.infer<typeof PolicyPoint>;

export const Overview = z.strictObject({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  sections: z.array(PolicyPoint).min(1),
  sources: SourceRefs,
});
export type Overview = z.infer<typeof Overview>;
