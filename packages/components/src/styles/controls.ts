import { css } from 'lit';

/** Buttons and selects: 44 px targets, a pressed state; system colours when forced; none on paper. */
export const controls = css`
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
  @media (forced-colors: active) {
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
  }
  @media (prefers-contrast: more) {
    button,
    select {
      border-width: 2px;
    }
  }
  @media print {
    button,
    select,
    input {
      display: none !important;
    }
  }
`;
