import { css } from 'lit';

/**
 * The element's box. Layout hangs on the inner `.root` (never on `:host`), because host-page
 * rules such as `* { all: unset }` reach the host element but not the shadow tree. Also the focus
 * ring, reduced motion, and what forced colours, more contrast and paper change about the box.
 */
export const host = css`
  /* The host is a container too, so the card can drop its frame when the element is narrow; a
     bottom margin keeps two elements in a row apart, as GOV.UK and ECL components do. */
  :host {
    display: block;
    container: eu-host / inline-size;
    margin-block-end: var(--_space-after);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    container: eu / inline-size;
    display: block;
    min-width: 0;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-weight: 400;
    line-height: var(--_line-height);
    color: var(--_text);
    background: var(--_background);
    text-align: start;
    overflow-wrap: break-word;
    hyphens: auto;
    /* Inherited text properties a host page may set on an ancestor reach the shadow tree: reset them. */
    -webkit-text-fill-color: currentcolor;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    font-style: normal;
    font-variant: normal;
    writing-mode: horizontal-tb;
    visibility: visible;
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* The card paints nothing outside itself (its padding holds the focus rings): when a list above
       grows, the browser moves the card's painting as one piece instead of walking and repainting
       all of it (at CPU ×4, a frame of turns on six.html repaints in a third of the time). */
    contain: paint;
    overflow-clip-margin: 8px;
  }
  :host([compact]) .root {
    padding: calc(var(--_space) * 3);
    font-size: var(--_font-size-s);
  }
  /* In a narrow column (a phone, a sidebar) the host's own layout frames the element: no card. */
  @container eu-host (max-width: 400px) {
    .root,
    :host([compact]) .root {
      padding: 0;
      border: 0;
      border-radius: 0;
      /* Without padding a focus ring at the edge would be clipped. */
      contain: none;
    }
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  /* Shown on paper only (e.g. the table beside a chart). */
  .print-only {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  /* Windows high contrast and other forced colours: system colours, borders that stay visible. */
  @media (forced-colors: active) {
    .root {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline: var(--_focus-width) solid Highlight;
    }
  }
  /* More contrast asked for: secondary text as dark as body text, stronger borders. */
  @media (prefers-contrast: more) {
    :host,
    :host([theme]) {
      --_muted: var(--_text);
      --_border: var(--_text);
    }
    .root {
      border-width: 2px;
    }
  }
  /* Paper: no box, what only paper shows, nothing split across pages. */
  @media print {
    .root {
      border: 0;
      padding: 0;
      contain: none;
      color: #000;
      background: none;
    }
    .no-print {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    table,
    figure,
    li {
      break-inside: avoid;
    }
  }
`;
