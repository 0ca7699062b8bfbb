import type { LocalizedText } from '@eu-belarus/data';
import type { Topic, TopicData } from '@eu-belarus/data/schema';
import { isContentLocaleLoaded, loadContentLocale } from '@eu-belarus/data/content-locales';
import { sources as bundledSources } from '@eu-belarus/data/sources';
import { text } from '@eu-belarus/data/text';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { shared } from '../styles/shared.js';
import { tokens } from '../styles/tokens.js';
import { intInRange, oneOf } from './attributes.js';
import { Citations } from './citations.js';
import { dataBlob, renderDownloads, type DataExport, type DataFormat } from './download.js';
import type { EuDataErrorDetail, EuDataLoadDetail } from './events.js';
import { TIMEOUT_MS, fetchJson, type LoadProblem } from './fetch-data.js';
import { onLangChange, resolveLocale, type Locale } from './locale.js';
import { inLocale, isLocaleLoaded, loadLocale, msg } from './localize.js';
import { validateData } from './validate-data.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES = ['light', 'dark', 'auto'] as const;
const LINK_TARGETS = ['_self', '_blank'] as const;
const HEADINGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
type LoadState = 'ready' | 'loading' | 'error';

/**
 * The shared core of every `eu-` element: where the data comes from (bundled, `.data` or `src`),
 * its loading and error states, the locale, theme, heading level and link behaviour.
 * Subclasses name their topic and render the data.
 *
 * @event eu-data-error - The data could not be loaded or is invalid. `detail` says what failed and where.
 * @event eu-data-load - Data from `src` or `.data` was loaded and validated.
 * @cssproperty --eu-color-primary - Primary colour: headings, links, chart bars. Default: `--ecl-color-primary`, else EU blue `#0e47cb`.
 * @cssproperty --eu-color-accent - Accent colour. Default `#ffcc00` (EU yellow).
 * @cssproperty --eu-color-text - Text colour. Default: `--ecl-color-dark`, else `#262b38`.
 * @cssproperty --eu-color-text-muted - Secondary text (meta lines, captions). Default `#515560`.
 * @cssproperty --eu-color-background - Background. Default `#ffffff`.
 * @cssproperty --eu-color-surface - Background of cards and panels. Default `#f3f6fc`.
 * @cssproperty --eu-color-border - Borders and rules. Default `#cfdaf5`.
 * @cssproperty --eu-color-error - Error text and marks. Default `#d7003d`.
 * @cssproperty --eu-color-success - Success marks. Default `#00704f`.
 * @cssproperty --eu-color-focus - Focus ring. Default `#0e47cb`.
 * @cssproperty --eu-color-series-1 - First chart series (e.g. EU exports). Default `#0e47cb`.
 * @cssproperty --eu-color-series-2 - Second chart series (e.g. EU imports). Default `#b34700`.
 * @cssproperty --eu-color-badge-background - Background of category and status badges. Default `#e7edfa`.
 * @cssproperty --eu-font-family - Font stack (no font is fetched). Default: `--ecl-font-family`, else Arial, Helvetica, sans-serif.
 * @cssproperty --eu-font-size - Body text size. Default `1rem`.
 * @cssproperty --eu-font-size-s - Small text. Default `0.875rem`.
 * @cssproperty --eu-font-size-xs - Extra-small text. Default `0.75rem`.
 * @cssproperty --eu-font-size-l - Large text (the element heading). Default `1.25rem`.
 * @cssproperty --eu-font-size-xl - Extra-large text (key figures). Default `1.5rem`.
 * @cssproperty --eu-line-height - Line height. Default `1.5`.
 * @cssproperty --eu-space - Spacing unit; gaps and padding are multiples of it. Default `4px`.
 * @cssproperty --eu-radius - Corner radius. Default `4px`.
 * @cssproperty --eu-focus-width - Width of the focus ring. Default `3px`.
 * @cssproperty --eu-dark-color-primary - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-primary`.
 * @cssproperty --eu-dark-color-accent - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-accent`.
 * @cssproperty --eu-dark-color-text - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-text`.
 * @cssproperty --eu-dark-color-text-muted - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-text-muted`.
 * @cssproperty --eu-dark-color-background - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-background`.
 * @cssproperty --eu-dark-color-surface - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-surface`.
 * @cssproperty --eu-dark-color-border - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-border`.
 * @cssproperty --eu-dark-color-error - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-error`.
 * @cssproperty --eu-dark-color-success - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-success`.
 * @cssproperty --eu-dark-color-focus - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-focus`.
 * @cssproperty --eu-dark-color-series-1 - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-series-1`.
 * @cssproperty --eu-dark-color-series-2 - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-series-2`.
 * @cssproperty --eu-dark-color-badge-background - Dark theme (`theme="dark"`, or `auto` on a dark system): replaces `--eu-color-badge-background`.
 */
export abstract class EuElement<T extends Topic> extends LitElement {
  static override styles = [tokens, shared];

