/**
 * The vocabulary and the pure helpers, with no dataset and no zod: for code that loads the
 * datasets lazily (`import('@eu-belarus/data/programmes')`) and must not bundle them up front,
 * as the components' embed does. Each helper takes the data as an argument. Facts are derived
 * with `@eu-belarus/data/derive-facts` (`deriveFacts(data)`), kept apart for its size.
 */
export * from './vocabulary.js';
export {
  lastReported,
  lastStatus,
  selectDialogues,
  selectEvents,
  selectProgrammes,
  balanceOf,
  citedSources,
} from './query.js';
export type { Balance, DialogueFilter, EventFilter, ProgrammeFilter } from './query.js';
export { inPeriod, latestStated, listingTotals, LISTING_SERIES } from './listing-totals.js';
export type { ListingSeries, OtherTotal, TotalOrigin, TotalsPoint, TotalValue } from './listing-totals.js';
export { factTopic, FACT_TOPICS, type FactTopic } from './fact-topic.js';
export type { Fact, FactSources } from './derive-facts.js';
