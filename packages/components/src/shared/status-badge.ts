/**
 * One status badge for every element: its name in text, and before it a small icon that repeats
 * it (never colour alone; SVG in the text colour, so forced colours keep every icon distinct).
 * The date a status was last reported goes beside it (`reportedStatus`).
 */
import type { DialogueStatus } from '@eu-belarus/data/dialogues';
import type { ProgrammeStatus } from '@eu-belarus/data/programmes';
import { svg, html, type SVGTemplateResult, type TemplateResult } from 'lit';
import { formatDate } from './format.js';
import type { Locale } from './locale.js';
import { msg, str } from './localize.js';

export type Status = DialogueStatus | ProgrammeStatus;

/** What a status means for the reader: going well, stopped, or neither. */
const TONE: Record<Status, 'good' | 'stopped' | 'neutral'> = {
  active: 'good',
  resumed: 'good',
  signed: 'good',
  'in-force': 'good',
  open: 'good',
  suspended: 'stopped',
  'partially-suspended': 'stopped',
  'not-participating': 'stopped',
  ended: 'neutral',
  sought: 'neutral',
  'set-up': 'neutral',
  'under-negotiation': 'neutral',
  unknown: 'neutral',
};

// Each icon is one static template (no shared shape as a template of its own), its end tags
// written out as in the charts.
const dot = svg`<circle cx="6" cy="6" r="5" fill="currentColor"></circle>`;

const ICONS: Record<Status, SVGTemplateResult> = {
  active: dot,
  open: dot,
  resumed: svg`<circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5"></circle><circle cx="6" cy="6" r="2" fill="currentColor"></circle>`,
  sought: svg`<circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.4 1.6"></circle>`,
  'set-up': svg`<circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.4 1.6"></circle><circle cx="6" cy="6" r="1.5" fill="currentColor"></circle>`,
  'under-negotiation': svg`<circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5"></circle><path d="M6 1.5 A4.5 4.5 0 0 1 6 10.5 Z" fill="currentColor"></path>`,
  signed: svg`<path d="M1.5 6.5 L4.5 9.5 L10.5 2.5" fill="none" stroke="currentColor" stroke-width="2"></path>`,
  'in-force': svg`<circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5"></circle><path d="M3.5 6.2 L5.3 8 L8.7 4" fill="none" stroke="currentColor" stroke-width="1.5"></path>`,
  suspended: svg`<rect x="2.5" y="2" width="2.5" height="8" fill="currentColor"></rect><rect x="7" y="2" width="2.5" height="8" fill="currentColor"></rect>`,
  'partially-suspended': svg`<rect x="2.5" y="2" width="2.5" height="8" fill="currentColor"></rect><rect x="7.5" y="2.5" width="1.5" height="7" fill="none" stroke="currentColor" stroke-width="1"></rect>`,
  ended: svg`<rect x="2" y="2" width="8" height="8" fill="currentColor"></rect>`,
  'not-participating': svg`<circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5"></circle><path d="M2.8 9.2 L9.2 2.8" stroke="currentColor" stroke-width="1.5"></path>`,
  unknown: svg`<circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.4 1.6"></circle><path d="M4.6 4.6 A1.5 1.5 0 1 1 6.6 6 Q6 6.3 6 7.2" fill="none" stroke="currentColor" stroke-width="1.2"></path><circle cx="6" cy="9" r="0.7" fill="currentColor"></circle>`,
};

/** A status badge: icon and name; `part="badge"`, `data-status` for host styling. */
export function statusBadge(status: Status, label: string): TemplateResult {
  return html`<span class="badge status-badge" part="badge" data-status=${status} data-tone=${TONE[status]}
    ><svg class="status-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      ${ICONS[status]}</svg
    >${label}</span
  >`;
}

/**
 * A status badge, the date a source last reported it ("last reported 2016", muted, never broken)
 * and the item's source mark: one template, as every item of a list has one (the badge and the
 * date as templates of their own cost Lit two more clones and parts per item).
 */
export function reportedStatus(
  status: Status,
  label: string,
  asOf: string,
  locale: Locale,
  mark: unknown,
): TemplateResult {
  const when = formatDate(asOf, locale);
  return html`<span class="badge status-badge" part="badge" data-status=${status} data-tone=${TONE[status]}
      ><svg class="status-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
        ${ICONS[status]}</svg
      >${label}</span
    >
    <span class="as-of"><time datetime=${asOf}>${msg(str`last reported ${when}`)}</time></span
    >${mark}`;
}
