/**
 * The render code of `<eu-fact>` that loads with its content (bundled.ts's `RenderCode`): what only
 * its renders of data use. Empty until the element's render moves here.
 */
export {};
