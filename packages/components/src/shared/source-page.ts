import { sourceById } from './bundled.js';
import { safeHref } from './links.js';

/**
 * The page a topic's content comes from: the first source with a link that the bundled data
 * cites (depth first, so the topic's own sources before its items'). An error state links to it,
 * so a reader can still read the original when the element cannot show the data.
 */
export function topicSourcePage(data: unknown): { href: string; publisher: string } | undefined {
  const seen = new Set<unknown>();
  const visit = (value: unknown): { href: string; publisher: string } | undefined => {
    if (!value || typeof value !== 'object' || seen.has(value)) return undefined;
    seen.add(value);
    const sources = (value as { sources?: unknown }).sources;
    if (Array.isArray(sources))
      for (const id of sources) {
        const source = typeof id === 'string' ? sourceById(id) : undefined;
        const href = safeHref(source?.url);
        if (source && href) return { href, publisher: source.publisher };
      }
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      const found = visit(child);
      if (found) return found;
    }
    return undefined;
  };
  return visit(data);
}
