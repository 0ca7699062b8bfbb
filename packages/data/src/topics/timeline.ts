import { timeline } from '../content/generated/timeline.js';
import type { TimelineCategory, TimelineEvent } from '../schema/timeline.js';

export { timeline };
export { TIMELINE_CATEGORIES } from '../vocabulary.js';
export type { TimelineCategory, TimelineEvent };

/** Events between `from` and `to` (inclusive, any ISO precision) in the given categories. */
export function eventsBetween(
  filter: { from?: string; to?: string; category?: readonly TimelineCategory[] } = {},
  from: readonly TimelineEvent[] = timeline,
): TimelineEvent[] {
  return from.filter(
    (e) =>
      (!filter.from || e.date.localeCompare(filter.from) >= 0 || filter.from.startsWith(e.date)) &&
      (!filter.to || e.date.slice(0, filter.to.length) <= filter.to) &&
      (!filter.category?.length || filter.category.includes(e.category)),
  );
}
