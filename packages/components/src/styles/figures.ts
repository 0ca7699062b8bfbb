import { css } from 'lit';

/**
 * Key figures as cards in a grid: a large value (text colour: blue is for links) over its label and date. An element may set
 * `--_figure-min-width` (the narrowest card) and `--_figure-value-size` on `.figures`.
 */
export const figures = css`
  .figures {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_figure-min-width, 14rem)), 1fr));
    gap: calc(var(--_space) * 3);
  }
  .figure {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-width: 0;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .figure .value {
    font-size: var(--_figure-value-size, var(--_font-size-xl));
    font-weight: 700;
    line-height: 1.2;
    color: var(--_text);
  }
  :host([compact]) .figure .value {
    font-size: var(--_font-size-l);
  }
  :host([compact]) .figure {
    padding: calc(var(--_space) * 2);
  }
  .figure .label {
    font-size: var(--_font-size-s);
    color: var(--_text);
  }
  /* Cards keep their outline where backgrounds are not drawn: forced colours and paper. */
  @media (forced-colors: active) {
    .figure {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-contrast: more) {
    .figure {
      outline: 1px solid var(--_text);
    }
  }
  @media print {
    .figure {
      border: 1px solid #000;
      background: none;
      break-inside: avoid;
    }
    .figure .value {
      color: #000;
    }
  }
`;
