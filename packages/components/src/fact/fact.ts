import { factTopic, type Fact, type FactTopic } from '@eu-belarus/data/helpers';

import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { bundledNow, type BundledTopic } from '../shared/bundled.js';
import { defineElement } from '../shared/define.js';
import { EuElement } from '../shared/eu-element.js';
import { emit } from '../shared/events.js';
import { msg } from '../shared/localize.js';
import { warnOnce } from '../shared/warn.js';
import { controls } from '../styles/controls.js';
import { styles } from './fact.styles.js';
import { POPOVER } from './popover-support.js';

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

  protected override readonly renderCode = 'render:fact' as const;

  /** The topic of the name's first segment; `src`/`.data` must hold that topic (and load again when it changes). */
  protected get topic(): FactTopic {
    return factTopic(this.factName) ?? 'trade';
  }

  protected override get bundledTopics(): readonly BundledTopic[] {
    return [this.topic, 'sources', 'derive-facts', this.renderCode];
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

  /** The figure, its source button and note, by its render code (fact.render.ts). */
  protected renderData(): TemplateResult {
    return bundledNow(this.renderCode).renderFact(this.current!, {
      ...this.renderKit(),
      open: this.open,
      click: () => this.toggleInPlace(),
      beforeToggle: (event) => this.onBeforeToggle(event),
      toggle: (event) => void this.onToggle(event),
      keydown: (event) => this.onNoteKey(event),
    });
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
    const button = this.renderRoot.querySelector<HTMLElement>('.source-button');
    if (this.note && button) bundledNow(this.renderCode).placeNote(this.note, button);
  }

  /** Escape closes the note and puts focus back on its button. */
  private onNoteKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    this.open = false;
    if (POPOVER && this.note?.matches(':popover-open')) this.note.hidePopover();
    this.renderRoot.querySelector<HTMLButtonElement>('.source-button')?.focus();
  }
}

defineElement('eu-fact', EuFact);
