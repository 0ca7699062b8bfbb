import { z } from 'zod';
import { TIMELINE_CATEGORIES } from '../vocabulary.js';

export { TIMELINE_CATEGORIES };
import { DatePrecision, Id, LocalizedText, PartialDate, SourceRefs, precisionOf } from './common.js';

export const TimelineCategory = z.enum(TIMELINE_CATEGORIES);
export type TimelineCategory = z.infer<typeof TimelineCategory>;

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
  })
  .refine((e) => precisionOf(e.date) === e.precision, {
    message: 'precision must match the form of the date',
    path: ['precision'],
  });
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Timeline = z
  .array(TimelineEvent)
  .min(1)
  .superRefine((events, ctx) => {
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
