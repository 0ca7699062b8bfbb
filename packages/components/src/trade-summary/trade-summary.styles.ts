import { css } from 'lit';

export const styles = css`
  section + section {
    margin-top: calc(var(--_space) * 5);
  }
  .lead {
    font-size: var(--_font-size-l);
    line-height: 1.4;
  }
  .partner-list,
  .flow-list,
  .legend,
  .years {
    list-style: none;
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
    color: var(--_muted);
    font-size: var(--_font-size-s);
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
    border-inline-start: 4px solid var(--_primary);
  }
  .direction {
    font-weight: 700;
    margin-bottom: var(--_space);
  }
  .main {
    font-size: var(--_font-size-l);
  }
  .view-switch {
    display: flex;
    gap: calc(var(--_space) * 2);
    margin: calc(var(--_space) * 3) 0;
  }
  figcaption,
  caption {
    font-weight: 700;
    text-align: start;
    margin-bottom: calc(var(--_space) * 2);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    display: table;
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
    text-align: end;
    vertical-align: top;
  }
  th:first-child {
    text-align: start;
  }
  thead th {
    font-size: var(--_font-size-s);
    border-bottom: 2px solid var(--_text);
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
    font-size: var(--_font-size-xl);
    font-weight: 700;
    color: var(--_primary);
  }
  table:focus {
    outline: var(--_focus-width) solid var(--_focus);
  }
  @media (forced-colors: active) {
    .flow {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
  @media (prefers-contrast: more) {
    .share,
    .figures dt {
      color: var(--_text);
    }
  }
  @media print {
    .print-only table {
      break-inside: avoid;
    }
    .print-only {
      margin-top: calc(var(--_space) * 4);
    }
    .view-switch {
      display: none !important;
    }
    .flow,
    .figures .figure {
      border: 1px solid #000;
    }
  }
`;
