import { css } from 'lit';

/**
 * Styles every element shares. Layout hangs on the inner `.root` (never on `:host`), because
 * host-page rules such as `* { all: unset }` reach the host element but not the shadow tree.
 */
export const shared = css`
  :host {
    display: block;
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
  }
  :host([compact]) .root {
    padding: calc(var(--_space) * 2);
    font-size: var(--_font-size-s);
  }
  .heading {
    margin: 0 0 calc(var(--_space) * 3);
    font-size: var(--_font-size-xl);
    font-weight: 700;
    line-height: 1.25;
    color: var(--_text);
  }
  :host([compact]) .heading {
    font-size: var(--_font-size-l);
  }
  .subheading {
    margin: calc(var(--_space) * 4) 0 calc(var(--_space) * 2);
    font-size: var(--_font-size-l);
    font-weight: 700;
    line-height: 1.3;
  }
  p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
  }
  a {
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 3);
    min-height: 44px;
  }
  button {
    cursor: pointer;
    color: var(--_primary);
    border-color: var(--_primary);
    font-weight: 700;
  }
  button[aria-pressed='true'] {
    color: var(--_background);
    background: var(--_primary);
  }
  .vh {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .status:empty {
    display: none;
  }
  .status.visible {
    display: block;
    margin: 0 0 calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .status.error {
    border-inline-start: 4px solid var(--_error);
  }
  .status .reason {
    display: block;
    margin-top: var(--_space);
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 4);
    background: var(--_badge-background);
    color: var(--_text);
    font-size: var(--_font-size-xs);
    font-weight: 700;
    line-height: 1.8;
    white-space: nowrap;
  }
  .meta {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .footnote {
    font-size: var(--_font-size-xs);
    line-height: 1;
    vertical-align: super;
    margin-inline-start: 1px;
  }
  .footnote a {
    display: inline-block;
    padding: 2px;
  }
  .sources {
    margin-top: calc(var(--_space) * 4);
    padding-top: calc(var(--_space) * 3);
    border-top: 1px solid var(--_border);
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  .sources .subheading {
    font-size: var(--_font-size);
    margin-top: 0;
    color: var(--_text);
  }
  .sources ol {
    padding-inline-start: calc(var(--_space) * 6);
  }
  .sources li {
    margin-bottom: var(--_space);
  }
  .sources li:target,
  .sources li:focus {
    outline: var(--_focus-width) solid var(--_focus);
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
  /* Data download links, the compact source line of [plain], and what only paper shows. */
  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 calc(var(--_space) * 2);
    margin: calc(var(--_space) * 3) 0 0;
    font-size: var(--_font-size-s);
  }
  .downloads a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 2);
  }
  .sources.compact {
    margin-top: calc(var(--_space) * 3);
    padding-top: 0;
    border-top: 0;
  }
  .print-only {
    display: none;
  }
  /* A control that is visually hidden until it has focus (e.g. "Show the data as a table"). */
  .vh-until-focus:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
    min-height: 0;
  }
  /* Windows high contrast and other forced colours: system colours, borders that stay visible. */
  @media (forced-colors: active) {
    .root,
    .badge,
    .status.visible {
      border: 1px solid CanvasText;
    }
    .badge {
      background: Canvas;
      color: CanvasText;
    }
    :focus-visible,
    .sources li:focus {
      outline: var(--_focus-width) solid Highlight;
    }
    button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
    .meta,
    .sources,
    .status .reason {
      color: CanvasText;
    }
  }
  /* More contrast asked for: secondary text as dark as body text, stronger borders and underlines. */
  @media (prefers-contrast: more) {
    :host,
    :host([theme]) {
      --_muted: var(--_text);
      --_border: var(--_text);
    }
    .root,
    .badge,
    button,
    select {
      border-width: 2px;
    }
    a {
      text-decoration-thickness: 2px;
    }
  }
  /* Paper: no controls, the table beside the chart, link targets written out. */
  @media print {
    .root {
      border: 0;
      padding: 0;
      color: #000;
      background: none;
    }
    button,
    select,
    input,
    .downloads,
    .view-switch,
    .filters,
    .no-print {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: var(--_font-size-xs);
      overflow-wrap: anywhere;
    }
    table,
    figure,
    li {
      break-inside: avoid;
    }
  }
`;
