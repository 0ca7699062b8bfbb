import { css } from 'lit';

/** "Get the data: CSV, JSON" at the end of a source line: 24 px tall targets; not on paper. */
export const downloads = css`
  /* Each link stays whole ("JSON (15,7 kB)"); the line may wrap between them in a sidebar. */
  .downloads a {
    display: inline-block;
    white-space: nowrap;
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
