/**
 * The render code of `<eu-fact>`, which loads with its content (bundled.ts's `RenderCode`): the figure,
 * its source button and note, from one `FactContext` the element makes per render, and the note's
 * placement. The element keeps what runs without them: `name`, the lookup, the busy and fallback
 * states, the not-found event, and the note's handlers (they change its state).
 */
import type { Fact } from '@eu-belarus/data/helpers';
import type { Source } from '@eu-belarus/data/sources';
import { html, nothing, type TemplateResult } from 'lit';
import { sourceById } from '../shared/bundled.js';
import { renderSource, sourceNote } from '../shared/citations.js';
import { formatDate, spokenNumber } from '../shared/format.js';
import { msg, str } from '../shared/localize.js';
import { figureText } from '../shared/number-text.js';
import { formatQuantity } from '../shared/quantity.js';
import { POPOVER } from './popover-support.js';
import type { RenderKit } from '../shared/render-kit.js';

/** What the render needs from the element. */
export interface FactContext extends RenderKit {
  /** Whether the note is open: its content is made only then. */
  open: boolean;
  /**
   * The element's handlers, which change its state: the button's click (it opens the note in place
   * without the Popover API), the popover's toggles, the note's keys.
   */
  click(): void;
  beforeToggle(event: Event): void;
  toggle(event: Event): void;
  keydown(event: KeyboardEvent): void;
}

/** The figure in the locale's number format, its source button and the note (empty until opened). */
export function renderFact(f: Fact, ctx: FactContext): TemplateResult {
  const { locale } = ctx;
  const value = formatQuantity(f.quantity, locale);
  const to = f.upTo ? formatQuantity(f.upTo, locale) : undefined;
  const shown = to ? msg(str`${value} to ${to}`) : value;
  const spoken = spokenNumber(shown, locale);
  return html`<span class="value" part="value">${figureText(shown, locale)}</span>⁠<button
      class="source-button"
      part="source-button"
      type="button"
      aria-expanded=${ctx.open ? 'true' : 'false'}
      aria-controls="note"
      popovertarget=${POPOVER ? 'note' : nothing}
      @click=${ctx.click}
    >
      <span class="mark" aria-hidden="true">i</span><span class="vh">${msg(str`Source of ${spoken}`)}</span></button
    ><span
      id="note"
      class="note"
      part="note"
      popover=${POPOVER ? 'auto' : nothing}
      ?hidden=${!POPOVER && !ctx.open}
      @beforetoggle=${ctx.beforeToggle}
      @toggle=${ctx.toggle}
      @keydown=${ctx.keydown}
      >${ctx.open ? renderNote(f, ctx) : nothing}</span
    >`;
}

/** The label (its year once: the date is left out when the label already says it), the date, the sources. */
function renderNote(f: Fact, ctx: FactContext): TemplateResult {
  const { locale } = ctx;
  const sources = f.sources.map((id) => sourceById(id)).filter((s): s is Source => s !== undefined);
  const label = ctx.plainText(f.label);
  const date = f.asOf ? formatDate(f.asOf, locale) : undefined;
  const dated = date && !label.includes(date) ? html`, <time datetime=${f.asOf!}>${date}</time>` : nothing;
  return html`<span class="note-label">${ctx.t(f.label)}${dated}</span>
    <span class="note-sources"
      >${msg('Source:')}
      ${sources.map((s, i) => html`${i ? '; ' : ''}${renderSource(s, locale, ctx.linkTarget)}`)}</span
    >
    ${sources.map((s) => (s.note ? html`<span class="note-source-note">${sourceNote(s)}</span>` : nothing))}`;
}

/** The open note under its button, kept inside the viewport; the sentence around it does not move. */
export function placeNote(note: HTMLElement, button: HTMLElement): void {
  const anchor = button.getBoundingClientRect();
  const width = Math.min(note.offsetWidth, window.innerWidth - 16);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
  const below = anchor.bottom + 6;
  const top =
    below + note.offsetHeight > window.innerHeight - 8 ? Math.max(8, anchor.top - note.offsetHeight - 6) : below;
  note.style.setProperty('left', `${left}px`);
  note.style.setProperty('top', `${top}px`);
}
