const warned = new WeakMap<Element, Set<string>>();

/** Warns once per element and attribute, naming both, so a typo is visible without flooding the console. */
export function warnOnce(element: Element, attribute: string, message: string): void {
  const seen = warned.get(element) ?? new Set<string>();
  if (seen.has(attribute)) return;
  seen.add(attribute);
  warned.set(element, seen);
  console.warn(`<${element.localName}> ${attribute}: ${message}`);
}
