export { assistance } from '../content/generated/assistance.js';
export type { AssistanceFramework, PrioritySet, Statement } from '../schema/assistance.js';
