/**
 * The exact words of a source behind an item, shown when a reader asks ("Quotes" after a source
 * line). The quotes and their rendering (quote-list.ts) are a separate chunk, loaded on the first
 * request only, so a page that never opens them never downloads either.
 */
import type { Source } from '@eu-belarus/data/sources';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { sourceNote } from './citations.js';
import { msg } from './localize.js';

type QuotesModule = typeof import('./quote-list.js');
let loading: Promise<QuotesModule> | undefined;
let loaded: QuotesModule | undefined;
let failed = false;

function loadQuotes(): Promise<QuotesModule> {
  loading ??= import('./quote-list.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      failed = true;
      loading = undefined;
      console.warn('@eu-belarus/components: could not load the quotes', error);
      throw error;
    },
  );
  return loading;
}

/** Which blocks' quotes a reader opened, and the quotes once loaded. One per element. */
export class QuoteController implements ReactiveController {
  private readonly open = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  isOpen(key: string): boolean {
    return this.open.has(key);
  }

  /** Opens or closes a block's quotes; the first opening loads them. */
  toggle(key: string): void {
    if (this.open.delete(key)) return this.host.requestUpdate();
    this.open.add(key);
    failed = false;
    this.host.requestUpdate();
    if (!loaded)
      void loadQuotes()
        .catch(() => undefined)
        .then(() => this.host.requestUpdate());
  }

  /**
   * The open block's quotes (a list, "loading", or the failure, in the element's locale), then
   * the notes of the block's sources that have one (what their dates are, who published them).
   */
  render(
    key: string,
    ids: readonly string[],
    sourceName: (id: string) => string,
    noted: readonly Source[] = [],
  ): TemplateResult | typeof nothing {
    if (!this.open.has(key)) return nothing;
    const body = loaded
      ? loaded.renderQuotes(ids, sourceName)
      : html`<p class="quote-state">
          ${failed ? msg('The quotes could not be loaded.') : msg('Loading the quotes…')}
        </p>`;
    const notes = noted.map((source) => html`<p>${sourceNote(source)}</p>`);
    return html`<div class="quotes" id="quotes-${key}" part="quotes">${body}${notes}</div>`;
  }
}
