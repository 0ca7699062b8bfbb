import { css } from 'lit';

/** Groups of dialogues; the status badges are shared (shared/status-badge.ts). */
export const styles = css`
  .group + .group {
    margin-top: calc(var(--_space) * 6);
  }
  .group > .subheading {
    margin-top: 0;
    padding-bottom: var(--_space);
    border-bottom: 2px solid var(--_text);
  }
  .title {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: var(--_font-size);
    font-weight: 700;
    line-height: 1.3;
    color: var(--_text);
  }
  .state-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .when {
    white-space: nowrap;
  }
  .note {
    font-size: var(--_font-size-s);
    color: var(--_muted);
  }
  .summary {
    margin-bottom: 0;
  }
  .history {
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 2);
    padding-inline-start: calc(var(--_space) * 3);
    border-inline-start: 2px solid var(--_border);
  }
  .history li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .history .note {
    flex-basis: 100%;
    margin: 0;
  }
`;
