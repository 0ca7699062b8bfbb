import { dialogues } from '../content/generated/dialogues.js';
import { lastReported, lastStatus, selectDialogues, type DialogueFilter } from '../query.js';
import type { Dialogue, DialogueKind, DialogueStatus, StatusEntry } from '../schema/dialogue.js';

export { dialogues };
export { DIALOGUE_KINDS, DIALOGUE_STATUSES } from '../vocabulary.js';
export type { Dialogue, DialogueKind, DialogueStatus, StatusEntry, DialogueFilter };

export { lastReported };

/**
 * A dialogue's last reported status entry: the status a source last reported, with the date it
 * held (`asOf`), its note and sources. It is what was last known, not a claim about today.
 */
export function currentStatus(dialogue: Dialogue): StatusEntry {
  return lastStatus(dialogue);
}

/** Dialogues filtered by kind and last reported status; an empty or absent list means "any". */
export function dialoguesBy(filter: DialogueFilter = {}, from: readonly Dialogue[] = dialogues): Dialogue[] {
  return selectDialogues(filter, from);
}
