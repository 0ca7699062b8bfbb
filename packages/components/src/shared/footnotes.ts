/**
 * Numbered footnotes with one list of sources at the end of the element: the restrictive-measures
 * element's citation style (the other elements credit each block with a "Source:" line, see
 * citations.ts).
 */
import { sourceById } from './bundled.js';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from './format.js';
import { externalLink, safeHref, type LinkTarget } from './links.js';
import type { Locale } from './locale.js';
import { msg, str } from './localize.js';
import { sourceTitle } from './source-meta.js';
import { renderSource } from './citations.js';

/**
 * Numbers the sources an element cites, in order of first citation, renders the footnote marks
 * and the source list they link to. Make one per render.
 */
export class Citations {
  private readonly numbers = new Map<string, number>();

  constructor(
    private readonly locale: Locale,
    private readonly linkTarget: LinkTarget,
    /** One compact line (publisher and date, linked) instead of the numbered list: the `plain` attribute. */
    private readonly compact = false,
  ) {}

  /** Footnote marks for an item's sources: "[1][2]", each a link to its entry in the list. */
  cite(ids: readonly string[]): TemplateResult {
    return html`${ids.map((id) => {
      let n = this.numbers.get(id);
      if (n === undefined) this.numbers.set(id, (n = this.numbers.size + 1));
      return html`<sup class="footnote"
        ><a part="footnote" href="#source-${n}" @click=${jumpToSource}
          ><span aria-hidden="true">[${n}]</span><span class="vh">${msg(str`Source ${n}`)}</span></a
        ></sup
      >`;
    })}`;
  }

  /** The numbered list of every cited source, with publisher, title, date and link. */
  renderList(heading: (text: string) => TemplateResult): TemplateResult | typeof nothing {
    if (!this.numbers.size) return nothing;
    if (this.compact) return this.renderLine();
    return html`<section class="sources" part="sources">
      ${heading(msg('Sources'))}
      <ol>
        ${[...this.numbers].map(([id, n]) => {
          const source = sourceById(id);
          const entry = source ? renderSource(source, this.locale, this.linkTarget) : id;
          return html`<li id="source-${n}" tabindex="-1">${entry}</li>`;
        })}
      </ol>
    </section>`;
  }

  /** "Sources: European Commission, 2017; EEAS, 2016", each publisher a link to its source. */
  private renderLine(): TemplateResult {
    const items = [...this.numbers].map(([id, n]) => {
      const source = sourceById(id);
      const href = safeHref(source?.url);
      const date = source?.published ?? source?.updated ?? source?.retrieved;
      const publisher = source
        ? html`<span lang="en"
            >${source.publisher}${href ? html`<span class="vh">: ${sourceTitle(source)}</span>` : nothing}</span
          >`
        : id;
      return html`<span id="source-${n}" tabindex="-1"
        >${href ? externalLink(href, publisher, this.linkTarget) : publisher}${
          date ? html`, <time datetime=${date}>${formatDate(date, this.locale)}</time>` : nothing
        }</span
      >`;
    });
    return html`<p class="sources compact" part="sources">
      ${msg('Sources:')} ${items.map((item, i) => (i ? html`; ${item}` : item))}
    </p>`;
  }
}

/** Fragment links cannot reach into a shadow root, so move focus to the note ourselves. */
function jumpToSource(event: Event): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const root = link.getRootNode() as ShadowRoot;
  const target = root.getElementById?.(link.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}
