import { z } from 'zod';

export { PROGRAMME_CATEGORIES, PROGRAMME_SCOPES, PROGRAMME_STATUSES };
import { PROGRAMME_CATEGORIES, PROGRAMME_SCOPES, PROGRAMME_STATUSES } from '../vocabulary.js';
import { AsOf, Figure, HttpsUrl, Id, LocalizedText, Period, QuoteRefs, SourceRefs, nonEmpty } from './common.js';
import { inDateOrder } from './order.js';

export const ProgrammeCategory = z.enum(PROGRAMME_CATEGORIES);
export type ProgrammeCategory = z.infer<typeof ProgrammeCategory>;

export const ProgrammeScope = z.enum(PROGRAMME_SCOPES);
export type ProgrammeScope = z.infer<typeof ProgrammeScope>;

export const ProgrammeStatus = z.enum(PROGRAMME_STATUSES);
export type ProgrammeStatus = z.infer<typeof ProgrammeStatus>;

/** The programme's status for Belarus as a source reported it, and the date it held. */
export const ProgrammeStatusEntry = z.strictObject({
  status: ProgrammeStatus,
  asOf: AsOf,
  note: LocalizedText.optional(),
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
});
export type ProgrammeStatusEntry = z.infer<typeof ProgrammeStatusEntry>;

const coverageRank = { belarus: 0, programme: 1, 'eu-wide': 2 } as const;

/** An EU programme, instrument or group of projects Belarus took part in or was open to. */
export const Programme = z.strictObject({
  id: Id,
  name: LocalizedText,
  acronym: z.string().trim().min(1).optional(),
  category: ProgrammeCategory,
  scope: ProgrammeScope,
  period: Period.optional(),
  summary: LocalizedText,
  /** The date the summary holds. */
  asOf: AsOf,
  /** Belarus' status in the programme, oldest first; the last entry is the last reported one. */
  history: nonEmpty(ProgrammeStatusEntry).superRefine(inDateOrder),
  /** Fields the programme works in, where the source lists them. */
  fields: z.array(LocalizedText).optional(),
  /** Who runs or manages it, as the source names them. */
  managedBy: z.array(z.string().trim().min(1)).optional(),
  /** Belarus-specific figures first, then programme-wide, then EU-wide ones; each says which. */
  figures: z.array(Figure.required({ coverage: true })).superRefine((figures, ctx) => {
    figures.forEach((f, i) => {
      if (i > 0 && coverageRank[figures[i - 1]!.coverage] > coverageRank[f.coverage])
        ctx.addIssue({
          code: 'custom',
          message: 'Belarus-specific figures come first, then programme-wide, then EU-wide',
          path: [i, 'coverage'],
        });
    });
  }),
  url: HttpsUrl.optional(),
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
});
export type Programme = z.infer<typeof Programme>;
