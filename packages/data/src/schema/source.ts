import { z } from 'zod';
import { HttpsUrl, Id, IsoDay, NonEmptyText, PartialDate } from './common.js';

/** Where a fact comes from. A source has a date it was published or read, or both. */
export const Source = z
  .strictObject({
    id: Id,
    title: NonEmptyText,
    publisher: NonEmptyText,
    url: HttpsUrl.optional(),
    published: PartialDate.optional(),
    retrieved: IsoDay.optional(),
    note: NonEmptyText.optional(),
  })
  .refine((s) => s.published !== undefined || s.retrieved !== undefined || s.note !== undefined, {
    message: 'a source needs a published or retrieved date, or a note saying why it has none',
    path: ['published'],
  });
export type Source = z.infer<typeof Source>;
export type SourceId = Source['id'];

export const Sources = z.array(Source).min(1);
