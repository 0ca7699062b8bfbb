export { assistance } from '../content/assistance.js';
export type { AssistanceFramework, PrioritySet, Statement } from '../schema/assistance.js';
