import { css } from 'lit';

/** Inline in the host's running text: its font, colour and line height; none of the boxed elements' padding or border. */
export const styles = css`
  :host {
    display: inline;
  }
  .root {
    container-type: normal;
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
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    vertical-align: super;
    width: 1.2em;
    height: 1.2em;
    min-height: 0;
    margin-inline-start: 0.15em;
    padding: 0;
    border: 1px solid currentColor;
    border-radius: 50%;
    background: none;
    color: var(--_primary);
    font-family: var(--_font-family);
    font-size: 0.7em;
    font-weight: 700;
    font-style: normal;
    line-height: 1;
  }
  /* A 44 px target around the small mark, without moving the line. */
  .source-button::before {
    content: '';
    position: absolute;
    inset: 50% auto auto 50%;
    width: 44px;
    height: 44px;
    transform: translate(-50%, -50%);
  }
  .source-button[aria-expanded='true'] {
    color: var(--_background);
    background: var(--_primary);
    border-color: var(--_primary);
  }
  .note {
    font-size: 0.9em;
  }
  .note[hidden] {
    display: none;
  }
  .fallback {
    font-style: italic;
  }
`;
