import { css, unsafeCSS } from 'lit';
import { LazyElement } from '../shared/lazy-element.js';
import { compactTradeRoomRules } from './compact-trade-rooms.js';

/**
 * Before its first render: the room cloak.css kept, kept until it renders (see there). A compact
 * form is shorter than a wide screen: its room is its rendered height at its width (English,
 * measured where it changes): cloak.css's rooms, copied by the build (rollup.css.mjs).
 */
export const pendingStyles = css`
  ${LazyElement.pendingStyles}
  @media (min-width: 600px) {
    :host([compact]:empty) {
      min-height: 0;
      container-type: inline-size;
      margin-block-end: var(--eu-space-after, 1.5rem);
    }
    :host([compact]:empty)::before {
      content: '';
      display: block;
      height: var(--eu-cloak-min-height, min(100vh, var(--eu-compact-trade-room, 44rem)));
      ${unsafeCSS(compactTradeRoomRules)}
    }
  }
`;

export const styles = css`
  .partner-list,
  .flow-list {
    list-style: none;
  }
  .block-date {
    margin: calc(var(--_space) * -1) 0 var(--_space);
  }
  .partner-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2) 0;
    border-bottom: 1px solid var(--_border);
  }
  .partner {
    font-weight: 700;
  }
  .share {
    color: var(--_text);
  }
  .flow-list {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  @container eu (min-width: 34rem) {
    .flow-list {
      grid-template-columns: 1fr 1fr;
    }
  }
  .flow {
    padding: calc(var(--_space) * 3);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .direction {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    align-items: baseline;
    margin-bottom: var(--_space);
    font-weight: 700;
  }
  .main {
    font-weight: 700;
  }
  .minor {
    margin: 0;
    font-size: var(--_font-size-s);
  }
  .minor-label {
    color: var(--_muted);
  }
  .gap-note {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-inline-start: 4px solid var(--_muted);
    background: var(--_surface);
    font-size: var(--_font-size-s);
  }
  .figures {
    display: grid;
    gap: calc(var(--_space) * 3);
    margin: 0;
  }
  @container eu (min-width: 34rem) {
    .figures {
      grid-template-columns: 1fr 1fr;
    }
  }
  .figures .figure {
    padding: calc(var(--_space) * 3);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .figures dt {
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  .figures dd {
    margin: 0;
    font-size: var(--_font-size-l);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .flow,
    .gap-note {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-contrast: more) {
    .figures dt,
    .minor-label {
      color: var(--_text);
    }
  }
  @media print {
    .print-only {
      margin-top: calc(var(--_space) * 4);
    }
    .flow,
    .figures .figure {
      border: 1px solid #000;
    }
  }
`;
