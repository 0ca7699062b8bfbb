import { z } from 'zod';
import { POLICY_TIMEFRAMES } from '../vocabulary.js';
import { AsOf, Id, LocalizedText, QuoteRefs, SourceRefs, nonEmpty } from './common.js';

export { POLICY_TIMEFRAMES };
export const PolicyTimeframe = z.enum(POLICY_TIMEFRAMES);
export type PolicyTimeframe = z.infer<typeof PolicyTimeframe>;

/** One part of the EU's policy line towards Belarus, as its sources stated it on `asOf`. */
export const PolicyPoint = z.strictObject({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  /** What the EU asks of Belarus or commits to, point by point. */
  points: z.array(LocalizedText).optional(),
  /** `current`: the last reported line; `historical`: a past line, written as dated history. */
  timeframe: PolicyTimeframe,
  /** The date the section's text holds. */
  asOf: AsOf,
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
});
export type PolicyPoint = z.infer<typeof PolicyPoint>;

/** The EU's policy towards Belarus: the current line first, then the history, each dated. */
export const Overview = z.strictObject({
  id: Id,
  title: LocalizedText,
  summary: LocalizedText,
  /** The date the summary holds. */
  asOf: AsOf,
  sections: nonEmpty(PolicyPoint),
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
});
export type Overview = z.infer<typeof Overview>;
