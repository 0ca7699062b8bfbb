/**
 * The render code of `<eu-trade-summary>` that loads with its content (bundled.ts's `RenderCode`): what only
 * its renders of data use. Empty until the element's render moves here.
 */
export {};
