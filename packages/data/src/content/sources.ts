import type { Source } from '../schema/source.js';
import { sourcesAgreementsProgrammes } from './sources/agreements-programmes.js';
import { restrictiveMeasuresSources } from './restrictive-measures.js';
import { sourcesBefore2020 } from './sources/before-2020.js';
import { sourcesRelations } from './sources/relations.js';

/** Every source the content cites, each saying what it is and what its dates are. */
export const sources: Source[] = [
  ...sourcesBefore2020,
  ...sourcesAgreementsProgrammes,
  ...sourcesRelations,
  ...restrictiveMeasuresSources,
];
