import { programmes } from '../content/generated/programmes.js';
import { lastReported, selectProgrammes, type ProgrammeFilter } from '../query.js';
import type {
  Programme,
  ProgrammeCategory,
  ProgrammeScope,
  ProgrammeStatus,
  ProgrammeStatusEntry,
} from '../schema/programme.js';

export { programmes };
export { PROGRAMME_CATEGORIES, PROGRAMME_SCOPES, PROGRAMME_STATUSES, FIGURE_COVERAGES } from '../vocabulary.js';
export type { Programme, ProgrammeCategory, ProgrammeScope, ProgrammeStatus, ProgrammeStatusEntry, ProgrammeFilter };

/**
 * A programme's last reported status for Belarus (`open`, `ended`, `suspended`,
 * `not-participating`, `unknown`), with the date it held (`asOf`), a note and sources. It is what
 * a source last reported, not a claim about today; `unknown` means no later source was found.
 */
export function programmeStatus(programme: Programme): ProgrammeStatusEntry {
  return lastReported(programme);
}

/** Programmes filtered by category, scope and last reported status; an empty or absent list means "any". */
export function programmesBy(filter: ProgrammeFilter = {}, from: readonly Programme[] = programmes): Programme[] {
  return selectProgrammes(filter, from);
}
