import { z } from 'zod';
import { DIALOGUE_KINDS, DIALOGUE_STATUSES } from '../vocabulary.js';

export { DIALOGUE_KINDS, DIALOGUE_STATUSES };
import { AsOf, Id, LocalizedText, QuoteRefs, SourceRefs, nonEmpty } from './common.js';
import { inDateOrder } from './order.js';

export const DialogueKind = z.enum(DIALOGUE_KINDS);
export type DialogueKind = z.infer<typeof DialogueKind>;

export const DialogueStatus = z.enum(DIALOGUE_STATUSES);
export type DialogueStatus = z.infer<typeof DialogueStatus>;

/** A status as a source reported it, the date it held (`asOf`), and the source that says so. */
export const StatusEntry = z.strictObject({
  status: DialogueStatus,
  asOf: AsOf,
  note: LocalizedText.optional(),
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
});
export type StatusEntry = z.infer<typeof StatusEntry>;

/**
 * A dialogue, or a negotiation towards an agreement, with its status history (oldest first). The
 * last entry is the last reported status, not necessarily the status today: see its `asOf`.
 */
export const Dialogue = z.strictObject({
  id: Id,
  kind: DialogueKind,
  title: LocalizedText,
  summary: LocalizedText,
  /** The date the summary holds. */
  asOf: AsOf,
  history: nonEmpty(StatusEntry).superRefine(inDateOrder),
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
});
export type Dialogue = z.infer<typeof Dialogue>;
