import { css } from 'lit';

/** `<details>` with more about an item: a summary that reads as a control, with a 44 px target. */
export const disclosure = css`
  details {
    margin-top: calc(var(--_space) * 2);
  }
  summary {
    cursor: pointer;
    color: var(--_primary);
    font-weight: 700;
    min-height: 44px;
    padding: calc(var(--_space) * 2.5) 0;
  }
`;