  /**
   * How long a `src` request may take before it fails with reason `timeout`, in ms. A page (or a
   * test) may change it: `customElements.get('eu-programme-list').fetchTimeoutMs = 3000`.
   */
  static fetchTimeoutMs = TIMEOUT_MS;

  /** The topic of the data package this element shows. */
  protected abstract readonly topic: T;
  /** The bundled dataset, used when neither `src` nor `.data` is given. */
  protected abstract bundledData(): TopicData<T>;
  /** The element's heading, in its locale. */
  protected abstract headingText(): string;
  /** The element's content for valid data. */
  protected abstract renderData(data: TopicData<T>): TemplateResult;

  /** URL of JSON following the topic's JSON Schema (https, http or relative). Replaces the bundled data. */
  @property({ reflect: true }) src?: string;

  /** Data of the topic's shape, set from script. Validated like `src`; replaces the bundled data. */
  @property({ attribute: false }) data?: unknown;

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme?: string;

  /** Level of the element's heading, 2–6, so it fits the host page's outline. Default 2. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  /** Tighter spacing and smaller type, for sidebars. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /**
   * For tight spots: no heading, and one compact source line (publisher and date, linked) instead
   * of the numbered source list.
   */
  @property({ type: Boolean, reflect: true }) plain = false;

  /** Where links to sources and official sites open: `_self` (default) or `_blank` (a new tab). */
  @property({ attribute: 'link-target' }) linkTarget?: string;

