/**
 * The error state's details: what went wrong in plain words, "Try again" and the link to the
 * source page. A separate chunk, loaded with the first error (data-controller.ts): most pages
 * never show one. Their strings load with them (rollup.strings.mjs).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EuDataErrorDetail } from './events.js';
import { externalLink, type LinkTarget } from './links.js';
import { msg } from './localize.js';

/** What the error state offers: loading again, and the page the content comes from. */
export interface ErrorActions {
  retry: () => void;
  sourcePage: () => { href: string; publisher: string } | undefined;
  linkTarget: LinkTarget;
}

export function renderErrorActions({ retry, sourcePage, linkTarget }: ErrorActions): TemplateResult {
  const page = sourcePage();
  return html`<p class="error-actions" part="error-actions">
    <button type="button" class="retry" @click=${retry}>${msg('Try again')}</button>
    ${
      page
        ? html`<span class="or"
            >${externalLink(page.href, html`${msg('Read the original on the source page')}<span class="vh"> (${page.publisher})</span>`, linkTarget)}</span
          >`
        : nothing
    }
  </p>`;
}

/** What went wrong, for a reader rather than a developer (the event's `detail` has the technical reason). */
export function renderReason(problem: EuDataErrorDetail | undefined): TemplateResult {
  return html`<span class="reason">${problemText(problem)}</span>`;
}

function problemText(problem: EuDataErrorDetail | undefined): string {
  switch (problem?.reason) {
    case 'timeout':
      return msg('The server that holds it took too long to answer.');
    case 'http':
    case 'network':
      return msg('The server that holds it could not be reached.');
    case 'url':
    case 'too-large':
    case 'parse':
    case 'schema':
      return msg('What arrived was not in the form this page expects.');
    default:
      return msg('The requested item does not exist.');
  }
}
