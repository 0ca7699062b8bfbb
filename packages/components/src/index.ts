/**
 * @eu-belarus/components: importing this module defines every element.
 * Import `@eu-belarus/components/<element>.js` instead to define just one.
 */
export { EuElement } from './shared/eu-element.js';
export type { EuDataErrorDetail, EuDataErrorReason, EuDataLoadDetail } from './shared/events.js';
export { EuProgrammeList, type EuProgrammeSelectDetail } from './programme-list/programme-list.js';
export { EuTradeSummary } from './trade-summary/trade-summary.js';
export { EuDialogueList } from './dialogue-list/dialogue-list.js';
export { EuRelationsTimeline } from './relations-timeline/relations-timeline.js';
export { EuAssistanceSummary } from './assistance-summary/assistance-summary.js';
export { EuRelationsOverview } from './relations-overview/relations-overview.js';
export { EuRestrictiveMeasures } from './restrictive-measures/restrictive-measures.js';
export { EuFact } from './fact/fact.js';
