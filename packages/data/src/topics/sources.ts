import { sources } from '../content/generated/sources.js';
import type { Source, SourceId } from '../schema/source.js';

export { sources };
export type { Source, SourceId };

const byId = new Map(sources.map((s) => [s.id, s]));

/** The source with this id, or `undefined`. */
export function sourceById(id: SourceId): Source | undefined {
  return byId.get(id);
}

/**
 * The sources an item cites, in the order it cites them.
 * @throws Error naming the id, when an item cites a source that does not exist.
 */
export function sourcesOf(item: { sources: readonly SourceId[] }, from: readonly Source[] = sources): Source[] {
  const index = from === sources ? byId : new Map(from.map((s) => [s.id, s]));
  return item.sources.map((id) => {
    const source = index.get(id);
    if (!source) throw new Error(`Unknown source "${id}"`);
    return source;
  });
}
