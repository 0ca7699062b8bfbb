/**
 * The dates that say how current a figure or a status is, in every locale: "as of September
 * 2016" under a figure block (a status' "last reported 2016" is in status-badge.ts). Muted, never broken.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from './format.js';
import type { Locale } from './locale.js';
import { msg, str } from './localize.js';

/** "as of September 2016", at the precision the source gives. */
export function asOfDate(date: string, locale: Locale): TemplateResult {
  const when = formatDate(date, locale);
  return html`<span class="as-of"><time datetime=${date}>${msg(str`as of ${when}`)}</time></span>`;
}

/** "as of 2017", unless the label beside it already says the date ("EU exports …, 2017"): no year twice. */
export function asOfUnlessSaid(
  date: string | undefined,
  label: string,
  locale: Locale,
): TemplateResult | typeof nothing {
  if (!date || label.includes(formatDate(date, locale))) return nothing;
  return asOfDate(date, locale);
}
