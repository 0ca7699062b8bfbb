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
  /* Status badges (shared/status-badge.ts): the icon in the status' tone, the name in text colour. */
  .status-badge {
    --_tone: var(--_muted);
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    border-color: var(--_tone);
    white-space: normal;
  }
  .status-badge[data-tone='good'] {
    --_tone: var(--_success);
  }
  .status-badge[data-tone='stopped'] {
    --_tone: var(--_error);
  }
  .status-icon {
    flex: none;
    width: 0.85em;
    height: 0.85em;
    color: var(--_tone);
  }
  @media (forced-colors: active) {
    .status-icon {
      color: CanvasText;
    }
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
