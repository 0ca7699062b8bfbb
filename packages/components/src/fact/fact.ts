import type { Source } from '@eu-belarus/data/sources';
import { factTopic, type Fact, type FactTopic } from '@eu-belarus/data/helpers';

import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { bundledNow, sourceById, type BundledTopic } from '../shared/bundled.js';
import { renderSource, sourceNote } from '../shared/citations.js';
import { defineElement } from '../shared/define.js';
import { EuElement } from '../shared/eu-element.js';
import { emit } from '../shared/events.js';
import { formatDate, spokenNumber } from '../shared/format.js';
import { msg, str } from '../shared/localize.js';
import { figureText } from '../shared/number-text.js';
import { formatQuantity } from '../shared/quantity.js';
import { warnOnce } from '../shared/warn.js';
import { controls } from '../styles/controls.js';
import { styles } from './fact.styles.js';

/** The facts of each dataset (bundled or from `src`), derived once for every fact of the page. */
const derived = new WeakMap<object, Map<string, Fact>>();

declare global {
  interface HTMLElementTagNameMap {
    'eu-fact': EuFact;
  }
}

/**
 * One sourced figure inline in running text, in the locale's number format, with a button that
 * shows its label and source (publisher, title, date, link) in a popover, so the sentence does
 * not reflow. Names are generated
 * from the data: see `@eu-belarus/data/facts` and the package's `dist/fact-names.md`.
 *
 * ```html
 * <p>EU exports reached <eu-fact name="trade.goods.2017.euExports"></eu-fact> in 2017.</p>
 * ```
 *
 * An unknown `name` shows the element's own content as fallback (or nothing: readers never see
 * the raw name), warns in the console and dispatches `eu-data-error` with reason `not-found`. `src`/`.data` replace the dataset of the
 * name's topic (`trade`, `assistance` or `programmes`).
 *
 * @summary One sourced figure inline in running text, with an accessible source disclosure.
 * @slot - Fallback content, shown before the element is defined and when `name` is unknown.
 * @event eu-data-error - The name is unknown (`reason: 'not-found'`), or data from `src`/`.data` is invalid.
 * @event eu-data-load - Data from `src` or `.data` was loaded.
 * @csspart base - The inline wrapper.
 * @csspart value - The formatted figure.
 * @csspart source-button - The button that shows or hides the source.
 * @csspart note - The popover with the label and source.
 * @csspart link - A link to a source.
 * @csspart fallback - The fallback shown for an unknown name.
 */
export class EuFact extends EuElement<FactTopic> {
  static override styles = [...EuElement.styles, controls, styles];
  /** Inline before its first render too: the fallback text flows in its sentence. */
  static override pendingStyles = css`
    :host {
      display: inline;
    }
  `;

