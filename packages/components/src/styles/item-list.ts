import { css } from 'lit';

/** A list of items (programmes, dialogues) separated by rules. */
export const itemList = css`
  .items {
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  .item {
    min-width: 0;
    padding-bottom: calc(var(--_space) * 4);
    border-bottom: 1px solid var(--_border);
  }
  .item:last-child {
    border-bottom: 0;
    padding-bottom: 0;
  }
`;
