/**
 * The "Listings over time" section of `<eu-restrictive-measures>`: the switch between chart and
 * table, the step chart (with its text alternative and readout) or the table, the notes on
 * differing figures, then one source line with "Get the data".
 */
import { html, type TemplateResult } from 'lit';
import { formatCount, formatDateRange } from '../shared/format.js';
import { msg, str } from '../shared/localize.js';
import { renderViewSwitch } from '../shared/view-switch.js';
import { renderMeasuresChart, type ChartSeries } from './measures-chart.js';
import type { MeasuresContext } from './measures-context.js';
import { originLabel, seriesLabel } from './measures-labels.js';
import { SERIES } from './measures-model.js';
import { renderNotes, renderTable } from './measures-parts.js';
import { latestText, pointText } from './measures-text.js';

/** The chart or table, the notes on differing figures, then one source line with "Get the data". */
export function renderListings(ctx: MeasuresContext): TemplateResult {
  const { model, locale, view } = ctx;
  const title = msg('Individuals and entities listed under the EU’s Belarus sanctions regime, by date');
  const table = () => renderTable(model, locale, title);
  const values = model.points.flatMap((p) => SERIES.map((s) => p[s]));
  const differing = model.notes.flatMap((n) => n.figures.flatMap((f) => f.parts));
  const sources = ctx.block('listings', [...values, ...differing]);
  return html`<p class="chart-subtitle">${title}</p>
    ${renderViewSwitch(view, msg('Show the listings as'), ctx.choose)}
    ${
      view === 'chart'
        ? html`<figure class="chart" part="figure">${renderChartIntro(ctx, title)} ${renderChart(ctx)}</figure>
            <div class="print-only">${table()}</div>`
        : table()
    }
    ${renderNotes(model, locale, sources, ctx.t)} ${sources.line(ctx.downloads())}`;
}

/** The chart's text alternative: what it is, over which period, and how to move in it. */
function renderChartIntro({ model, locale }: MeasuresContext, title: string): TemplateResult {
  const { points } = model;
  const period = formatDateRange(points[0]!.date, points[points.length - 1]!.date, locale);
  return html`<p class="vh">
    ${msg(str`Step chart: ${title}, ${period}.`)} ${msg('The arrow keys move between the points.')}
  </p>`;
}

function renderChart({ model, locale, keys, focusedPoint }: MeasuresContext): TemplateResult {
  const series: ChartSeries[] = SERIES.filter((s) => model.series[s].length).map((key) => ({
    key,
    label: seriesLabel(key),
    points: model.series[key].map((p) => ({
      ...p,
      shown: formatCount(p.value, locale),
      spoken: pointText(p, model, locale),
    })),
  }));
  const focused = SERIES.flatMap((s) => model.series[s]).find((p) => p.index === focusedPoint);
  return renderMeasuresChart(
    series,
    {
      origins: {
        stated: originLabel('stated'),
        'member-state': originLabel('member-state'),
        derived: originLabel('derived'),
      },
      other: msg('Another figure, see the notes'),
      gap: msg('Rounds in between not found'),
      yTick: (v) => formatCount(v, locale),
    },
    {
      tabindex: (index) => keys.tabindex(index),
      readout: focused ? pointText(focused, model, locale) : latestText(model, locale),
      onKeydown: keys.onKeydown,
      onFocusin: keys.onFocusin,
    },
  );
}
