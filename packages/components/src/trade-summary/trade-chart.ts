/**
 * Goods trade by year as a bar chart: horizontal bars, one group per year. Text stays HTML
 * (legible at any width), bars are SVG sized in percent of the widest figure. Imports are hatched,
 * so colour is never the only cue. One tab stop; the arrow keys move between the bars (a
 * `RovingTabindexController`), and a live region reads the focused bar.
 */
import type { Money } from '@eu-belarus/data';
import type { Trade, TradeYear } from '@eu-belarus/data/trade';
import { html, svg, type TemplateResult } from 'lit';
import { formatDateRange, moneyValue } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import { msg, str } from '../shared/localize.js';
import { shownAndSpoken } from '../shared/number-text.js';
import type { RovingTabindexController } from '../shared/roving-tabindex.js';
import { amountOf, balanceText, money, pointText, trendText, type Series } from './trade-text.js';

const SERIES: readonly Series[] = ['exports', 'imports'];

/** The bar at a roving index: two per year, exports first. */
export const pointAt = (years: TradeYear[], index: number) =>
  [years[Math.floor(index / 2)], SERIES[index % 2]!] as const;

/** The chart's screen-reader section: chart type and title, the trend of both series, and a way to the table. */
export function renderChartIntro(years: TradeYear[], locale: Locale, showTable: () => void): TemplateResult {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const title = msg('EU trade in goods with Belarus');
  const period = first === last ? String(first.year) : formatDateRange(String(first.year), String(last.year), locale);
  const sentences = [
    msg(str`Bar chart: ${title}, ${period}.`),
    ...(first === last ? [] : SERIES.map((series) => trendText(first, last, series, locale, true))),
    msg('The arrow keys move between the bars.'),
  ];
  return html`<div class="chart-intro no-print" part="chart-intro">
    <p class="vh">${sentences.join(' ')}</p>
    <button type="button" class="vh-until-focus to-table" @click=${showTable}>
      ${msg('Show the data as a table')}
    </button>
  </div>`;
}

export function renderChart(
  years: TradeYear[],
  data: Trade,
  locale: Locale,
  roving: RovingTabindexController,
  announcement: string,
): TemplateResult {
  const max = Math.max(...years.flatMap((y) => SERIES.map((s) => moneyValue(amountOf(y, s)))));
  const width = (m: Money) => `${((moneyValue(m) / max) * 100).toFixed(2)}%`;
  const bar = (series: Series, m: Money) =>
    svg`<svg class="bar ${series}" width="100%" height="20" aria-hidden="true" focusable="false">
      <rect x="0" y="0" height="20" width=${width(m)} class=${`fill-${series}`}></rect>
    </svg>`;
  const point = (y: TradeYear, series: Series, index: number) =>
    html`<span
      class="bar-row point"
      part="point"
      role="img"
      tabindex=${roving.tabindex(index)}
      data-roving-index=${index}
      aria-label=${pointText(y, series, locale, true)}
      >${bar(series, amountOf(y, series))}<span class="value">${money(amountOf(y, series), locale)}</span
      ><span class="tooltip" part="tooltip" aria-hidden="true">${pointText(y, series, locale)}</span></span
    >`;
  return html`<figure class="chart" part="figure">
    <figcaption>${msg('EU trade in goods with Belarus')}</figcaption>
    <svg class="defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" class="hatch-bg"></rect>
          <line x1="1" y1="0" x2="1" y2="6" class="hatch-line"></line>
        </pattern>
      </defs>
    </svg>
    <ul class="legend" aria-hidden="true">
      <li><span class="swatch exports"></span>${msg('EU exports to Belarus')}</li>
      <li><span class="swatch imports"></span>${msg('EU imports from Belarus')}</li>
    </ul>
    <ol class="years" @keydown=${roving.onKeydown} @focusin=${roving.onFocusin}>
      ${years.map(
        (y, i) =>
          html`<li class="year-row">
            <span class="year">${y.year}</span>
            <span class="series">
              ${point(y, 'exports', i * 2)} ${point(y, 'imports', i * 2 + 1)}
              <span class="balance meta"
                >${shownAndSpoken(
                  balanceText(y.year, 'goods', data, locale),
                  balanceText(y.year, 'goods', data, locale, true),
                )}</span
              >
            </span>
          </li>`,
      )}
    </ol>
    <div class="vh" aria-live="polite" data-chart-live>${announcement}</div>
  </figure>`;
}
