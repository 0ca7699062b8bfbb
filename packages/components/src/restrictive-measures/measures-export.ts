/**
 * "Download the data" for <eu-restrictive-measures>: the totals series as shown (period applied),
 * one row per date, with how each total is known, the figures that differ, and the sources.
 */
import type { Cell, DataExport } from '../shared/download.js';
import { fileName } from '../shared/download.js';
import { msg } from '../shared/localize.js';
import { SERIES, type MeasuresModel } from './measures-model.js';

export function measuresExport(model: MeasuresModel, period: { from?: string; to?: string }): DataExport {
  const { points } = model;
  const first = points[0]!.date;
  const last = points[points.length - 1]!.date;
  const cells = (p: (typeof points)[number]): Cell[] =>
    SERIES.flatMap((s) => {
      const v = p[s];
      return [
        v?.value,
        v?.origin,
        v?.others
          .map((o) => `${o.value} (${o.kind === 'derived' ? 'sum of the rounds' : o.sources.join(' ')})`)
          .join('; '),
      ];
    });
  const sources = [
    ...new Set(
      points.flatMap((p) =>
        SERIES.flatMap((s) => [...(p[s]?.sources ?? []), ...(p[s]?.others.flatMap((o) => o.sources) ?? [])]),
      ),
    ),
  ];
  const filters = Object.fromEntries(Object.entries(period).filter(([, v]) => v));
  return {
    name: fileName('eu-belarus-sanctions-listings', first, last),
    title: msg('Individuals and entities listed under the EU’s Belarus sanctions regime, by date'),
    columns: [
      'date',
      'individuals',
      'individuals_basis',
      'individuals_other_figures',
      'entities',
      'entities_basis',
      'entities_other_figures',
      'item',
      'sources',
    ],
    rows: points.map((p) => [
      p.date,
      ...cells(p),
      p.item.id,
      [...new Set(SERIES.flatMap((s) => p[s]?.sources ?? []))].join(' '),
    ]),
    sources,
    asOf: last,
    filters,
    units: {
      individuals: 'number of individuals listed under the Belarus regime after this date’s decision',
      entities: 'number of entities listed under the Belarus regime after this date’s decision',
      individuals_basis:
        'stated: a source gives the total; member-state: a member state gives it; derived: the sum of the rounds',
      entities_basis: 'as individuals_basis',
    },
  };
}
