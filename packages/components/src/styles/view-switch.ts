import { css } from 'lit';

/** The chart/table switch (shared/view-switch.ts): buttons in a row that wraps; the buttons come from `controls`. */
export const viewSwitch = css`
  .view-switch {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin: calc(var(--_space) * 3) 0;
  }
`;
