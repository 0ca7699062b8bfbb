import { css } from 'lit';

/**
 * Inline in the host's running text: its font, colour and line height; none of the boxed
 * elements' padding, border or margin. The source button is a 24 px target drawn in the text's
 * own colour (so it keeps the text's contrast on any host background) and does not grow the
 * line; the note is a popover under it, so the sentence never reflows.
 */
export const styles = css`
  :host {
    display: inline;
    container-type: normal;
    margin: 0;
  }
  .root {
    container-type: normal;
    contain: none;
    position: relative;
    display: inline;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
    font: inherit;
    color: inherit;
    line-height: inherit;
    hyphens: manual;
  }
  :host([compact]) .root {
    padding: 0;
    font-size: inherit;
  }
  .value {
    font-weight: 700;
    white-space: nowrap;
  }
  .source-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    vertical-align: middle;
    width: 24px;
    height: 24px;
    min-height: 0;
    /* A 24 px target that adds nothing to the line's height. */
    margin-block: -6px;
    margin-inline: 1px 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    line-height: 1;
    cursor: pointer;
  }
  .mark {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 15px;
    height: 15px;
    border: 1.5px solid currentColor;
    border-radius: 50%;
    font-family: var(--_font-family);
    font-size: 11px;
    font-weight: 700;
    font-style: normal;
  }
  .source-button[aria-expanded='true'] .mark {
    box-shadow: 0 0 0 1.5px currentColor;
  }
  .source-button:focus-visible {
    outline-offset: 0;
    border-radius: 50%;
  }
  .note {
    position: absolute;
    top: calc(100% + 6px);
    inset-inline-start: 0;
    z-index: 10;
    display: block;
    width: max-content;
    max-width: min(24rem, calc(100vw - 16px));
    margin: 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    font-family: var(--_font-family);
    font-size: var(--_font-size-s);
    font-weight: 400;
    line-height: 1.45;
    text-align: start;
    white-space: normal;
  }
  /* The popover sits in the top layer, placed under its button by script. */
  .note[popover] {
    position: fixed;
    inset: auto;
  }
  .note[popover]:not(:popover-open),
  .note[hidden] {
    display: none;
  }
  .note-label,
  .note-sources,
  .note-source-note {
    display: block;
  }
  .note-source-note {
    margin-top: var(--_space);
    font-size: var(--_font-size-xs);
  }
  .note-label {
    font-weight: 700;
  }
  .note a {
    color: var(--_primary);
  }
  @media (forced-colors: active) {
    .mark {
      border-color: ButtonText;
      color: ButtonText;
    }
    .note {
      border-color: CanvasText;
    }
  }
  @media print {
    .source-button,
    .note {
      display: none !important;
    }
  }
`;
