import { z } from 'zod';

export { PROGRAMME_CATEGORIES, PROGRAMME_SCOPES };
import { PROGRAMME_CATEGORIES, PROGRAMME_SCOPES } from '../vocabulary.js';
import { Figure, HttpsUrl, Id, LocalizedText, Period, SourceRefs } from './common.js';

export const ProgrammeCategory = z.enum(PROGRAMME_CATEGORIES);
export type ProgrammeCategory = z.infer<typeof ProgrammeCategory>;

export const ProgrammeScope = z.enum(PROGRAMME_SCOPES);
export type ProgrammeScope = z.infer<typeof ProgrammeScope>;

/** An EU programme, instrument or group of projects open to Belarus. */
export const Programme = z.strictObject({
  id: Id,
  name: LocalizedText,
  acronym: z.string().trim().min(1).optional(),
  category: ProgrammeCategory,
  scope: ProgrammeScope,
  period: Period.optional(),
  summary: LocalizedText,
  /** Fields the programme works in, where the source lists them. */
  fields: z.array(LocalizedText).optional(),
  /** Who runs or manages it, as the source names them. */
  managedBy: z.array(z.string().trim().min(1)).optional(),
  figures: z.array(Figure),
  url: HttpsUrl.optional(),
  sources: SourceRefs,
});
export type Programme = z.infer<typeof Programme>;
