import { css } from 'lit';

/**
 * A block's "Source:" line, its numbered marks (only where the block's sources differ), and the
 * quotes a reader can open under the line. Targets are at least 24 × 24 px (WCAG 2.2).
 */
export const sources = css`
  .mark {
    font-size: var(--_font-size-xs);
    line-height: 1;
    vertical-align: super;
    color: var(--_muted);
  }
  .source-line {
    margin: calc(var(--_space) * 2) 0 0;
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .source-line > p {
    margin: 0;
  }
  .source-line .number {
    font-variant-numeric: tabular-nums;
  }
  /* A 44 px tall target around a small pill, without making the line taller. */
  .quote-toggle {
    min-width: 44px;
    min-height: 44px;
    margin-block: -12px;
    margin-inline-start: var(--_space);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    vertical-align: middle;
    cursor: pointer;
  }
  .quote-toggle .pill {
    display: inline-block;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) * 4);
    line-height: 1.5;
  }
  .quote-toggle[aria-expanded='true'] .pill {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_background);
  }
  .quotes {
    margin: calc(var(--_space) * 2) 0 0;
    color: var(--_text);
  }
  .quote {
    margin: 0 0 calc(var(--_space) * 2);
    padding-inline-start: calc(var(--_space) * 3);
    border-inline-start: 3px solid var(--_border);
  }
  .quote blockquote,
  .quote p {
    margin: 0;
  }
  .quote blockquote::before {
    content: open-quote;
  }
  .quote blockquote::after {
    content: close-quote;
  }
  .quote figcaption,
  .quote .translation,
  .quote-state,
  .source-note {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .source-line,
    .mark,
    .quote figcaption {
      color: CanvasText;
    }
    .quote-toggle .pill {
      color: ButtonText;
      border-color: ButtonText;
    }
  }
  @media print {
    .quote-toggle {
      display: none;
    }
  }
`;
