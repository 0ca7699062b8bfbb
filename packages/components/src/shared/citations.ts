/**
 * How an element names its sources: one "Source:" line under each block (a section, a card, an
 * item), as a newsroom credits a chart. Numbered marks appear only where the sources differ
 * within a block, and they refer to that block's own line, right below: a mark is never far from
 * its note and never alone. A line offers the exact quotes behind the block, loaded on demand.
 */
import type { Source } from '@eu-belarus/data/sources';
import { sourceById } from './bundled.js';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from './format.js';
import { externalLink, safeHref, type LinkTarget } from './links.js';
import type { Locale } from './locale.js';
import { msg, str } from './localize.js';
import type { QuoteController } from './quotes.js';
import { sourceMeta, sourceTitle } from './source-meta.js';

/** What an item cites: its sources and, if it lists them, the quotes that hold its words or figures. */
export interface Cited {
  sources: readonly string[];
  quotes?: readonly string[] | undefined;
}

/** What every block of one element shares. */
export interface SourceContext {
  locale: Locale;
  linkTarget: LinkTarget;
  quotes: QuoteController;
  /** Short lines (each source's date without its meaning): the `plain` attribute. */
  short: boolean;
}

/** 1, 2, 3, 5 → "1–3", "5": a statement that cites twenty sources gets one short mark. */
function numberRuns(sorted: readonly number[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(','));
    i = j + 1;
  }
  return runs;
}

const setKey = (ids: readonly string[]) => [...new Set(ids)].sort().join(' ');

export class SourceBlock {
  private readonly numbers = new Map<string, number>();
  private readonly quoteIds: string[];
  /** Every item of the block cites the same sources: no marks, one line. */
  readonly uniform: boolean;

  /** `key`: stable and unique within the element (an item's id), for the block's quotes. */
  constructor(
    private readonly context: SourceContext,
    private readonly key: string,
    items: readonly (Cited | undefined)[],
  ) {
    const cited = items.filter((i): i is Cited => Boolean(i?.sources.length));
    this.uniform = new Set(cited.map((i) => setKey(i.sources))).size <= 1;
    for (const id of cited.flatMap((i) => i.sources))
      if (!this.numbers.has(id)) this.numbers.set(id, this.numbers.size + 1);
    this.quoteIds = [...new Set(cited.flatMap((i) => i.quotes ?? []))];
  }

  /** The sources' numbers after an item's text ("[1]"), only where they differ within the block. */
  mark(item: Cited | undefined): TemplateResult | typeof nothing {
    if (this.uniform || !item?.sources.length) return nothing;
    const numbers = [...new Set(item.sources)].map((id) => this.numbers.get(id)!).sort((x, y) => x - y);
    const runs = numberRuns(numbers);
    const label = runs.map((n) => msg(str`Source ${n}`)).join(', ');
    // A word joiner keeps the mark on the line of the word before it; no space inside, so it never wraps.
    return html`⁠<sup class="mark" part="footnote"
        ><span aria-hidden="true">[${runs.join(',')}]</span><span class="vh">(${label})</span></sup
      >`;
  }

  /** "Source: European Commission: Title, published 3 May 2017 · Quotes", with `extra` after a dot. */
  line(extra?: unknown): TemplateResult | typeof nothing {
    if (!this.numbers.size) return nothing;
    const { quotes } = this.context;
    const label = this.numbers.size === 1 ? msg('Source:') : msg('Sources:');
    const after = extra ? html`<span class="dot" aria-hidden="true"> · </span>${extra}` : nothing;
    const open = quotes.isOpen(this.key);
    const shown = open
      ? quotes.render(
          this.key,
          this.quoteIds,
          (id) => sourceById(id)?.publisher ?? id,
          [...this.numbers.keys()].map((id) => sourceById(id)).filter((s): s is Source => Boolean(s?.note)),
        )
      : nothing;
    // The label is the first entry's lead and, with no button, `after` the last entry's tail: two
    // parts less per line. The button in the line's own template: one template less for each line with quotes.
    return this.quoteIds.length
      ? html`<div class="source-line" part="sources">
          <p>
            ${this.entries([...this.numbers], 0, `${label} `, nothing)}
            <button
              type="button"
              class="quote-toggle"
              part="quote-button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="quotes-${this.key}"
              @click=${() => quotes.toggle(this.key)}
            >
              <span class="pill">${msg('Quotes')}</span></button
            >${after}
          </p>
          ${shown}
        </div>`
      : html`<div class="source-line" part="sources">
          <p>${this.entries([...this.numbers], 0, `${label} `, after)}</p>
          ${shown}
        </div>`;
  }

  /**
   * The block's sources from `at` on, `lead` before the first ("Source: ", then "; "), `tail` after
   * the last: each source one template that holds the next (a list would cost two comment markers
   * an entry), a linked source's number, publisher, link and dates in that one template (they were four).
   * A link in the same tab is a template without `target` and `rel`: two parts less per source.
   */
  private entries(list: readonly [string, number][], at: number, lead: string, tail: unknown): unknown {
    if (at === list.length) return tail;
    const [id, n] = list[at]!;
    const source = sourceById(id);
    const rest = this.entries(list, at + 1, '; ', tail);
    const { locale, linkTarget, short } = this.context;
    const href = safeHref(source?.url);
    const number = () => (this.uniform ? nothing : html`<span class="number">[${n}]</span> `);
    if (!source || !href || short)
      return html`${lead}<span class="source">${number()}${source ? this.renderEntry(source) : id}</span>${rest}`;
    const publisher = `${source.publisher}: `;
    const meta = sourceMeta(source, locale);
    if (linkTarget === '_blank')
      return html`${lead}<span class="source"
          >${number()}<span lang="en"
            >${publisher}<a part="link" href=${href} target="_blank" rel="noopener">${sourceTitle(source)}</a></span
          >${meta}</span
        >${rest}`;
    return this.uniform
      ? html`${lead}<span class="source"
            ><span lang="en">${publisher}<a part="link" href=${href}>${sourceTitle(source)}</a></span
            >${meta}</span
          >${rest}`
      : html`${lead}<span class="source"
            ><span class="number">[${n}]</span>
            <span lang="en">${publisher}<a part="link" href=${href}>${sourceTitle(source)}</a></span
            >${meta}</span
          >${rest}`;
  }

  /** Full: "Publisher: Title (linked), as reported by …, published 3 May 2017"; short (`plain`): the date without its meaning. */
  private renderEntry(source: Source): TemplateResult {
    const { locale, linkTarget, short } = this.context;
    if (!short) return renderSource(source, locale, linkTarget);
    const date = source.published ?? source.updated ?? source.retrieved;
    return html`${renderSource(source, locale, linkTarget, false)}${
      date ? html`, <time datetime=${date}>${formatDate(date, locale)}</time>` : nothing
    }`;
  }
}

/** "European Commission: Title (linked), as reported by …, published 3 May 2017": one source, in running text or a list. */
export function renderSource(source: Source, locale: Locale, target: LinkTarget, dated = true): TemplateResult {
  const href = safeHref(source.url);
  const title = href ? externalLink(href, sourceTitle(source), target) : sourceTitle(source);
  return html`<span lang="en">${source.publisher}: ${title}</span>${sourceMeta(source, locale, dated)}`;
}

/**
 * "European Commission, DG Trade: Figures as recorded …": what the source record says about the
 * source itself (its dates, who published it), in English, shown where a reader asks for detail.
 */
export function sourceNote(source: Source): TemplateResult | typeof nothing {
  return source.note
    ? html`<span class="source-note" part="source-note" lang="en">${source.publisher}: ${source.note}</span>`
    : nothing;
}
