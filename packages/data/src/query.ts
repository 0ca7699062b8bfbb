/**
 * The query helpers' logic, over data passed in. No dataset is imported here, so the root entry
 * (every language) and the topic subpaths (English) can each bind their own data as the default.
 */
import { decimalsOf } from './precision.js';
import type { Money } from './schema/common.js';
import type { Dialogue, DialogueKind, DialogueStatus, StatusEntry } from './schema/dialogue.js';
import type { Programme, ProgrammeCategory, ProgrammeScope, ProgrammeStatus } from './schema/programme.js';
import type { Quote, QuoteId } from './schema/quote.js';
import type { Source, SourceId } from './schema/source.js';
import type { TimelineCategory, TimelineEvent } from './schema/timeline.js';
import type { Trade } from './schema/trade.js';

export type ProgrammeFilter = {
  category?: readonly ProgrammeCategory[];
  scope?: readonly ProgrammeScope[];
  /** The last reported status for Belarus (see `lastReported`). */
  status?: readonly ProgrammeStatus[];
};
export type DialogueFilter = { kind?: readonly DialogueKind[]; status?: readonly DialogueStatus[] };
export type EventFilter = { from?: string; to?: string; category?: readonly TimelineCategory[] };

/** The EU's trade balance with Belarus for a year, and whether the source states it or it is computed. */
export interface Balance {
  year: number;
  balance: Money;
  /** `stated`: as the source gives it; `computed`: exports minus imports, rounded to their precision. */
  origin: 'stated' | 'computed';
}

const anyOf = <T>(wanted: readonly T[] | undefined, value: T): boolean => !wanted?.length || wanted.includes(value);

/**
 * The last status a source reported for a dialogue, an agreement or a programme, with the date it
 * held (`asOf`) and its sources: what was last known, not a claim about today.
 */
export function lastReported<E extends { asOf: string }>(item: { history: readonly E[] }): E {
  return item.history[item.history.length - 1]!;
}

export const selectProgrammes = (filter: ProgrammeFilter, from: readonly Programme[]): Programme[] =>
  from.filter(
    (p) =>
      anyOf(filter.category, p.category) &&
      anyOf(filter.scope, p.scope) &&
      anyOf(filter.status, lastReported(p).status),
  );

/** A dialogue's last reported status entry, with the date it held. */
export const lastStatus = (dialogue: Dialogue): StatusEntry => lastReported(dialogue);

export const selectDialogues = (filter: DialogueFilter, from: readonly Dialogue[]): Dialogue[] =>
  from.filter((d) => anyOf(filter.kind, d.kind) && anyOf(filter.status, lastStatus(d).status));

export const selectEvents = (filter: EventFilter, from: readonly TimelineEvent[]): TimelineEvent[] =>
  from.filter(
    (e) =>
      (!filter.from || e.date.localeCompare(filter.from) >= 0 || filter.from.startsWith(e.date)) &&
      (!filter.to || e.date.slice(0, filter.to.length) <= filter.to) &&
      anyOf(filter.category, e.category),
  );

export function balanceOf(year: number, kind: 'goods' | 'services', from: Trade): Balance | undefined {
  const row = from[kind].find((y) => y.year === year);
  if (!row) return undefined;
  if (row.euBalance) return { year, balance: row.euBalance, origin: 'stated' };
  const digits = Math.max(decimalsOf(row.euExports), decimalsOf(row.euImports));
  const value = Number((row.euExports.value - row.euImports.value).toFixed(digits));
  return { year, balance: { ...row.euExports, value }, origin: 'computed' };
}

export function citedSources(item: { sources: readonly SourceId[] }, from: readonly Source[]): Source[] {
  const index = new Map(from.map((s) => [s.id, s]));
  return item.sources.map((id) => {
    const source = index.get(id);
    if (!source) throw new Error(`Unknown source "${id}"`);
    return source;
  });
}

export function citedQuotes(item: { quotes?: readonly QuoteId[] }, from: readonly Quote[]): Quote[] {
  const index = new Map(from.map((q) => [q.id, q]));
  return (item.quotes ?? []).map((id) => {
    const quote = index.get(id);
    if (!quote) throw new Error(`Unknown quote "${id}"`);
    return quote;
  });
}