  /**
   * Lit's reactive properties of the fields below (one object: smaller in the bundle than a decorator
   * each); internal state says `attribute: false` too, which is what the manifest's analyzer reads.
   */
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    open: { state: true, attribute: false },
  };

  /** The fact's name, e.g. `trade.goods.2017.euExports`, `assistance.eni-bilateral-2014-2017`. */
  name?: string;

  private open = false;
  private current?: Fact;
  private reportedMissing?: string;

  /** `name` as a trimmed string, whatever was set from script (a number, an object). */
  private get factName(): string {
    return this.name == null ? '' : String(this.name).trim();
  }

  /** The topic of the name's first segment; `src`/`.data` must hold that topic (and load again when it changes). */
  protected get topic(): FactTopic {
    return factTopic(this.factName) ?? 'trade';
  }

  protected override get bundledTopics(): readonly BundledTopic[] {
    return [this.topic, 'sources', 'derive-facts'];
  }

  protected headingText(): string {
    return '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('name')) this.open = false;
    this.current = this.lookUp();
  }

  private lookUp(): Fact | undefined {
    const name = this.factName;
    if (!name || this.loader.status !== 'ready') return undefined;
    const data = this.currentData as object;
    let facts = derived.get(data);
    if (!facts) derived.set(data, (facts = bundledNow('derive-facts')({ [this.topic]: data })));
    return facts.get(name);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const name = this.factName;
    if (this.current) this.reportedMissing = undefined;
    if (this.current || this.loader.status !== 'ready' || this.reportedMissing === name) return;
    this.reportedMissing = name;
    const message = name ? `there is no fact named "${name}"` : 'the name attribute is missing';
    // Readers see nothing (or the page's own fallback); the page's developer sees why.
    warnOnce(this, 'name', `${message}; see @eu-belarus/data/dist/fact-names.md.`);
    emit(this, 'eu-data-error', { element: this.localName, reason: 'not-found', message });
  }

  /** Inline: no heading, no box, no visible status region; the fact and its source popover, or the fallback. */
  protected override render(): TemplateResult {
    return html`<span class="root" part="base" lang=${this.locale}
      >${this.current ? this.renderData() : this.loader.status === 'loading' && !(this.loader.quiet && this.hasOwnFallback) ? this.renderBusy() : this.renderFallback()}</span
    >`;
  }

  protected renderData(): TemplateResult {
    const f = this.current!;
    const value = formatQuantity(f.quantity, this.locale);
    const to = f.upTo ? formatQuantity(f.upTo, this.locale) : undefined;
    const shown = to ? msg(str`${value} to ${to}`) : value;
    const spoken = spokenNumber(shown, this.locale);
    return html`<span class="value" part="value">${figureText(shown, this.locale)}</span>⁠<button
        class="source-button"
        part="source-button"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="note"
        popovertarget=${POPOVER ? 'note' : nothing}
        @click=${this.toggleInPlace}
      >
        <span class="mark" aria-hidden="true">i</span><span class="vh">${msg(str`Source of ${spoken}`)}</span></button
      ><span
        id="note"
        class="note"
        part="note"
        popover=${POPOVER ? 'auto' : nothing}
        ?hidden=${!POPOVER && !this.open}
        @beforetoggle=${this.onBeforeToggle}
        @toggle=${this.onToggle}
        @keydown=${this.onNoteKey}
        >${this.open ? this.renderNote(f) : nothing}</span
      >`;
  }

  /** The label (its year once: the date is left out when the label already says it), the date, the sources. */
  private renderNote(f: Fact): TemplateResult {
    const sources = f.sources.map((id) => sourceById(id)).filter((s): s is Source => s !== undefined);
    const label = this.plainText(f.label);
    const date = f.asOf ? formatDate(f.asOf, this.locale) : undefined;
    const dated = date && !label.includes(date) ? html`, <time datetime=${f.asOf!}>${date}</time>` : nothing;
    return html`<span class="note-label">${this.t(f.label)}${dated}</span>
      <span class="note-sources"
        >${msg('Source:')}
        ${sources.map((s, i) => html`${i ? '; ' : ''}${renderSource(s, this.locale, this.linkTarget)}`)}</span
      >
      ${sources.map((s) => (s.note ? html`<span class="note-source-note">${sourceNote(s)}</span>` : nothing))}`;
  }

  private renderBusy(): TemplateResult {
    return html`<span class="busy" aria-busy="true">…<span class="vh">${msg('Loading the data…')}</span></span>`;
  }

  /** The page's own fallback content, if it wrote one inside the tag: shown for an unknown name, and while the bundled figures arrive. */
  private get hasOwnFallback(): boolean {
    return [...this.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE || n.textContent?.trim());
  }

  /** The page's own fallback content, else nothing to read (never the raw name). */
  private renderFallback(): TemplateResult {
    return html`<span class="fallback" part="fallback">${this.hasOwnFallback ? html`<slot></slot>` : nothing}</span>`;
  }

  private get note(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#note');
  }

  /** Without the Popover API the button opens the note in place (the browser's popover does it otherwise). */
  private toggleInPlace(): void {
    if (!POPOVER) this.open = !this.open;
  }

  private onBeforeToggle(event: Event): void {
    this.open = (event as ToggleEvent).newState === 'open';
  }

  /** Once open (and its content rendered), the popover goes under its button. */
  private async onToggle(event: Event): Promise<void> {
    if ((event as ToggleEvent).newState !== 'open') return;
    await this.updateComplete;
    if (this.note) this.place(this.note);
  }

  /** Under the button, kept inside the viewport; the sentence around it does not move. */
  private place(note: HTMLElement): void {
    const button = this.renderRoot.querySelector<HTMLElement>('.source-button');
    if (!button) return;
    const anchor = button.getBoundingClientRect();
    const width = Math.min(note.offsetWidth, window.innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
    const below = anchor.bottom + 6;
    const top =
      below + note.offsetHeight > window.innerHeight - 8 ? Math.max(8, anchor.top - note.offsetHeight - 6) : below;
    note.style.setProperty('left', `${left}px`);
    note.style.setProperty('top', `${top}px`);
  }

  /** Escape closes the note and puts focus back on its button. */
  private onNoteKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    this.open = false;
    if (POPOVER && this.note?.matches(':popover-open')) this.note.hidePopover();
    this.renderRoot.querySelector<HTMLButtonElement>('.source-button')?.focus();
  }
}

/** Whether the browser has the Popover API; without it the note opens in place, positioned absolutely. */
const POPOVER = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

defineElement('eu-fact', EuFact);
