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
