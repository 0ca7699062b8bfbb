/**
 * The content's version and date, as written into every JSON file:
 * - `asOf`: the newest date any statement, status, figure or event of the content holds for;
 * - `contentVersion`: `<asOf>+<hash>`, a hash of the whole content (every topic, every language),
 *   so it changes whenever the content does, and sorts by date.
 * Both are computed by the build (scripts/split-content.mjs); nothing is kept by hand.
 */
export { asOf, contentVersion } from './content/generated/meta.js';
