import type { TimelineEvent } from '../schema/timeline.js';
import { events2006To2016 } from './timeline/2006-2016.js';
import { events2017To2019 } from './timeline/2017-2019.js';
import { events2020Election } from './timeline/2020-election.js';
import { events2020To2021 } from './timeline/2020-2021.js';
import { events2021 } from './timeline/2021.js';
import { events2022To2023 } from './timeline/2022-2023.js';
import { events2024To2026 } from './timeline/2024-2026.js';
import { derivedEvents } from './timeline/derived.js';

/** Oldest first; a stable sort keeps authored events before derived ones of the same date. */
const byDate = (events: TimelineEvent[]): TimelineEvent[] =>
  [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/**
 * The dated events of the relations, oldest first: the ones authored here and the ones derived
 * from other topics (see `timeline/derived.ts`).
 */
export const timeline: TimelineEvent[] = byDate([
  ...events2006To2016,
  ...events2017To2019,
  ...events2020Election,
  ...events2020To2021,
  ...events2021,
  ...events2022To2023,
  ...events2024To2026,
  ...derivedEvents,
]);
