import { css } from 'lit';

/** "Get the data: CSV, JSON" at the end of a source line: 24 px tall targets; not on paper. */
export const downloads = css`
  .downloads {
    white-space: nowrap;
  }
  .downloads a {
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }
  @media print {
    .downloads,
    .dot {
      display: none !important;
    }
  }
`;
