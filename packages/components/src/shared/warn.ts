const warned = new WeakMap<Element, Set<string>>();

/** Warns once per element and attribute, naming both, so a typo is visible without flooding the console. */
export function warnOnce(element: Element, attribute: string, message: string): void {
  const seen = warned.get(element) ?? new Set<string>();
  if (seen.has(attribute)) return;
  seen.add(attribute);
  warned.set(element, seen);
  // A 100 KB attribute value is quoted by its ends, not in full.
  const text = message.length > 400 ? `${message.slice(0, 200)}…${message.slice(-120)}` : message;
  console.warn(`<${element.localName}> ${attribute}: ${text}`);
}
