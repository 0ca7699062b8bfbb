/** "Show … as: Chart | Table": the toggle between a chart and its data table, for elements that offer both. */
import { html, type TemplateResult } from 'lit';
import { msg } from './localize.js';

export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** Two toggle buttons in a labelled group; the pressed one is `current`. Not printed: paper gets both views. */
export function renderViewSwitch(current: View, label: string, choose: (view: View) => void): TemplateResult {
  return html`<div class="view-switch no-print" role="group" aria-label=${label}>
    ${VIEWS.map(
      (v) =>
        html`<button type="button" aria-pressed=${v === current ? 'true' : 'false'} @click=${() => choose(v)}>
          ${v === 'chart' ? msg('Chart') : msg('Table')}
        </button>`,
    )}
  </div>`;
}
