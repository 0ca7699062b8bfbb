import { isServer } from 'lit';
import { loadEveryBundled } from './bundled.js';

// A server render cannot wait for a chunk: on the server, importing an element loads the bundled
// content first (browsers load it on demand; `isServer` is false there and this is left out).
if (isServer) await loadEveryBundled();

/**
 * Registers a custom element unless its tag is taken. A second copy of the library on the same
 * page (two bundles, two versions) must not throw: the first definition wins and we say so once.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element)
    console.warn(`<${tag}> is already defined by another copy of @eu-belarus/components; this copy is not registered.`);
}
