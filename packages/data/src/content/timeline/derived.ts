import type { TimelineEvent } from '../../schema/timeline.js';

/**
 * Events made from other topics' items, so that the timeline never restates them by hand: each
 * has `derivedFrom: { topic, id }`. The restrictive-measures topic adds its listing rounds,
 * prolongations and measures here (`[...measuresTimeline(restrictiveMeasures)]`); until then
 * there are none. Order does not matter: `timeline.ts` sorts all events by date.
 */
export const derivedEvents: TimelineEvent[] = [];
