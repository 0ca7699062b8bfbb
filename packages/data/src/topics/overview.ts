export { overview } from '../content/overview.js';
export type { Overview, PolicyPoint } from '../schema/overview.js';
