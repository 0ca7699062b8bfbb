import { z } from 'zod';
import { TIMELINE_CATEGORIES } from '../vocabulary.js';

export { TIMELINE_CATEGORIES };
import {
  DatePrecision,
  Id,
  LocalizedText,
  PartialDate,
  QuoteRefs,
  SourceRefs,
  precisionOf,
  nonEmpty,
} from './common.js';

export const TimelineCategory = z.enum(TIMELINE_CATEGORIES);
export type TimelineCategory = z.infer<typeof TimelineCategory>;

/**
 * Where a derived event comes from: the item of another topic (e.g. a listing round of
 * `restrictive-measures`) that the event is made from, so the timeline never restates it by hand.
 */
export const DerivedFrom = z.strictObject({ topic: z.string().regex(/^[a-z-]+$/), id: Id });
export type DerivedFrom = z.infer<typeof DerivedFrom>;

/** A dated event; `precision` says whether the source gives the year, the month or the day. */
export const TimelineEvent = z
  .strictObject({
    id: Id,
    date: PartialDate,
    precision: DatePrecision,
    category: TimelineCategory,
    title: LocalizedText,
    summary: LocalizedText.optional(),
    sources: SourceRefs,
    quotes: QuoteRefs.optional(),
    /** Set on events made from another topic's items; absent on events authored in the timeline. */
    derivedFrom: DerivedFrom.optional(),
  })
  .refine((e) => precisionOf(e.date) === e.precision, {
    message: 'precision must match the form of the date',
    path: ['precision'],
  });
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Timeline = nonEmpty(TimelineEvent).superRefine((events, ctx) => {
  events.forEach((e, i) => {
    if (i > 0 && events[i - 1]!.date > e.date)
      ctx.addIssue({
        code: 'custom',
        message: `must not be before the previous event (${events[i - 1]!.date})`,
        path: [i, 'date'],
      });
  });
});
export type Timeline = z.infer<typeof Timeline>;
