import { css } from 'lit';

/** "Download the data: CSV · JSON": 44 px targets; not on paper. */
export const downloads = css`
  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 calc(var(--_space) * 2);
    margin: calc(var(--_space) * 3) 0 0;
    font-size: var(--_font-size-s);
  }
  .downloads a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 2);
  }
  @media print {
    .downloads {
      display: none !important;
    }
  }
`;
