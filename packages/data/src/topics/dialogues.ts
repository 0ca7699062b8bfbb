import { dialogues } from '../content/generated/dialogues.js';
import type { Dialogue, DialogueKind, DialogueStatus, StatusEntry } from '../schema/dialogue.js';

export { dialogues };
export { DIALOGUE_KINDS, DIALOGUE_STATUSES } from '../vocabulary.js';
export type { Dialogue, DialogueKind, DialogueStatus, StatusEntry };

/** A dialogue's latest status entry: its state now, with the date it refers to. */
export function currentStatus(dialogue: Dialogue): StatusEntry {
  return dialogue.history[dialogue.history.length - 1]!;
}

/** Dialogues filtered by kind and current status; an empty or absent list means "any". */
export function dialoguesBy(
  filter: { kind?: readonly DialogueKind[]; status?: readonly DialogueStatus[] } = {},
  from: readonly Dialogue[] = dialogues,
): Dialogue[] {
  return from.filter(
    (d) =>
      (!filter.kind?.length || filter.kind.includes(d.kind)) &&
      (!filter.status?.length || filter.status.includes(currentStatus(d).status)),
  );
}
