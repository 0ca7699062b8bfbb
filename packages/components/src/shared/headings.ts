import { html, type TemplateResult } from 'lit';
import { noBreakDashes } from './no-break.js';

/** One template per heading level: cheaper to render than a tag chosen at run time (lit/static-html). */
const HEADINGS: ((className: string, content: unknown) => TemplateResult)[] = [
  (c, content) => html`<h2 class=${c} part="heading">${content}</h2>`,
  (c, content) => html`<h3 class=${c} part="heading">${content}</h3>`,
  (c, content) => html`<h4 class=${c} part="heading">${content}</h4>`,
  (c, content) => html`<h5 class=${c} part="heading">${content}</h5>`,
  (c, content) => html`<h6 class=${c} part="heading">${content}</h6>`,
];

/** A heading at `level` (clamped to 2–6), carrying `part="heading"`; never broken inside "EU–Belarus". */
export function headingTemplate(content: unknown, level: number, className: string): TemplateResult {
  const text = typeof content === 'string' ? noBreakDashes(content) : content;
  return HEADINGS[Math.min(Math.max(level, 2), 6) - 2]!(className, text);
}
