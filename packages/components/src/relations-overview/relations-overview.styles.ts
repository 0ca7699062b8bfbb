import { css } from 'lit';

export const styles = css`
  .section + .section {
    margin-top: calc(var(--_space) * 5);
  }
  .policy {
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .point {
    min-width: 0;
    padding-inline-start: calc(var(--_space) * 3);
    border-inline-start: 3px solid var(--_border);
  }
  .point-title {
    margin: 0;
    font-size: var(--_font-size);
    font-weight: 700;
    line-height: 1.35;
  }
  .point-date {
    margin: 0;
  }
  .point-list {
    margin: var(--_space) 0 0;
    padding-inline-start: calc(var(--_space) * 5);
  }
  .history .point-title {
    font-weight: 700;
    color: var(--_text);
  }
  .point-summary {
    margin: var(--_space) 0 0;
  }
  .figures {
    --_figure-min-width: 11rem;
    --_figure-value-size: var(--_font-size-l);
  }
  .files {
    list-style: none;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space) calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2) 0;
    border-bottom: 1px solid var(--_border);
  }
  .file:last-child {
    border-bottom: 0;
  }
  .file-title {
    flex: 1 1 12rem;
    min-width: 0;
    font-weight: 700;
  }
  .file-status {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  @container eu (min-width: 40rem) {
    .policy {
      grid-template-columns: 1fr 1fr;
    }
  }

  /* Cards keep their outline where backgrounds are not drawn: forced colours and paper. */
  @media (forced-colors: active) {
    .point {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .point,
    .file {
      border-color: #000;
    }
  }
`;
