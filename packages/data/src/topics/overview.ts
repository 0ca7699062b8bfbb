export { overview } from '../content/generated/overview.js';
export type { Overview, PolicyPoint, PolicyTimeframe } from '../schema/overview.js';
export { POLICY_TIMEFRAMES } from '../vocabulary.js';
