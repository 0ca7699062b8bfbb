import { programmes } from '../content/generated/programmes.js';
import type { Programme, ProgrammeCategory, ProgrammeScope } from '../schema/programme.js';

export { programmes };
export { PROGRAMME_CATEGORIES, PROGRAMME_SCOPES } from '../vocabulary.js';
export type { Programme, ProgrammeCategory, ProgrammeScope };

/** Programmes filtered by category and scope; an empty or absent list means "any". */
export function programmesBy(
  filter: { category?: readonly ProgrammeCategory[]; scope?: readonly ProgrammeScope[] } = {},
  from: readonly Programme[] = programmes,
): Programme[] {
  return from.filter(
    (p) =>
      (!filter.category?.length || filter.category.includes(p.category)) &&
      (!filter.scope?.length || filter.scope.includes(p.scope)),
  );
}
