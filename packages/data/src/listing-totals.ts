/**
 * The numbers listed under the Belarus regime over time, as a series that says for each point
 * whether a source states it or it follows from adding the rounds, and keeps both where they
 * differ. Pure functions of the topic's data; no zod.
 */
import type { ListingFigure, RestrictiveMeasures } from './schema/restrictive-measures.js';

export type ListingSeries = 'individuals' | 'entities';
export const LISTING_SERIES: readonly ListingSeries[] = ['individuals', 'entities'];

/** How a point's shown value is known. */
export type TotalOrigin = 'stated' | 'member-state' | 'derived';

/** Another figure for the same count on the same date: the sum of the rounds, or another source's. */
export interface OtherTotal {
  value: number;
  kind: 'derived' | 'source';
  /** For `source`: the date that source's figure holds for. */
  asOf?: string;
  sources: string[];
  quotes: string[];
}

export interface TotalValue {
  /** The value to show: the stated figure where a source gives one, else the sum of the rounds. */
  value: number;
  origin: TotalOrigin;
  /** Sources and quotes of the stated figure, or of the round's additions for a derived one. */
  sources: string[];
  quotes: string[];
  /** Figures that differ from `value`: the sum of the rounds, other sources. */
  others: OtherTotal[];
}

export interface TotalsPoint {
  /** The date of the round, prolongation or criterion the point belongs to. */
  date: string;
  item: { kind: 'round' | 'prolongation' | 'criterion'; id: string };
  individuals?: TotalValue;
  entities?: TotalValue;
}

type Item = {
  kind: TotalsPoint['item']['kind'];
  id: string;
  date: string;
  added?: Partial<Record<ListingSeries, ListingFigure>>;
  totals?: Partial<Record<ListingSeries, ListingFigure>>;
};

const sourceOthers = (f: ListingFigure): OtherTotal[] =>
  (f.others ?? []).map((o) => ({
    value: o.quantity.value,
    kind: 'source',
    asOf: o.asOf,
    sources: [...o.sources],
    quotes: [...o.quotes],
  }));

/**
 * The totals after each round, prolongation and criterion change, oldest first. A sum starts from
 * the first total a source states and adds each round's listings; it stops where a round gives no
 * figure or a stretch of rounds was not found, and starts again at the next stated total. Where a
 * source states a total, that is the value, and a different sum is kept in `others`.
 */
export function listingTotals(data: RestrictiveMeasures): TotalsPoint[] {
  const items: Item[] = [
    ...data.rounds.map((r): Item => ({ kind: 'round', ...r })),
    ...data.prolongations.map((p): Item => ({ kind: 'prolongation', ...p })),
    ...data.criteria.map((c): Item => ({ kind: 'criterion', ...c })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const gaps = data.notFound.filter((n) => n.kind === 'rounds');
  const running: Partial<Record<ListingSeries, number>> = {};
  const points: TotalsPoint[] = [];
  let previous = '';
  for (const item of items) {
    // Nothing is added up across a stretch whose rounds were not found.
    if (gaps.some((g) => previous < g.start && item.date >= g.start)) {
      delete running.individuals;
      delete running.entities;
    }
    previous = item.date;
    const point: TotalsPoint = { date: item.date, item: { kind: item.kind, id: item.id } };
    for (const series of LISTING_SERIES) {
      const added = item.added?.[series];
      const before = running[series];
      const sum =
        before === undefined
          ? undefined
          : item.kind !== 'round'
            ? before
            : added
              ? before + added.quantity.value
              : undefined;
      const stated = item.totals?.[series];
      if (item.kind === 'round' && !added) delete running[series];
      // A prolongation or criterion change adds no one: it makes a point only where a source states a total.
      if (!stated && (sum === undefined || item.kind !== 'round')) continue;
      if (stated) {
        const others = sourceOthers(stated);
        if (sum !== undefined && sum !== stated.quantity.value)
          others.unshift({
            value: sum,
            kind: 'derived',
            sources: added ? [...added.sources] : [],
            quotes: added ? [...added.quotes] : [],
          });
        point[series] = {
          value: stated.quantity.value,
          origin: stated.statedBy === 'member-state' ? 'member-state' : 'stated',
          sources: [...stated.sources],
          quotes: [...stated.quotes],
          others,
        };
      } else {
        point[series] = {
          value: sum!,
          origin: 'derived',
          sources: added ? [...added.sources] : [],
          quotes: added ? [...added.quotes] : [],
          others: [],
        };
      }
      // The sum goes on from itself where there is one (a stated total that differs does not reset it).
      running[series] = sum ?? stated!.quantity.value;
    }
    if (point.individuals || point.entities) points.push(point);
  }
  return points;
}

/** The newest point whose value of `series` a source states (by the Council or, if `memberStates`, a member state). */
export function latestStated(
  points: readonly TotalsPoint[],
  series: ListingSeries,
  memberStates = true,
): { date: string; value: TotalValue } | undefined {
  for (let i = points.length - 1; i >= 0; i--) {
    const value = points[i]![series];
    if (value && (value.origin === 'stated' || (memberStates && value.origin === 'member-state')))
      return { date: points[i]!.date, value };
  }
  return undefined;
}

/** True when `date` falls between `from` and `to` (inclusive, any ISO precision, either may be absent). */
export function inPeriod(date: string, period: { from?: string; to?: string }): boolean {
  const { from, to } = period;
  return (!from || date.localeCompare(from) >= 0 || from.startsWith(date)) && (!to || date.slice(0, to.length) <= to);
}
