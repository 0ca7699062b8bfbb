import { css } from 'lit';

/** The step chart: series by line style and marker shape, origins by fill, marks for other figures. */
export const chartStyles = css`
  .chart {
    margin: 0;
  }
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 4);
    margin-bottom: calc(var(--_space) * 3);
    font-size: var(--_font-size-s);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
  }
  /* In the legend a marker sits in the line of text (also the "other figure" one, shifted in the plot). */
  .legend li .marker {
    position: static;
    transform: none;
  }
  .swatch-line line {
    stroke-width: 3;
  }
  .swatch-line.individuals line {
    stroke: var(--_series-1);
  }
  .swatch-line.entities line {
    stroke: var(--_series-2);
    stroke-dasharray: 6 3;
  }
  .plot-wrap {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-rows: auto auto;
    column-gap: calc(var(--_space) * 2);
  }
  .y-axis {
    position: relative;
    min-width: 2.2em;
    font-size: var(--_font-size-xs);
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .y-axis span {
    position: absolute;
    inset-inline-end: 0;
    transform: translateY(-50%);
    line-height: 1;
  }
  .plot {
    position: relative;
    height: 13rem;
    margin-inline-end: 2.6em;
  }
  :host([compact]) .plot {
    height: 9rem;
  }
  .lines {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .step {
    fill: none;
    stroke-width: 2.5;
    vector-effect: non-scaling-stroke;
  }
  .step.individuals {
    stroke: var(--_series-1);
  }
  .step.entities {
    stroke: var(--_series-2);
    stroke-dasharray: 6 3;
  }
  /* Across rounds not found: a thin dotted line, never a step that would claim the total held. */
  .step.gap,
  .swatch-line.gap line {
    stroke-width: 1.5;
    stroke-dasharray: 1 4;
    stroke-linecap: round;
  }
  .x-axis {
    grid-column: 2;
    position: relative;
    height: 1.6em;
    margin-inline-end: 2.6em;
    font-size: var(--_font-size-xs);
    color: var(--_muted);
  }
  .x-axis span {
    position: absolute;
    top: 0.3em;
    transform: translateX(-50%);
  }
  @container eu (max-width: 24rem) {
    .x-axis .odd {
      display: none;
    }
    /* Smaller marks where the points crowd; the point's 24 px target and focus ring stay. */
    .plot .marker {
      width: 9px;
      height: 9px;
      border-width: 1.5px;
    }
    .plot .marker.other {
      transform: translate(calc(-50% + 8px), -50%);
    }
  }
  /* Markers: circle = individuals, square = entities; filled = stated, half = member state, hollow = derived. */
  .marker {
    position: absolute;
    box-sizing: border-box;
    width: 12px;
    height: 12px;
    transform: translate(-50%, -50%);
    border: 2px solid var(--_series-1);
    border-radius: 50%;
    background: var(--_series-1);
  }
  .marker.entities {
    border-color: var(--_series-2);
    background: var(--_series-2);
    border-radius: 1px;
  }
  .marker.derived,
  .marker.other {
    background: var(--_background);
  }
  .marker.member-state {
    background: linear-gradient(90deg, var(--_series-1) 50%, var(--_background) 50%);
  }
  .marker.entities.member-state {
    background: linear-gradient(90deg, var(--_series-2) 50%, var(--_background) 50%);
  }
  /* Another figure for the same date: hollow and dotted, just after the point so both stay visible. */
  .marker.other {
    border-style: dotted;
    transform: translate(calc(-50% + 11px), -50%);
  }
  .marker .note-mark {
    position: absolute;
    bottom: 100%;
    inset-inline-start: 50%;
    padding-bottom: 3px;
    font-size: var(--_font-size-xs);
    font-weight: 700;
    color: var(--_text);
    line-height: 1;
  }
  /* A point is a 24 px target (WCAG 2.5.8) and focus area, centred on its date and value; its marker sits in the middle. */
  .point {
    position: absolute;
    display: grid;
    place-items: center;
    width: 24px;
    height: 24px;
    transform: translate(-50%, -50%);
    border-radius: 50%;
  }
  .point > .marker {
    position: relative;
    transform: none;
  }
  .point:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    z-index: 1;
  }
  .end-label {
    position: absolute;
    inset-inline-start: 100%;
    padding-inline-start: calc(var(--_space) * 1.5);
    transform: translateY(-50%);
    font-size: var(--_font-size-s);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    line-height: 1;
  }
  .readout {
    min-height: 1.5em;
    margin-top: calc(var(--_space) * 2);
    font-size: var(--_font-size-s);
  }
  @media (forced-colors: active) {
    .marker,
    .marker.entities,
    .swatch-line line,
    .step {
      forced-color-adjust: none;
    }
    .marker,
    .marker.entities {
      border-color: CanvasText;
      background: CanvasText;
    }
    .marker.derived,
    .marker.other {
      background: Canvas;
    }
    .marker.member-state,
    .marker.entities.member-state {
      background: linear-gradient(90deg, CanvasText 50%, Canvas 50%);
    }
    .step.individuals,
    .step.entities,
    .swatch-line line {
      stroke: CanvasText;
    }
    .grid {
      stroke: GrayText;
    }
    .point:focus {
      outline-color: Highlight;
    }
  }
  @media print {
    .chart {
      break-inside: avoid;
    }
    .readout {
      display: none;
    }
    .marker,
    .step,
    .swatch-line line {
      print-color-adjust: exact;
    }
  }
`;
