/** The quotes themselves, loaded with their rendering when a reader first asks for them (quotes.ts). */
import { quoteById, type Quote } from '@eu-belarus/data/quotes';
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from './localize.js';

export function renderQuotes(ids: readonly string[], sourceName: (id: string) => string): TemplateResult[] {
  return ids
    .map((id) => quoteById(id))
    .filter((q): q is Quote => q !== undefined)
    .map((q) => renderQuote(q, sourceName(q.source)));
}

function renderQuote(quote: Quote, source: string): TemplateResult {
  return html`<figure class="quote">
    <blockquote lang=${quote.lang}>${quote.text}</blockquote>
    ${quote.translation ? html`<p class="translation" lang="en">${quote.translation}</p>` : nothing}
    <figcaption>
      <span lang="en">${source}</span>${
        quote.wording === 'fact-sheet' ? html` — ${msg('in the words of the fact sheet that cites it')}` : nothing
      }
    </figcaption>
  </figure>`;
}
