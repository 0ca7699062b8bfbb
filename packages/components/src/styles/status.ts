import { css } from 'lit';

/** The live region's loading and error states, and the empty state. */
export const status = css`
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
  @media (forced-colors: active) {
    .status.visible {
      border: 1px solid CanvasText;
    }
    .status .reason {
      color: CanvasText;
    }
  }
`;
