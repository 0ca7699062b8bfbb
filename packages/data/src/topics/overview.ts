export { overview } from '../content/generated/overview.js';
export type { Overview, PolicyPoint } from '../schema/overview.js';
