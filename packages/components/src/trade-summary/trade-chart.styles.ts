import { css } from 'lit';

/**
 * The bar chart of goods trade: title and subtitle, legend, year rows, bars with their value at
 * the end (imports lightly hatched), the balance and its note, the focus ring of the focused bar;
 * system colours when forced.
 */
export const chartStyles = css`
  .chart {
    margin: 0;
  }
  .chart figcaption {
    display: block;
    margin-bottom: calc(var(--_space) * 2);
  }
  .chart-title {
    display: block;
    font-weight: 700;
  }
  .chart-subtitle {
    display: block;
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .defs {
    position: absolute;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 5);
    margin-bottom: calc(var(--_space) * 2);
    font-size: var(--_font-size-s);
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .swatch {
    display: inline-block;
    width: 1.25em;
    height: 0.9em;
  }
  .swatch.exports {
    background: var(--_series-1);
  }
  .swatch.imports {
    background: repeating-linear-gradient(
      45deg,
      var(--_series-2) 0 1.5px,
      color-mix(in srgb, var(--_series-2) 22%, var(--_background)) 1.5px 5px
    );
  }
  .years {
    list-style: none;
  }
  .year-row {
    display: grid;
    grid-template-columns: 3rem minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2) 0;
    border-top: 1px solid var(--_border);
  }
  .year {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 24px;
  }
  .series {
    display: grid;
    gap: 0;
    min-width: 0;
  }
  /* The track keeps room after the longest bar for its value. */
  .point {
    display: block;
    padding-inline-end: 3.5em;
    border-radius: 2px;
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
  }
  .hatch-bg {
    fill: color-mix(in srgb, var(--_series-2) 22%, var(--_background));
  }
  .hatch-line {
    stroke: var(--_series-2);
    stroke-width: 1.5;
  }
  .bar-value {
    fill: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size-s);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .balance {
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  .chart-note {
    margin: calc(var(--_space) * 2) 0 0;
    color: var(--_muted);
    font-size: var(--_font-size-s);
  }
  /* Bars are data points: one tab stop, arrow keys between them, a ring on focus. */
  .point:focus-visible,
  .point:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .fill-exports {
      fill: CanvasText;
    }
    .hatch-bg {
      fill: Canvas;
    }
    .hatch-line {
      stroke: CanvasText;
    }
    .fill-imports {
      stroke: CanvasText;
    }
    .bar-value {
      fill: CanvasText;
    }
    .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
    .swatch.exports {
      background: CanvasText;
    }
    .swatch.imports {
      background: repeating-linear-gradient(45deg, CanvasText 0 1.5px, Canvas 1.5px 5px);
    }
    .point:focus {
      outline-color: Highlight;
    }
    .balance,
    .chart-subtitle,
    .chart-note {
      color: CanvasText;
    }
  }
  @media (prefers-contrast: more) {
    .hatch-line {
      stroke-width: 2;
    }
    .fill-imports {
      stroke: var(--_text);
    }
  }
  @media print {
    .chart {
      break-inside: avoid;
    }
    .point:focus {
      outline: none;
    }
  }
`;
