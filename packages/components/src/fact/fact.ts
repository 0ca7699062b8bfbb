import { sourceById, type Source } from '@eu-belarus/data/sources';
import { assistance } from '@eu-belarus/data/assistance';
import { deriveFacts, fact, factTopic, type Fact, type FactTopic } from '@eu-belarus/data/facts';
import { programmes } from '@eu-belarus/data/programmes';
import { trade } from '@eu-belarus/data/trade';
import type { TopicData } from '@eu-belarus/data/schema';

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderSource } from '../shared/citations.js';
import { defineElement } from '../shared/define.js';
import { EuElement } from '../shared/eu-element.js';
import { emit } from '../shared/events.js';
import { formatDate, spokenNumber } from '../shared/format.js';
import { msg, str } from '../shared/localize.js';
import { figureText } from '../shared/number-text.js';
import { formatQuantity } from '../shared/quantity.js';
import { controls } from '../styles/controls.js';
import { styles } from './fact.styles.js';

declare global {
  interface HTMLElementTagNameMap {
    'eu-fact': EuFact;
  }
}

/**
 * One sourced figure inline in running text, in the locale's number format, with a disclosure
 * button that shows its label and source (publisher, title, date, link). Names are generated
 * from the data: see `@eu-belarus/data/facts` and the package's `dist/fact-names.md`.
 *
 * ```html
 * <p>EU exports reached <eu-fact name="trade.goods.2017.euExports"></eu-fact> in 2017.</p>
 * ```
 *
 * An unknown `name` shows the element's own content as fallback (or the name in brackets) and
 * dispatches `eu-data-error` with reason `not-found`. `src`/`.data` replace the dataset of the
 * name's topic (`trade`, `assistance` or `programmes`).
 *
 * @summary One sourced figure inline in running text, with an accessible source disclosure.
 * @slot - Fallback content, shown before the element is defined and when `name` is unknown.
 * @event eu-data-error - The name is unknown (`reason: 'not-found'`), or data from `src`/`.data` is invalid.
 * @event eu-data-load - Data from `src` or `.data` was loaded.
 * @csspart base - The inline wrapper.
 * @csspart value - The formatted figure.
 * @csspart source-button - The button that shows or hides the source.
 * @csspart note - The disclosed label and source.
 * @csspart link - A link to a source.
 * @csspart fallback - The fallback shown for an unknown name.
 */
export class EuFact extends EuElement<FactTopic> {
  static override styles = [...EuElement.styles, controls, styles];

  /** The fact's name, e.g. `trade.goods.2017.euExports`, `assistance.eni-bilateral-2014-2017`. */
  @property({ reflect: true }) name?: string;

  @state() private open = false;
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

  protected bundledData(): TopicData<FactTopic> {
    const topic = this.topic;
    return topic === 'assistance' ? assistance : topic === 'programmes' ? programmes : trade;
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
    const data = this.currentData;
    if (data === this.bundledData()) return fact(name);
    return deriveFacts({ [this.topic]: data }).get(name);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const name = this.factName;
    if (this.current) this.reportedMissing = undefined;
    if (this.current || this.loader.status !== 'ready' || this.reportedMissing === name) return;
    this.reportedMissing = name;
    emit(this, 'eu-data-error', {
      element: this.localName,
      reason: 'not-found',
      message: name ? `there is no fact named "${name}"` : 'the name attribute is missing',
    });
  }

  /** Inline: no heading, no box, no visible status region; the fact, its disclosure or the fallback. */
  protected override render(): TemplateResult {
    return html`<span class="root" part="base" lang=${this.locale}
      >${this.current ? this.renderData() : this.loader.status === 'loading' ? this.renderBusy() : this.renderFallback()}</span
    >`;
  }

  protected renderData(): TemplateResult {
    const f = this.current!;
    const value = formatQuantity(f.quantity, this.locale);
    const to = f.upTo ? formatQuantity(f.upTo, this.locale) : undefined;
    const shown = to ? msg(str`${value} to ${to}`) : value;
    const spoken = spokenNumber(shown, this.locale);
    return html`<span class="value" part="value">${figureText(shown, this.locale)}</span
      ><button
        class="source-button"
        part="source-button"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="note"
        @click=${this.toggle}
      >
        <span aria-hidden="true">i</span><span class="vh">${msg(str`Source of ${spoken}`)}</span></button
      ><span id="note" class="note" part="note" ?hidden=${!this.open} @keydown=${this.onNoteKey}
        >${this.open ? this.renderNote(f) : nothing}</span
      >`;
  }

  private renderNote(f: Fact): TemplateResult {
    const sources = f.sources.map((id) => sourceById(id)).filter((s): s is Source => s !== undefined);
    return html` (${this.t(f.label)}${f.asOf ? html`, <time datetime=${f.asOf}>${formatDate(f.asOf, this.locale)}</time>` : nothing}
    — ${msg('Source:')}
    ${sources.map((s, i) => html`${i ? '; ' : ''}${renderSource(s, this.locale, this.linkTarget)}`)})`;
  }

  private renderBusy(): TemplateResult {
    return html`<span class="busy" aria-busy="true">…<span class="vh">${msg('Loading the data…')}</span></span>`;
  }

  private renderFallback(): TemplateResult {
    const name = this.factName;
    // The author's own fallback content, if any; else the name in brackets.
    const hasOwn = [...this.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE || n.textContent?.trim());
    return html`<span class="fallback" part="fallback"
      >${hasOwn ? html`<slot></slot>` : html`[${name || msg('unknown figure')}]`}</span
    >`;
  }

  private toggle(): void {
    this.open = !this.open;
  }

  /** Escape closes the note and puts focus back on its button. */
  private onNoteKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.source-button')?.focus();
  }
}

defineElement('eu-fact', EuFact);
