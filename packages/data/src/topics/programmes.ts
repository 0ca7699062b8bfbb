import { programmes } from '../content/generated/programmes.js';
import { selectProgrammes, type ProgrammeFilter } from '../query.js';
import type { Programme, ProgrammeCategory, ProgrammeScope } from '../schema/programme.js';

export { programmes };
export { PROGRAMME_CATEGORIES, PROGRAMME_SCOPES } from '../vocabulary.js';
export type { Programme, ProgrammeCategory, ProgrammeScope, ProgrammeFilter };

/** Programmes filtered by category and scope; an empty or absent list means "any". */
export function programmesBy(filter: ProgrammeFilter = {}, from: readonly Programme[] = programmes): Programme[] {
  return selectProgrammes(filter, from);
}
