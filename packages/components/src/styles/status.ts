import { css } from 'lit';

/**
 * The live region's loading and error states, the empty state, the note on content shown in
 * English, and the unseen layout that holds the element's height while loading. The error's reason
 * and actions are styled by their own sheet, which loads with them (shared/error-state.ts).
 */
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
    margin-bottom: calc(var(--_space) * 2);
    border-inline-start: 4px solid var(--_error);
  }
  /* Loading: the message over the unseen content, which keeps the height and place the element will
     have. The content is laid out as when rendered (in the flow: its margins collapse the same way). */
  .stage.loading:has(> .placeholder) {
    position: relative;
  }
  .stage.loading > .status:has(+ .placeholder) {
    position: absolute;
    inset: 0 0 auto;
    z-index: 1;
  }
  .placeholder {
    visibility: hidden;
  }
  .lang-note {
    margin: calc(var(--_space) * -1) 0 calc(var(--_space) * 3);
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  @media (forced-colors: active) {
    .status.visible {
      border: 1px solid CanvasText;
    }
  }
`;
