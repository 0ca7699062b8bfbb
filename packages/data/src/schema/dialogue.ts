import { z } from 'zod';
import { DIALOGUE_KINDS, DIALOGUE_STATUSES } from '../vocabulary.js';

export { DIALOGUE_KINDS, DIALOGUE_STATUSES };
import { Id, LocalizedText, PartialDate, SourceRefs } from './common.js';

export const DialogueKind = z.enum(DIALOGUE_KINDS);
export type DialogueKind = z.infer<typeof DialogueKind>;

export const DialogueStatus = z.enum(DIALOGUE_STATUSES);
export type DialogueStatus = z.infer<typeof DialogueStatus>;

/** A status and the date it refers to, with the source that states it. */
export const StatusEntry = z.strictObject({
  status: DialogueStatus,
  date: PartialDate,
  note: LocalizedText.optional(),
  sources: SourceRefs,
});
export type StatusEntry = z.infer<typeof StatusEntry>;

/** A dialogue, or a negotiation towards an agreement, with its status history (oldest first). */
export const Dialogue = z.strictObject({
  id: Id,
  kind: DialogueKind,
  title: LocalizedText,
  summary: LocalizedText,
  history: z
    .array(StatusEntry)
    .min(1)
    .superRefine((history, ctx) => {
      history.forEach((e, i) => {
        if (i > 0 && history[i - 1]!.date > e.date)
          ctx.addIssue({ code: 'custom', message: 'status history must be in date order', path: [i, 'date'] });
      });
    }),
  sources: SourceRefs,
});
export type Dialogue = z.infer<typeof Dialogue>;
