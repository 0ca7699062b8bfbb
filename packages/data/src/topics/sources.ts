import { sources } from '../content/generated/sources.js';
import { citedSources } from '../query.js';
import type { Source, SourceId } from '../schema/source.js';

export { sources };
export type { Source, SourceId };

/** The source with this id, or `undefined`. */
export function sourceById(id: SourceId, from: readonly Source[] = sources): Source | undefined {
  return from.find((s) => s.id === id);
}

/**
 * The sources an item cites, in the order it cites them.
 * @throws Error naming the id, when an item cites a source that does not exist.
 */
export function sourcesOf(item: { sources: readonly SourceId[] }, from: readonly Source[] = sources): Source[] {
  return citedSources(item, from);
}
