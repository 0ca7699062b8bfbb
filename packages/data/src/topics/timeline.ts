import { timeline } from '../content/generated/timeline.js';
import { selectEvents, type EventFilter } from '../query.js';
import type { DerivedFrom, TimelineCategory, TimelineEvent } from '../schema/timeline.js';

export { timeline };
export { TIMELINE_CATEGORIES, TURN_OF_RELATIONS } from '../vocabulary.js';
export type { DerivedFrom, TimelineCategory, TimelineEvent, EventFilter };

/** Events between `from` and `to` (inclusive, any ISO precision) in the given categories. */
export function eventsBetween(filter: EventFilter = {}, from: readonly TimelineEvent[] = timeline): TimelineEvent[] {
  return selectEvents(filter, from);
}
