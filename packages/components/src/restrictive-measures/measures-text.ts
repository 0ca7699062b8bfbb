/** The sentences of `<eu-restrictive-measures>`: a point read aloud, a note's figures, the latest totals. */
import type { ListingSeries } from '@eu-belarus/data/restrictive-measures';
import { sourceById } from '../shared/bundled.js';
import { formatCount, formatDate } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import { msg, str } from '../shared/localize.js';
import { originLabel, seriesLabel } from './measures-labels.js';
import type { MeasuresModel, ModelPoint, NotePart } from './measures-model.js';

/** Who a source is, as a reader knows it: its publisher ("Belsat", "TASS"). */
export const publisher = (id: string): string => sourceById(id)?.publisher ?? id;

/** "Adding the rounds gives 312.", "TASS: 55.", "Individuals added: 40 (legislation.gov.uk)." */
export function partText(part: NotePart, series: ListingSeries, locale: Locale): string {
  const value = formatCount(part.value, locale);
  const source = [...new Set(part.sources.map(publisher))].join(', ');
  if (part.kind === 'derived') return msg(str`Adding the rounds gives ${value}.`);
  if (part.kind === 'added')
    return `${series === 'individuals' ? msg('Individuals added') : msg('Entities added')}: ${value} (${source}).`;
  return `${source}: ${value}.`;
}

/** A chart point as one sentence: series, date, value, how it is known, and the figures that differ. */
export function pointText(p: ModelPoint, model: MeasuresModel, locale: Locale): string {
  const note = model.notes.find((n) => n.date === p.date);
  const differing =
    note?.figures
      .find((f) => f.series === p.series)
      ?.parts.filter((part) => part.of === 'total' && part.kind !== 'shown') ?? [];
  return [
    `${seriesLabel(p.series)}, ${formatDate(p.date, locale)}: ${formatCount(p.value, locale)}.`,
    `${originLabel(p.origin)}.`,
    ...differing.map((part) => partText(part, p.series, locale)),
  ].join(' ');
}

/** "Latest: individuals 312, entities 57 (26 February 2026)." */
export function latestText(model: MeasuresModel, locale: Locale): string {
  const last = model.points[model.points.length - 1]!;
  const count = (s: ListingSeries) => (last[s] ? formatCount(last[s]!.value, locale) : '—');
  const individuals = count('individuals');
  const entities = count('entities');
  const date = formatDate(last.date, locale);
  return msg(str`Latest: individuals ${individuals}, entities ${entities} (${date}).`);
}
