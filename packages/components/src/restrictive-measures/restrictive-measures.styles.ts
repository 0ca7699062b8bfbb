import { css } from 'lit';

/** Key figures, lists, badges, the table and the notes. Figures in the text colour, dates muted. */
export const styles = css`
  section + section {
    margin-top: calc(var(--_space) * 6);
  }
  .figures {
    /* Two cards side by side from about 330 px; one above the other before a long label ("Gelistete Organisationen") would break inside a word. */
    --_figure-min-width: 9.5rem;
    margin: 0;
  }
  .figure dt {
    font-size: var(--_font-size-s);
  }
  .figure dd {
    margin: 0;
  }
  /* Figures in the text colour: blue is for what can be pressed. */
  .figure .value {
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  .chart-subtitle,
  .as-of,
  .date,
  .member-state-note,
  .council,
  .notes {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .member-state-note,
  .council {
    margin-top: calc(var(--_space) * 2);
  }
  .measures {
    list-style: none;
  }
  .measure {
    padding: calc(var(--_space) * 3) 0;
    border-top: 1px solid var(--_border);
  }
  .measure .title {
    font-weight: 700;
  }
  .measure .summary,
  .measure .note,
  .measure .acts {
    margin-top: var(--_space);
    font-size: var(--_font-size-s);
  }
  .measure .note {
    color: var(--_muted);
  }
  .badges {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  /* Long labels ("Another regime (Ukraine): not counted in the totals") wrap in a sidebar. */
  .measure .badge {
    white-space: normal;
  }
  .not-found .badge,
  .other .badge:first-child {
    background: transparent;
    border: 1px dashed var(--_text);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 5);
    margin: var(--_space) 0 0;
  }
  .counts div {
    display: flex;
    gap: calc(var(--_space) * 1.5);
    align-items: baseline;
  }
  .counts dt {
    font-size: var(--_font-size-s);
  }
  .counts dd {
    margin: 0;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .note-mark a {
    display: inline-block;
    min-width: 24px;
    min-height: 24px;
    text-align: center;
    line-height: 24px;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
    text-align: end;
    white-space: nowrap;
    /* A cell with a note's letter (a 24 px target) stays on the row's line of text. */
    vertical-align: baseline;
  }
  th:first-child {
    text-align: start;
    white-space: normal;
    font-weight: 400;
  }
  thead th {
    font-size: var(--_font-size-s);
    font-weight: 700;
    border-bottom: 2px solid var(--_text);
    white-space: normal;
  }
  td .marker {
    position: static;
    display: inline-block;
    transform: none;
    width: 9px;
    height: 9px;
    margin-inline-start: calc(var(--_space) * 1.5);
  }
  table:focus {
    outline: var(--_focus-width) solid var(--_focus);
  }
  /* In a sidebar: tighter cells, and a long column name may break rather than widen the table. */
  @container eu (max-width: 24rem) {
    th,
    td {
      padding: var(--_space) calc(var(--_space) * 0.5);
    }
    thead th {
      font-size: var(--_font-size-xs);
      overflow-wrap: anywhere;
    }
    /* Isolated in its cell, a mark keeps a 24 px-high target; its width may shrink (the spacing exception). */
    td .note-mark a {
      min-width: 14px;
    }
    td .marker {
      margin-inline-start: var(--_space);
    }
    tbody th {
      font-size: var(--_font-size-s);
    }
  }
  .notes {
    margin-top: calc(var(--_space) * 3);
  }
  .notes-heading {
    font-weight: 700;
    color: var(--_text);
  }
  .note-list {
    list-style: none;
  }
  .note-list li {
    margin-top: var(--_space);
  }
  .note-list .note-mark {
    display: inline-block;
    min-width: 1.4em;
    font-weight: 700;
    color: var(--_text);
  }
  .note-text,
  .figures-differ {
    display: block;
  }
  @media print {
    .print-only {
      margin-top: calc(var(--_space) * 4);
    }
    .figure {
      border: 1px solid #000;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .not-found .badge {
      border: 1px solid CanvasText;
    }
    .figure {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-contrast: more) {
    .as-of,
    .date,
    .member-state-note,
    .council,
    .notes,
    .measure .note {
      color: var(--_text);
    }
  }
`;
