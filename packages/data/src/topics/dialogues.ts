import { dialogues } from '../content/generated/dialogues.js';
import { lastStatus, selectDialogues, type DialogueFilter } from '../query.js';
import type { Dialogue, DialogueKind, DialogueStatus, StatusEntry } from '../schema/dialogue.js';

export { dialogues };
export { DIALOGUE_KINDS, DIALOGUE_STATUSES } from '../vocabulary.js';
export type { Dialogue, DialogueKind, DialogueStatus, StatusEntry, DialogueFilter };

/** A dialogue's latest status entry: its state now, with the date it refers to. */
export function currentStatus(dialogue: Dialogue): StatusEntry {
  return lastStatus(dialogue);
}

/** Dialogues filtered by kind and current status; an empty or absent list means "any". */
export function dialoguesBy(filter: DialogueFilter = {}, from: readonly Dialogue[] = dialogues): Dialogue[] {
  return selectDialogues(filter, from);
}
