import { css } from 'lit';

/** Badges: a category, a status, a rank. */
export const badge = css`
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
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
  @media (prefers-contrast: more) {
    .badge {
      border-width: 2px;
    }
  }
`;