  /** The UI locale, resolved from `lang` attributes (see the Localization guide). */
  @state() protected locale: Locale = 'en';
  @state() private loadState: LoadState = 'ready';
  @state() private problem?: EuDataErrorDetail;
  @state() private loadedData?: TopicData<T>;
  private abortController?: AbortController;
  private pendingWork?: Promise<unknown>;
  private stopWatchingLang?: () => void;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.updateLocale();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingLang = onLangChange(() => this.updateLocale());
    addEventListener('beforeprint', this.openForPrint);
    addEventListener('afterprint', this.closeAfterPrint);
    this.updateLocale();
    // Reconnected after a load was aborted by disconnection: start it again.
    if (this.hasUpdated && this.loadState === 'loading') this.startLoad();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
    removeEventListener('beforeprint', this.openForPrint);
    removeEventListener('afterprint', this.closeAfterPrint);
    this.abortController?.abort();
  }

  /** Closed disclosures print open (their content is what a reader of paper needs); closed again after. */
  private readonly openForPrint = (): void => {
    for (const details of this.renderRoot.querySelectorAll?.('details:not([open])') ?? []) {
      details.setAttribute('open', '');
      details.setAttribute('data-print-open', '');
    }
  };

  private readonly closeAfterPrint = (): void => {
    for (const details of this.renderRoot.querySelectorAll?.('details[data-print-open]') ?? []) {
      details.removeAttribute('open');
      details.removeAttribute('data-print-open');
    }
  };

  /** Resolves after rendering, including data still loading from `src` and locale strings. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingWork) {
      await this.pendingWork;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The data to render: validated data from `src`/`.data`, else the bundled dataset. */
  protected get currentData(): TopicData<T> {
    return this.loadedData ?? this.bundledData();
  }

  /** The sources the data cites. */
  protected get sources() {
    return bundledSources;
  }

  /** The validated heading level (2–6). */
  protected level = 2;
  /** The validated link target: `_blank`, or undefined for the same tab. */
  protected target: '_blank' | undefined;

  private updateLocale(): void {
    const locale = resolveLocale(this);
    if (locale !== this.locale) this.locale = locale;
    const work: Promise<unknown>[] = [];
    if (!isLocaleLoaded(locale)) work.push(loadLocale(locale));
    // The topic's content text in languages other than English is a lazy module too.
    if (!isContentLocaleLoaded(this.topic, locale))
      work.push(
        loadContentLocale(this.topic, locale).catch((e: unknown) =>
          console.warn(`@eu-belarus/components: could not load the "${locale}" content`, e),
        ),
      );
    if (work.length) this.track(Promise.all(work).then(() => this.requestUpdate()));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) this.startLoad();
    // Bad values fall back to the default, with one console warning per attribute.
    if (changed.has('theme')) oneOf(this, 'theme', this.theme, THEMES, 'light');
    if (changed.has('headingLevel')) this.level = intInRange(this, 'heading-level', this.headingLevel, 2, 6, 2)!;
    if (changed.has('linkTarget'))
      this.target =
        oneOf(this, 'link-target', this.linkTarget, LINK_TARGETS, '_self') === '_blank' ? '_blank' : undefined;
  }

  protected override update(changed: PropertyValues<this>): void {
    inLocale(this.locale, () => super.update(changed));
  }

  private track(work: Promise<unknown>): void {
    const tracked: Promise<unknown> = work.finally(() => {
      if (this.pendingWork === tracked) this.pendingWork = undefined;
    });
    this.pendingWork = tracked;
  }

  private startLoad(): void {
    this.abortController?.abort();
    this.problem = undefined;
    this.loadedData = undefined;
    const src = this.src == null ? undefined : String(this.src).trim();
    if (!src && this.data === undefined) {
      this.loadState = 'ready';
      return;
    }
    const controller = (this.abortController = new AbortController());
    this.loadState = 'loading';
    const origin: EuDataLoadDetail['origin'] = src ? 'src' : 'property';
    const load = async () => {
      const fetched = src
        ? await fetchJson(src, controller.signal, (this.constructor as typeof EuElement).fetchTimeoutMs)
        : { ok: true as const, json: this.data };
      if (controller.signal.aborted) return;
      if (!fetched.ok) return this.fail(fetched.problem);
      const valid = await validateData(this.topic, fetched.json);
      if (controller.signal.aborted) return;
      if (!valid.ok) return this.fail({ ...valid.problem, ...(src ? { src } : {}) });
      this.loadedData = valid.data;
      this.loadState = 'ready';
      this.emit<EuDataLoadDetail>('eu-data-load', { element: this.localName, origin, ...(src ? { src } : {}) });
    };
    this.track(load());
  }

  private fail(problem: LoadProblem): void {
    this.problem = { element: this.localName, ...problem };
    this.loadState = 'error';
    this.emit('eu-data-error', this.problem);
  }

  /** Dispatches a bubbling, composed event, so a listener on the document hears it. */
  protected emit<D>(type: string, detail: D): void {
    this.dispatchEvent(new CustomEvent<D>(type, { detail, bubbles: true, composed: true }));
  }

  /** A heading at `level` (clamped to 6), carrying `part="heading"`. */
  protected heading(content: unknown, level = this.level, className = 'heading'): TemplateResult {
    const tag = HEADINGS[Math.min(Math.max(level, 2), 6) - 2]!;
    return staticHtml`<${tag} class=${className} part="heading">${content}</${tag}>`;
  }

  /** A heading one level below the element's own. */
  protected subheading(content: unknown): TemplateResult {
    return this.heading(content, this.level + 1, 'subheading');
  }

  /** Localized content text; a fallback to English is marked `lang="en"` so screen readers switch voice. */
  protected t(value: LocalizedText): TemplateResult | string {
    const resolved = text(value, this.locale);
    return resolved.fallback ? html`<span lang="en">${resolved.text}</span>` : resolved.text;
  }

  /** Plain localized text, for attributes and sorting. */
  protected plainText(value: LocalizedText): string {
    return text(value, this.locale).text;
  }

  /** A fresh footnote numbering for one render. */
  protected citations(): Citations {
    return new Citations(this.sources, this.locale, this.target, this.plain);
  }

  /** The rows this element shows, for "Download the data"; none by default. */
  protected dataExport(): DataExport | undefined {
    return undefined;
  }

  /** "Download the data: CSV, 1.2 kB · JSON, 3.4 kB" for `dataExport()`, made in the browser. */
  protected downloads(): TemplateResult | typeof nothing {
    return renderDownloads(this.dataExport(), this.sources, this.locale);
  }

  /**
   * The data the element shows (its filters applied) as a CSV or JSON file, with the sources it
   * cites: what the "Download the data" links give. `undefined` for an element without figures.
   */
  dataFile(format: DataFormat): Blob | undefined {
    const data = this.loadState === 'ready' ? inLocale(this.locale, () => this.dataExport()) : undefined;
    return data ? dataBlob(data, this.sources, format) : undefined;
  }

  /** A polite status message for the current data, e.g. a result count; none by default. */
  protected statusText(): string | undefined {
    return undefined;
  }

  protected override render(): TemplateResult {
    return html`<div class="root" part="base" lang=${this.locale}>
      ${this.plain ? nothing : this.heading(this.headingText())} ${this.renderStatus()}
      ${this.loadState === 'ready' ? this.renderData(this.currentData) : nothing}
    </div>`;
  }

  /**
   * One live region, present from the first render, for loading, error and result announcements:
   * its text changes, the element stays, so screen readers announce every change.
   */
  private renderStatus(): TemplateResult {
    const { loadState } = this;
    const content =
      loadState === 'loading'
        ? msg('Loading the data…')
        : loadState === 'error'
          ? html`${msg('The data could not be shown.')} <span class="reason">${this.problemText()}</span>`
          : (this.statusText() ?? nothing);
    const className = loadState === 'ready' ? 'status vh' : `status visible ${loadState}`;
    return html`<div class=${className} role="status" part="status">${content}</div>`;
  }

  private problemText(): string {
    switch (this.problem?.reason) {
      case 'url':
        return msg('The data address is not a web address this element may load.');
      case 'timeout':
        return msg('The data server did not answer in time.');
      case 'http':
      case 'network':
        return msg('The data server could not be reached or answered with an error.');
      case 'too-large':
        return msg('The data is too large.');
      case 'parse':
        return msg('The data is not valid JSON.');
      case 'schema':
        return msg('The data is not in the expected format.');
      default:
        return msg('The requested item does not exist.');
    }
  }

  /** The empty state: a visible sentence, so a filter that matches nothing never leaves a blank box. */
  protected renderEmpty(message: string): TemplateResult {
    return html`<p class="status visible" part="empty">${message}</p>`;
  }
}
