import { html, nothing, type TemplateResult } from 'lit';

/** A word with an en dash inside it: "EU–Belarus", "2012–2016", "(2014–2020)". */
const DASHED = /(\S*[^\s\u2013]\u2013[^\s\u2013]\S*)/;

/**
 * Text whose dashed words never break at the dash: each is wrapped in `<span class="nowrap">`
 * (styles/text.ts), so "EU–Belarus" and "2012–2016" stay on one line, while copying and
 * find-in-page see the plain text. Text without such a word is returned as it is.
 */
export function noBreakDashes(text: string): TemplateResult | string {
  const parts = text.split(DASHED);
  return parts.length === 1 ? text : wrapped(parts, 0);
}

/**
 * The text before a dashed word, the word, and the rest: one small template per dashed word,
 * not a list of parts (Lit marks each list item with two comments; a hundred lists on a page add up).
 */
function wrapped(parts: string[], at: number): TemplateResult {
  const rest = at + 3 < parts.length ? wrapped(parts, at + 2) : parts[at + 2] || nothing;
  return html`${parts[at] || nothing}<span class="nowrap">${parts[at + 1]}</span>${rest}`;
}
