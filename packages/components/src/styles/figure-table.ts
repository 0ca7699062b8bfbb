import { css } from 'lit';

/** Figure tables (shared/figure-table.ts): tabular numbers, the unit under each header. */
export const figureTable = css`
  .table-wrap {
    overflow-x: auto;
  }
  table {
    display: table;
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    font-weight: 700;
    text-align: start;
    margin-bottom: calc(var(--_space) * 2);
  }
  th,
  td {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 1.5);
    border-bottom: 1px solid var(--_border);
    text-align: end;
    vertical-align: bottom;
  }
  th:first-child,
  td:first-child {
    padding-inline-start: 0;
    text-align: start;
  }
  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }
  thead th {
    font-size: var(--_font-size-s);
    font-weight: 700;
    line-height: 1.3;
    border-bottom: 2px solid var(--_text);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  tbody td {
    white-space: nowrap;
  }
  .unit {
    display: block;
    font-weight: 400;
    color: var(--_muted);
  }
  .unit-short {
    display: none;
  }
  @container eu (max-width: 26rem) {
    .unit-long {
      display: none;
    }
    .unit-short {
      display: inline;
    }
  }
  table:focus {
    outline: var(--_focus-width) solid var(--_focus);
  }
  @media (forced-colors: active) {
    .unit {
      color: CanvasText;
    }
  }
  @media print {
    table {
      break-inside: avoid;
    }
  }
`;
