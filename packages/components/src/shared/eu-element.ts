import type { LocalizedText } from '@eu-belarus/data';
import type { Topic, TopicData } from '@eu-belarus/data/schema';
import { html, nothing, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { host } from '../styles/host.js';
import { status } from '../styles/status.js';
import { text } from '../styles/text.js';
import { tokens } from '../styles/tokens.js';
import { visuallyHidden } from '../styles/visually-hidden.js';
import { SourceBlock, type Cited } from './citations.js';
import { CommonAttributes } from './common-attributes.js';
import { DataController } from './data-controller.js';
import { headingTemplate } from './headings.js';
import { bundled, type BundledTopic, type RenderTopic } from './bundled.js';
import type { DataExport, DataFormat } from './download.js';
import { TIMEOUT_MS } from './limits.js';
import { release } from './first-render.js';
import { LocaleController, type Locale } from './locale.js';
import { msg } from './localize.js';
import { QuoteController } from './quotes.js';
import type { RenderKit } from './render-kit.js';
import { fillSheets } from './sheets.js';
import type { Turns } from './in-turns.js';

export { THEMES, type HeadingLevel, type Theme } from './common-attributes.js';

/**
 * The shared chores of every `eu-` element: headings, citations and downloads, on top of the
 * common attributes (`CommonAttributes`) and the lazy first render (`LazyElement`). Behaviour comes from
 * controllers: `DataController` (bundled, `.data` or `src`; states and events) and
 * `LocaleController` (the locale and its strings). Subclasses name their topic and render the data.
 *
 * @event eu-data-error - The data could not be loaded or is invalid. `detail` says what failed and where.
 * @event eu-data-load - Data from `src` or `.data` was loaded and validated.
 * @csspart lang-note - The note that some content is shown in English.
 * @csspart error-actions - "Try again" and the link to the source page, in the error state.
 * @csspart quote-button - The button that shows a block's quotes.
 * @csspart quotes - The quotes of a block's sources, once shown.
 */
export abstract class EuElement<T extends Topic> extends CommonAttributes {
  /** The sheets every element needs; each element adds the concerns it renders (badges, sources…), as Web Awesome composes. */
  static override styles: CSSResultOrNative[] = [tokens, host, text, visuallyHidden, status];

  /**
   * How long a `src` request may take before it fails with reason `timeout`, in ms. A page (or a
   * test) may change it: `customElements.get('eu-programme-list').fetchTimeoutMs = 3000`.
   */
  static fetchTimeoutMs = TIMEOUT_MS;

  /** The topic of the data package this element shows. */
  protected abstract readonly topic: T;
  /**
   * The element's render code, loaded with its content (see bundled.ts's `RenderCode`); read it in
   * `renderData` with `bundledNow(this.renderCode)`. None: the element renders with the code it carries.
   */
  protected readonly renderCode?: RenderTopic;
  /** The element's heading, in its locale. */
  protected abstract headingText(): string;
  /** The element's content for valid data. */
  protected abstract renderData(data: TopicData<T>): TemplateResult;

  protected readonly i18n = new LocaleController(this, () => this.textTopics);
  protected readonly loader = new DataController<T>(this, {
    topic: () => this.topic,
    // In the embed the sheets come with the content (sheets-on-demand.ts): one wait, one error state, one retry.
    bundledTopics: () => [...this.bundledTopics, 'sheets'],
  });
  /** The quotes a reader opened under a source line. */
  protected readonly quotes = new QuoteController(this);
  /**
   * Long lists of a first render in turns (see in-turns.ts): an element with lists declares
   * `protected override readonly turns = this.inTurns(Turns);` and renders `this.turns.list(parts)`.
   * in-turns.ts (and Lit's async directives) load only with the elements that have lists.
   */
  protected readonly turns?: Turns;

  /**
   * The element's turns, made with in-turns.ts's `Turns` (passed in, so that an element without
   * lists never loads it). A placeholder under the loading message is whole: it keeps the room of
   * the whole content.
   */
  protected inTurns(make: typeof Turns): Turns {
    return new make(
      this,
      (render) => this.i18n.within(render),
      () => {
        const mode = this.firstRenderTurns;
        return mode === 'view' && this.loader.status !== 'ready' ? 'whole' : mode;
      },
      // Text made in later turns fell back to English: the note saying so shows now, in its spot
      // (rendering the element again for it would make a second render of every element, in most languages).
      () => {
        if (this.loader.status !== 'ready' || !this.i18n.fallbacks || this.englishNoted) return;
        this.englishNoted = true;
        this.turns?.fillSpot(this.i18n.within(() => this.englishNote()));
      },
    );
  }
  /** Whether the last render noted that some content is shown in English. */
  private englishNoted = false;

  /** The UI locale, resolved from `lang` attributes. */
  protected get locale(): Locale {
    return this.i18n.locale;
  }

  /**
   * The bundled datasets the element renders, loaded on demand before its first render of data
   * (see `bundled.ts`; read them with `bundledNow(topic)`): its own topic, the sources, the
   * making of download files if it has `dataExport()`, and its `renderCode`. With `src`/`.data` its own topic is not loaded.
   */
  protected get bundledTopics(): readonly BundledTopic[] {
    const downloads = this.dataExport !== EuElement.prototype.dataExport;
    const render = this.renderCode ? [this.renderCode] : [];
    return [this.topic as BundledTopic, 'sources', ...(downloads ? (['downloads'] as const) : []), ...render];
  }

  /** The topics whose content text the element shows: its own by default. */
  protected get textTopics(): readonly Topic[] {
    return [this.topic];
  }

  /**
   * A `src` the page gave starts loading at once, as before: the page asked for that URL (and a
   * removed element aborts it). What the element brings itself waits for its turn (below).
   */
  protected override beforeTurn(): void {
    this.loader.sync();
  }

  /**
   * The content (with the sheets, in the embed) and the language's strings first: one render in
   * the right language, not two. Once here, the element's sheets get their rules before it renders.
   */
  protected override beforeFirstRender(): Promise<unknown> | undefined {
    this.i18n.load();
    const { bundledPending } = this.loader;
    const strings = this.i18n.pending;
    if (bundledPending || strings) return Promise.all([bundledPending, strings]);
    fillSheets((this.constructor as typeof EuElement).elementStyles);
    return undefined;
  }

  /** The data to render: validated data from `src`/`.data`, else the bundled dataset. */
  protected get currentData(): TopicData<T> {
    return this.loader.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('lang')) this.i18n.resolve();
  }

  protected override update(changed: PropertyValues<this>): void {
    this.i18n.within(() => super.update(changed));
    // In the page now: a first render in view makes its lists' first screenful.
    this.turns?.fill();
  }

  /** Resolves after rendering, including data still loading from `src` and locale strings. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let work; (work = this.i18n.pending ?? this.loader.pending ?? this.turns?.pending);) {
      await work;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** A heading at `level` (clamped to 6), carrying `part="heading"`; never broken inside "EU–Belarus". */
  protected heading(content: unknown, level: number = this.headingLevel, className = 'heading'): TemplateResult {
    return headingTemplate(content, level, className);
  }

  /** A heading one level below the element's own. */
  protected subheading(content: unknown): TemplateResult {
    return this.heading(content, this.headingLevel + 1, 'subheading');
  }

  /** The parts still to come of a concealed render are made before it shows. */
  protected override beforeReveal(): void {
    this.turns?.complete();
  }

  /** Localized content text; a fallback to English is marked `lang="en"` so screen readers switch voice. */
  protected t(value: LocalizedText): TemplateResult | string {
    return this.i18n.text(value);
  }

  /** Plain localized text, for attributes and sorting. */
  protected plainText(value: LocalizedText): string {
    return this.i18n.plain(value);
  }

  /**
   * The sources of one block (a section, a card, an item): its "Source:" line, and numbered marks
   * where its items cite different sources. `key` is stable within the element (an item's id).
   * With `plain`, each source's date is given without its meaning ("published", "read").
   */
  protected sourceBlock(key: string, items: readonly (Cited | undefined)[]): SourceBlock {
    const context = { locale: this.locale, linkTarget: this.linkTarget, quotes: this.quotes, short: this.plain };
    return new SourceBlock(context, key, items);
  }

  /** What the element's render code reads from it (render-kit.ts), made per render. */
  protected renderKit(): RenderKit {
    return {
      locale: this.locale,
      compact: this.compact,
      linkTarget: this.linkTarget,
      t: (value) => this.t(value),
      plainText: (value) => this.plainText(value),
      block: (key, items) => this.sourceBlock(key, items),
      heading: (content, below, className) => this.heading(content, this.headingLevel + below, className),
      downloads: () => this.downloads(),
    };
  }

  /** The rows this element shows, for "Download the data"; none by default. */
  protected dataExport(): DataExport | undefined {
    return undefined;
  }

  /** "Get the data: CSV (1.2 kB), JSON (3.4 kB)" for `dataExport()`, made in the browser. */
  protected downloads(): TemplateResult | typeof nothing {
    return bundled('downloads')?.renderDownloads(this.dataExport(), this.locale) ?? nothing;
  }

  /**
   * The data the element shows (its filters applied) as a CSV or JSON file, with the sources it
   * cites: what the "Download the data" links give. `undefined` for an element without figures.
   */
  dataFile(format: DataFormat): Blob | undefined {
    const data = this.loader.status === 'ready' ? this.i18n.within(() => this.dataExport()) : undefined;
    const files = bundled('downloads');
    return data && files ? files.dataBlob(data, format) : undefined;
  }

  /** A polite status message for the current data, e.g. a result count; none by default. */
  protected statusText(): string | undefined {
    return undefined;
  }

  /** The note that some of the content is shown in English. */
  private englishNote(): TemplateResult {
    return html`<p class="lang-note" part="lang-note">
      ${msg('Some of this content is shown in English: it has not been translated yet.')}
    </p>`;
  }

  /**
   * The live region, then the content. While data loads from `src`, the bundled content is laid
   * out unseen under the loading message, so the element already has about the height it will
   * have (no jump when the data arrives). A note says when content is shown in English.
   */
  protected override render(): TemplateResult {
    const { status } = this.loader;
    this.i18n.countFallbacks();
    const content =
      status === 'ready'
        ? this.renderData(this.currentData)
        : this.loader.hasData
          ? html`<div class="placeholder" aria-hidden="true" inert>${this.renderData(this.currentData)}</div>`
          : nothing;
    this.englishNoted = status === 'ready' && this.i18n.fallbacks > 0;
    const english = this.englishNoted ? this.englishNote() : nothing;
    return html`<div class="root" part="base" lang=${this.locale} @beforematch=${() => release(this)}>
      ${this.plain ? nothing : this.heading(this.headingText())} ${this.turns ? this.turns.spot(english) : english}
      <div class="stage ${status}">
        ${this.loader.renderStatus(() => this.statusText(), {
          retry: () => this.loader.retry(),
          sourceData: () => bundled(this.topic as BundledTopic),
          linkTarget: this.linkTarget,
        })}
        ${content}
      </div>
    </div>`;
  }
}
