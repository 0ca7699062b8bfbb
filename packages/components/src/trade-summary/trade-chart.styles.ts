import { css } from 'lit';

/**
 * The bar chart of goods trade: legend, year rows, bars (imports hatched), values, the focus ring
 * and tooltip of the focused bar; system colours when forced, no tooltip on paper.
 */
export const chartStyles = css`
  .chart {
    margin: 0;
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
  }
  @media (prefers-contrast: more) {
    .fill-imports {
      stroke: var(--_text);
    }
    .fill-exports {
      stroke: var(--_text);
      stroke-width: 2;
    }
  }
  @media print {
    .chart {
      break-inside: avoid;
    }
    .tooltip {
      display: none !important;
    }
    .point:focus {
      outline: none;
    }
  }
`;
