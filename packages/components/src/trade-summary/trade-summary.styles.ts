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
  .chart {
    margin: 0;
  }
  figcaption,
  caption {
    font-weight: 700;
    text-align: start;
    margin-bottom: calc(var(--_space) * 2);
  }
  .defs {
    position: absolute;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 5);
    margin-bottom: calc(var(--_space) * 3);
    font-size: var(--_font-size-s);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 1em;
    border: 1px solid var(--_text);
  }
  .swatch.exports {
    background: var(--_series-1);
  }
  .swatch.imports {
    background: repeating-linear-gradient(45deg, var(--_series-2) 0 3px, var(--_background) 3px 6px);
  }
  .year-row {
    display: grid;
    grid-template-columns: 3.5rem 1fr;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2) 0;
    border-top: 1px solid var(--_border);
  }
  .year {
    font-weight: 700;
  }
  .series {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 2px;
    align-items: center;
  }
  @container eu (min-width: 30rem) {
    .bar-row {
      grid-template-columns: minmax(0, 1fr) 11rem;
      gap: calc(var(--_space) * 3);
    }
  }
  .bar {
    display: block;
    overflow: visible;
  }
  .fill-exports {
    fill: var(--_series-1);
  }
  .fill-imports {
    fill: url(#hatch);
    stroke: var(--_series-2);
    stroke-width: 2;
  }
  .hatch-bg {
    fill: var(--_background);
  }
  .hatch-line {
    stroke: var(--_series-2);
    stroke-width: 3;
  }
  .value {
    font-size: var(--_font-size-s);
    font-variant-numeric: tabular-nums;
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
  /* Bars are data points: one tab stop, arrow keys between them, a ring and a tooltip on focus. */
  .point {
    position: relative;
    border-radius: 2px;
  }
  .point:focus-visible,
  .point:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .tooltip {
    display: none;
    position: absolute;
    inset-block-end: calc(100% + 4px);
    inset-inline-start: 0;
    z-index: 1;
    max-width: 100%;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_background);
    font-size: var(--_font-size-s);
    font-weight: 700;
    white-space: normal;
    pointer-events: none;
  }
  .point:focus .tooltip,
  .point:hover .tooltip {
    display: block;
  }
  .to-table {
    margin-bottom: calc(var(--_space) * 2);
  }
  table:focus {
    outline: var(--_focus-width) solid var(--_focus);
  }
  @media (forced-colors: active) {
    .fill-exports {
      fill: CanvasText;
    }
    .fill-imports {
      stroke: CanvasText;
    }
    .hatch-bg {
      fill: Canvas;
    }
    .hatch-line {
      stroke: CanvasText;
    }
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .swatch.exports {
      background: CanvasText;
    }
    .swatch.imports {
      background: repeating-linear-gradient(45deg, CanvasText 0 3px, Canvas 3px 6px);
    }
    .tooltip {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .point:focus {
      outline-color: Highlight;
    }
    .flow {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
  @media (prefers-contrast: more) {
    .fill-imports {
      stroke: var(--_text);
    }
    .fill-exports {
      stroke: var(--_text);
      stroke-width: 2;
    }
    .share,
    .figures dt {
      color: var(--_text);
    }
  }
  @media print {
    .chart,
    .print-only table {
      break-inside: avoid;
    }
    .print-only {
      margin-top: calc(var(--_space) * 4);
    }
    .tooltip {
      display: none !important;
    }
    .point:focus {
      outline: none;
    }
    .flow,
    .figures .figure {
      border: 1px solid #000;
    }
  }
`;
