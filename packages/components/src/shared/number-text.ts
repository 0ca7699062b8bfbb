import { html, type TemplateResult } from 'lit';
import { spokenNumber } from './format.js';
import type { Locale } from './locale.js';

/**
 * Text shown one way and read another: the visible text is hidden from assistive technology and
 * the spoken text is visually hidden (`.vh`). When both are the same, just the text.
 */
export function shownAndSpoken(visible: string, spoken: string): TemplateResult | string {
  if (visible === spoken) return visible;
  return html`<span aria-hidden="true">${visible}</span><span class="vh">${spoken}</span>`;
}

/**
 * A formatted figure that screen readers read as one number: "12 000" is shown with the locale's
 * separator and read as "12000" (see `spokenNumber`).
 */
export const figureText = (formatted: string, locale: Locale): TemplateResult | string =>
  shownAndSpoken(formatted, spokenNumber(formatted, locale));
