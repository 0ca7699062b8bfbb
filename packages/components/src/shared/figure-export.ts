/**
 * Key figures as rows of a data file (CSV/JSON): one contract for every element that offers its
 * figures for download, so a unit is written the same way in each.
 */
import type { Money, Quantity } from '@eu-belarus/data';
import type { Cell } from './download.js';

/** A sum's unit as the source states it: "EUR", "EUR million". */
export const moneyUnit = (m: Money): string => (m.scale === 'one' ? m.currency : `${m.currency} ${m.scale}`);

/** A quantity as cells: value, unit ("EUR billion", "count", "percent") and qualifier ("nearly"). */
export const quantityCells = (q: Quantity | undefined): Cell[] =>
  q ? [q.value, q.kind === 'money' ? moneyUnit(q) : q.kind, q.qualifier] : [undefined, undefined, undefined];

/** The columns of a key figure, before any the element adds (its origin, its sources). */
export const FIGURE_COLUMNS = [
  'figure',
  'label',
  'value',
  'unit',
  'qualifier',
  'up_to_value',
  'up_to_unit',
  'up_to_qualifier',
  'as_of',
] as const;

/** A key figure's cells, in `FIGURE_COLUMNS` order; a range gives its upper bound in the `up_to_` cells. */
export const figureCells = (f: {
  id: string;
  label: string;
  quantity: Quantity;
  upTo?: Quantity | undefined;
  asOf?: string | undefined;
}): Cell[] => [f.id, f.label, ...quantityCells(f.quantity), ...quantityCells(f.upTo), f.asOf];
