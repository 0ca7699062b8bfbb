import { measuresTimeline } from '../../measures-timeline.js';
import type { TimelineEvent } from '../../schema/timeline.js';
import { restrictiveMeasures } from '../restrictive-measures.js';

/**
 * Events made from other topics' items, so that the timeline never restates them by hand: each
 * has `derivedFrom: { topic, id }`. The restrictive-measures topic gives one event per listing
 * round, prolongation, criterion change, sectoral measure and listing under another regime.
 * Order does not matter: `timeline.ts` sorts all events by date.
 */
export const derivedEvents: TimelineEvent[] = measuresTimeline(restrictiveMeasures);
