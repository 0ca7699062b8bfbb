/**
 * The table pattern for figures: the unit once, in the column header ("EUR billion"), numbers
 * only in the cells, so a table fits a 280 px column in every language. A narrow container shows
 * the short unit ("EUR bn"); the caption names what the table holds and its period.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { noBreakDashes } from './no-break.js';

export interface FigureColumn {
  header: string;
  /** The unit of every cell of the column, long and short (see `moneyUnitLabel`). */
  unit?: { long: string; short: string };
}

export interface FigureRow {
  /** The row's header cell (a year). */
  header: string | number;
  /** Formatted numbers, or undefined for "no figure" (a dash). */
  cells: (string | TemplateResult | undefined)[];
}

export function renderFigureTable(caption: string, columns: FigureColumn[], rows: FigureRow[]): TemplateResult {
  const [first, ...rest] = columns;
  return html`<div class="table-wrap">
    <table part="table" tabindex="-1">
      <caption>
        ${noBreakDashes(caption)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${first?.header}</th>
          ${rest.map(
            (c) =>
              html`<th scope="col">
                ${c.header}${
                  c.unit
                    ? html` <span class="unit"
                        ><span class="unit-long">${c.unit.long}</span
                        ><span class="unit-short">${c.unit.short}</span></span
                      >`
                    : nothing
                }
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${r.header}</th>
              ${r.cells.map((c) => html`<td>${c ?? '—'}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
