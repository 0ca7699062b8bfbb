/**
 * The error state's details: what went wrong in plain words, "Try again" and the link to the
 * source page. A separate chunk, loaded with the first error (error-state-loader.ts): most pages
 * never show one. Their strings load with them (rollup.strings.mjs).
 */
import { adoptStyles, css, html, nothing, type TemplateResult } from 'lit';
import type { EuDataErrorDetail } from './events.js';
import { externalLink, type LinkTarget } from './links.js';
import { msg } from './localize.js';
import { topicSourcePage } from './source-page.js';

/**
 * What the error state offers: loading again, and the page the content comes from (found in the
 * topic's bundled data here, so that search loads with the first error, not with every page).
 */
export interface ErrorActions {
  retry: () => void;
  sourceData: () => unknown;
  linkTarget: LinkTarget;
}

/** The reason's and the actions' styles (the rest of the error state is in styles/status.ts, up front). */
const styles = css`
  .status .reason {
    display: block;
    margin-top: var(--_space);
  }
  .error-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
    margin: 0 0 calc(var(--_space) * 3);
  }
  .retry {
    min-height: 44px;
    padding: 0 calc(var(--_space) * 4);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_background);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .retry {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;

const styled = new WeakSet<ShadowRoot>();

/**
 * Adds the sheet above to the element's shadow root, after its own sheets, the first time it shows
 * an error (called as the error renders: after the first render has set the element's sheets).
 */
export function styleErrorState(host: HTMLElement): void {
  const root = host.shadowRoot;
  if (!root || styled.has(root)) return;
  styled.add(root);
  const sheet = styles.styleSheet;
  // Without constructable sheets Lit adds a <style> element instead, beside the element's own.
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else adoptStyles(root, [styles]);
}

export function renderErrorActions({ retry, sourceData, linkTarget }: ErrorActions): TemplateResult {
  const page = topicSourcePage(sourceData());
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
