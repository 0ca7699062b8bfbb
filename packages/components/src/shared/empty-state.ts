import { html, type TemplateResult } from 'lit';

/** The empty state: a visible sentence, so a filter that matches nothing never leaves a blank box. */
export function renderEmpty(message: string): TemplateResult {
  return html`<p class="status visible" part="empty">${message}</p>`;
}
