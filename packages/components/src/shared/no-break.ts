import { html, type TemplateResult } from 'lit';

/** A word with an en dash inside it: "EU–Belarus", "2012–2016", "(2014–2020)". */
const DASHED = /(\S*[^\s\u2013]\u2013[^\s\u2013]\S*)/;

/**
 * Text whose dashed words never break at the dash: each is wrapped in `<span class="nowrap">`
 * (styles/text.ts), so "EU–Belarus" and "2012–2016" stay on one line, while copying and
 * find-in-page see the plain text. Text without such a word is returned as it is.
 */
export function noBreakDashes(text: string): TemplateResult | string {
  const parts = text.split(DASHED);
  if (parts.length === 1) return text;
  return html`${parts.map((part, i) => (i % 2 ? html`<span class="nowrap">${part}</span>` : part))}`;
}
