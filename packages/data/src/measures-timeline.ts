/**
 * The timeline's sanctions events, made from the restrictive-measures topic (authored once there):
 * each listing round, prolongation, criterion change, sectoral measure and listing under another
 * regime becomes one event that says where it comes from (`derivedFrom`). Pure; no zod.
 */
import { dateText } from './date-text.js';
import type { LocalizedText } from './schema/common.js';
import type { RestrictiveMeasures } from './schema/restrictive-measures.js';
import type { TimelineEvent } from './schema/timeline.js';

function prolongationTitle(until: string): LocalizedText {
  const day = dateText(until);
  return {
    en: `The EU prolongs its restrictive measures on Belarus until ${day.en}`,
    be: `ЕС падаўжае абмежавальныя меры ў дачыненні да Беларусі да ${day.be}`,
    ru: `ЕС продлевает ограничительные меры в отношении Беларуси до ${day.ru}`,
  };
}

/** `year`, `month` or `day`, from the form of an ISO date (as the schema's `precisionOf`, without zod). */
const precisionOf = (date: string) =>
  (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day') as TimelineEvent['precision'];

type Derived = { id: string; date: string; sources: string[]; quotes?: string[] };

function event(item: Derived, title: LocalizedText, summary?: LocalizedText): TimelineEvent {
  return {
    id: `event-${item.id}`,
    date: item.date,
    precision: precisionOf(item.date),
    category: 'sanctions',
    title,
    ...(summary ? { summary } : {}),
    sources: [...item.sources],
    ...(item.quotes?.length ? { quotes: [...item.quotes] } : {}),
    derivedFrom: { topic: 'restrictive-measures', id: item.id },
  };
}

/** One timeline event per item of the topic, oldest first (items of one date in the topic's order). */
export function measuresTimeline(data: RestrictiveMeasures): TimelineEvent[] {
  return [
    ...data.rounds.map((r) => event(r, r.title, r.summary)),
    ...data.prolongations.map((p) => event(p, prolongationTitle(p.until), p.summary)),
    ...data.criteria.map((c) => event(c, c.title)),
    ...data.sectoral.map((m) => event(m, m.title)),
    ...data.otherRegimes.map((o) => event(o, o.title)),
  ].sort((a, b) => a.date.localeCompare(b.date));
}
