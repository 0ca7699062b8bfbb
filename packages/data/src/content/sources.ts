import type { Source } from '../schema/source.js';
import { sourcesAgreementsProgrammes } from './sources/agreements-programmes.js';
import { restrictiveMeasuresSources } from './restrictive-measures.js';
import { sourcesBefore2020 } from './sources/before-2020.js';
import { sourcesAssistanceTradeMigration } from './sources/assistance-trade-migration.js';
import { sourcesRelations } from './sources/relations.js';
import { sourcesRelations2022To2026 } from './sources/relations-2022-2026.js';

/** Every source the content cites, each saying what it is and what its dates are. */
export const sources: Source[] = [
  ...sourcesBefore2020,
  ...sourcesAgreementsProgrammes,
  ...sourcesRelations,
  ...restrictiveMeasuresSources,
  ...sourcesRelations2022To2026,
  ...sourcesAssistanceTradeMigration,
];
