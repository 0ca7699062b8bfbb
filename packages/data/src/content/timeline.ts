import type { TimelineEvent } from '../schema/timeline.js';
import { events2006To2019 } from './timeline/2006-2019.js';
import { events2020To2021 } from './timeline/2020-2021.js';
import { derivedEvents } from './timeline/derived.js';

/** Oldest first; a stable sort keeps authored events before derived ones of the same date. */
const byDate = (events: TimelineEvent[]): TimelineEvent[] =>
  [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/**
 * The dated events of the relations, oldest first: the ones authored here and the ones derived
 * from other topics (see `timeline/derived.ts`).
 */
export const timeline: TimelineEvent[] = byDate([...events2006To2019, ...events2020To2021, ...derivedEvents]);
