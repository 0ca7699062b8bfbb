import { z } from 'zod';
import { SOURCE_KINDS } from '../vocabulary.js';
import { HttpsUrl, Id, IsoDay, NonEmptyText, PartialDate, nonEmpty } from './common.js';

export { SOURCE_KINDS };
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

/**
 * Where a fact comes from: what the source is, who published it, and what its dates are. Each date
 * is one the source gives (or, for `retrieved`, the day it was read); none is inferred.
 */
export const Source = z
  .strictObject({
    id: Id,
    /** The page's own title; or, with `descriptiveTitle`, a description written by this project. */
    title: NonEmptyText,
    /** True when the title is ours, because the source's own title is not known. */
    descriptiveTitle: z.literal(true).optional(),
    /** Who published the page (for a report, the outlet). */
    publisher: NonEmptyText,
    kind: SourceKind,
    /** A report: the outlet or agency that reported it, when it is not the publisher alone. */
    reportedBy: NonEmptyText.optional(),
    /** A republication: whose text it reproduces; a report: whom it quotes or cites. */
    quoting: NonEmptyText.optional(),
    /** The page, where one exists (for EU legal acts, EUR-Lex). */
    url: HttpsUrl.optional(),
    /** The publication date the source gives. */
    published: PartialDate.optional(),
    /** The date the source says it was last updated. */
    updated: PartialDate.optional(),
    /** The day the page was read for this content. */
    retrieved: IsoDay.optional(),
    /** Caveats a reader should see with the source (shown with it). */
    note: NonEmptyText.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.published === undefined && s.updated === undefined && s.retrieved === undefined && s.note === undefined)
      ctx.addIssue({
        code: 'custom',
        message: 'a source needs a published, updated or retrieved date, or a note saying why it has none',
        path: ['published'],
      });
    if (s.kind !== 'primary' && !s.quoting)
      ctx.addIssue({ code: 'custom', message: `a ${s.kind} says whom it quotes or reproduces`, path: ['quoting'] });
    if (s.kind === 'primary' && (s.quoting || s.reportedBy))
      ctx.addIssue({
        code: 'custom',
        message: 'a primary source quotes no one; use kind "report" or "republication"',
        path: ['kind'],
      });
  });
export type Source = z.infer<typeof Source>;
export type SourceId = Source['id'];

export const Sources = nonEmpty(Source);
