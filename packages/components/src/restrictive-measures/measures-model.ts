/**
 * What the element shows, computed once per render from the topic's data and the `from`/`to`
 * period: the totals series with its points in keyboard order, the notes (a, b, c…) that explain
 * where figures differ, and the stretches whose rounds were not found. Pure; the element turns it
 * into text in its locale.
 */
import type { LocalizedText } from '@eu-belarus/data';
import {
  inPeriod,
  listingTotals,
  type ListingSeries,
  type TotalOrigin,
  type TotalsPoint,
} from '@eu-belarus/data/helpers';
import type { NotFound, RestrictiveMeasures } from '@eu-belarus/data/restrictive-measures';

export const SERIES: readonly ListingSeries[] = ['individuals', 'entities'];

/** One part of a note: a value and where it comes from. */
export interface NotePart {
  /** `shown`: the value drawn; `derived`: the sum of the rounds; `source`: another source's figure; `added`: a round's count. */
  kind: 'shown' | 'derived' | 'source' | 'added';
  /** Whether the figure is a total after the date's decision, or the count its round added. */
  of: 'total' | 'round';
  value: number;
  sources: string[];
}

/** A note on one date: for each series whose figures differ, the figures; and the content's explanation. */
export interface Note {
  mark: string;
  date: string;
  figures: { series: ListingSeries; parts: NotePart[] }[];
  text?: LocalizedText;
}

export interface ModelPoint {
  index: number;
  date: string;
  series: ListingSeries;
  value: number;
  origin: TotalOrigin;
  sources: string[];
  /** Values drawn beside this point: the sum of the rounds or another source's figure. */
  others: number[];
  /** The mark of the note on this point's date. */
  mark?: string;
  /** True when rounds between the previous point and this one were not found: the line between is unknown. */
  afterGap: boolean;
}

export interface MeasuresModel {
  points: TotalsPoint[];
  series: Record<ListingSeries, ModelPoint[]>;
  notes: Note[];
  /** Stretches whose rounds were not found, inside the period. */
  gaps: NotFound[];
}

const MARKS = 'abcdefghijklmnopqrstuvwxyz';

function itemOf(data: RestrictiveMeasures, id: string) {
  return (
    data.rounds.find((r) => r.id === id) ??
    data.prolongations.find((p) => p.id === id) ??
    data.criteria.find((c) => c.id === id)
  );
}

/** The figures of one series at a point that need a note: totals that differ, a round count given differently. */
function figuresAt(point: TotalsPoint, series: ListingSeries, data: RestrictiveMeasures): NotePart[] {
  const value = point[series];
  if (!value) return [];
  const item = itemOf(data, point.item.id);
  const added = item && 'added' in item ? item.added[series] : undefined;
  return [
    ...(value.others.length
      ? [
          { kind: 'shown' as const, of: 'total' as const, value: value.value, sources: value.sources },
          ...value.others.map((o) => ({ kind: o.kind, of: 'total' as const, value: o.value, sources: o.sources })),
        ]
      : []),
    ...(added?.others?.length
      ? [
          { kind: 'added' as const, of: 'round' as const, value: added.quantity.value, sources: [...added.sources] },
          ...added.others.map((o) => ({
            kind: 'source' as const,
            of: 'round' as const,
            value: o.quantity.value,
            sources: [...o.sources],
          })),
        ]
      : []),
  ];
}

/** How many points the chart has (its keyboard's stops): individuals by date, then entities. */
export const pointCount = (model: MeasuresModel | undefined): number =>
  SERIES.reduce((n, s) => n + (model?.series[s].length ?? 0), 0);

/** The mark of the note that explains the figure of `series` on `date`, if any. */
export function markFor(notes: readonly Note[], date: string, series: ListingSeries): string | undefined {
  const note = notes.find((n) => n.date === date);
  return note && (!note.figures.length || note.figures.some((f) => f.series === series)) ? note.mark : undefined;
}

/** The series, notes and gaps for the points inside the period; notes are lettered in date order. */
export function measuresModel(data: RestrictiveMeasures, period: { from?: string; to?: string }): MeasuresModel {
  const points = listingTotals(data).filter((p) => inPeriod(p.date, period));
  const gaps = data.notFound.filter((n) => n.kind === 'rounds' && inPeriod(n.start, period));
  const notes: Note[] = [];
  for (const point of points) {
    const figures = SERIES.map((series) => ({ series, parts: figuresAt(point, series, data) })).filter(
      (f) => f.parts.length,
    );
    const memberState = SERIES.some((s) => point[s]?.origin === 'member-state');
    if (!figures.length && !memberState) continue;
    const text = itemOf(data, point.item.id)?.note?.text;
    notes.push({ mark: MARKS[notes.length % MARKS.length]!, date: point.date, figures, ...(text ? { text } : {}) });
  }
  let index = 0;
  const series = Object.fromEntries(
    SERIES.map((key) => {
      const line = points.filter((p) => p[key]);
      return [
        key,
        line.map((point, i): ModelPoint => {
          const value = point[key]!;
          const mark = markFor(notes, point.date, key);
          const previous = line[i - 1]?.date;
          return {
            index: index++,
            date: point.date,
            series: key,
            value: value.value,
            origin: value.origin,
            sources: value.sources,
            others: value.others.map((o) => o.value),
            ...(mark ? { mark } : {}),
            afterGap: !!previous && gaps.some((g) => previous < g.start && point.date >= g.start),
          };
        }),
      ];
    }),
  ) as Record<ListingSeries, ModelPoint[]>;
  return { points, series, notes, gaps };
}
