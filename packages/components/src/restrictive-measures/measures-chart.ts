/**
 * The step chart of listings over time: two series (individuals, entities), each point marked by
 * how it is known (stated by an EU source, by a member state, or the sum of the rounds), a hollow
 * dotted mark beside it where another figure exists, and a dotted line where the rounds in between
 * were not found. Series differ in line style and marker shape, origins in fill, so colour is never
 * the only cue. Lines are SVG; markers, labels and the readout are HTML placed in percent, legible
 * at any width. Positions are set through the CSSOM (`position`), never as `style` attributes, so
 * a strict `style-src` policy does not block them.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { position } from './css-position.js';
import { makeScale, stepPath, type Scale } from './chart-scale.js';
import type { ModelPoint } from './measures-model.js';

export type SeriesKey = 'individuals' | 'entities';
export type Origin = ModelPoint['origin'];

export interface ChartPoint extends ModelPoint {
  /** The value as shown beside the last marker. */
  shown: string;
  /** The point as one sentence, for its accessible name and the readout. */
  spoken: string;
}

export interface ChartSeries {
  key: SeriesKey;
  label: string;
  points: ChartPoint[];
}

export interface ChartText {
  /** Legend entries for the three origins, another figure, and a stretch not found. */
  origins: Record<Origin, string>;
  other: string;
  gap: string;
  yTick(value: number): string;
}

/** The chart's keyboard behaviour: one tab stop among its points (a `RovingTabindexController`). */
export interface ChartKeys {
  tabindex(index: number): 0 | -1;
  onKeydown(event: KeyboardEvent): void;
  onFocusin(event: FocusEvent): void;
}

/** The chart's keyboard behaviour and its readout. */
export interface ChartState extends ChartKeys {
  /** What the readout (a polite live region) says: the focused point, else the latest values. */
  readout: string;
}

const marker = (series: SeriesKey, origin: Origin | 'other') => `marker ${series} ${origin}`;
const at = (left: number, top: number) => position({ left: `${left.toFixed(2)}%`, top: `${top.toFixed(2)}%` });

function renderPoint(series: ChartSeries, p: ChartPoint, scale: Scale, state: ChartState, last: boolean) {
  const left = scale.x(p.date);
  const top = scale.y(p.value);
  return html`${p.others.map(
      (value) =>
        html`<span class=${marker(series.key, 'other')} aria-hidden="true" ${at(left, scale.y(value))}></span>`,
    )}<span
      class="point ${series.key} ${p.origin}"
      part="point"
      role="img"
      tabindex=${state.tabindex(p.index)}
      data-roving-index=${p.index}
      aria-label=${p.spoken}
      ${at(left, top)}
      ><span class=${marker(series.key, p.origin)}
        >${p.mark ? html`<span class="note-mark" aria-hidden="true">${p.mark}</span>` : nothing}</span
      ></span
    >${
      last
        ? html`<span class="end-label" aria-hidden="true" ${position({ top: `${top.toFixed(2)}%` })}>${p.shown}</span>`
        : nothing
    }`;
}

/** Step lines for each run of points; a dotted straight line across a stretch whose rounds were not found. */
function renderLines(series: ChartSeries, scale: Scale) {
  const runs: ChartPoint[][] = [];
  for (const p of series.points) {
    if (!runs.length || p.afterGap) runs.push([]);
    runs[runs.length - 1]!.push(p);
  }
  const xy = (p: ChartPoint) => `${(scale.x(p.date) * 10).toFixed(1)} ${scale.y(p.value).toFixed(2)}`;
  return svg`${runs.map((run) => svg`<path class="step ${series.key}" d=${stepPath(run, scale)}></path>`)}
    ${runs.slice(1).map((run, i) => svg`<path class="step gap ${series.key}" d="M${xy(runs[i]!.at(-1)!)}L${xy(run[0]!)}"></path>`)}`;
}

function renderLegend(series: readonly ChartSeries[], text: ChartText) {
  const points = series.flatMap((s) => s.points);
  const has = (test: (p: ChartPoint) => boolean) => points.some(test);
  const swatch = (key: SeriesKey, gap = false) =>
    svg`<svg class="swatch-line ${key} ${gap ? 'gap' : ''}" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false"><line x1="0" y1="6" x2="28" y2="6"></line></svg>`;
  const origins = (['stated', 'member-state', 'derived'] as const).filter((o) => has((p) => p.origin === o));
  return html`<ul class="legend" aria-hidden="true">
    ${series.map((s) => html`<li>${swatch(s.key)}<span class=${marker(s.key, 'stated')}></span>${s.label}</li>`)}
    ${origins.map((o) => html`<li><span class=${marker('individuals', o)}></span>${text.origins[o]}</li>`)}
    ${
      has((p) => p.others.length > 0)
        ? html`<li><span class=${marker('individuals', 'other')}></span>${text.other}</li>`
        : nothing
    }
    ${has((p) => p.afterGap) ? html`<li>${swatch('individuals', true)}${text.gap}</li>` : nothing}
  </ul>`;
}

/** The chart: legend, plot with axes, and the readout line under it. */
export function renderMeasuresChart(
  series: readonly ChartSeries[],
  text: ChartText,
  state: ChartState,
): TemplateResult {
  const all = series.flatMap((s) => s.points);
  const scale = makeScale(
    all.map((p) => p.date),
    all.flatMap((p) => [p.value, ...p.others]),
  );
  return html`${renderLegend(series, text)}
    <div class="plot-wrap">
      <div class="y-axis" aria-hidden="true">
        ${scale.yTicks.map((v) => html`<span ${position({ top: `${scale.y(v).toFixed(2)}%` })}>${text.yTick(v)}</span>`)}
      </div>
      <div class="plot" @keydown=${state.onKeydown} @focusin=${state.onFocusin}>
        <svg class="lines" viewBox="0 0 1000 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          ${scale.yTicks.map((v) => svg`<line class="grid" x1="0" x2="1000" y1=${scale.y(v)} y2=${scale.y(v)}></line>`)}
          ${series.map((s) => renderLines(s, scale))}
        </svg>
        ${series.map((s) => s.points.map((p, i) => renderPoint(s, p, scale, state, i === s.points.length - 1)))}
      </div>
      <div class="x-axis" aria-hidden="true">
        ${scale.xTicks.map(
          (t, i) =>
            html`<span class=${i % 2 ? 'odd' : ''} ${position({ left: `${t.x.toFixed(2)}%` })}>${t.year}</span>`,
        )}
      </div>
    </div>
    <p class="readout" aria-live="polite" data-chart-live>${state.readout}</p>`;
}
