/**
 * Goods trade by year as a bar chart, as a newsroom draws one: a title with the period, a
 * subtitle with the series and the unit, a legend, horizontal bars with their value printed at
 * the bar's end (numbers only: the unit is in the subtitle), the balance under each year, and a
 * note where a stated balance is not exports minus imports. No tooltip: every value is printed.
 * Imports are lightly hatched, so colour is never the only cue. One tab stop; the arrow keys move
 * between the bars (a `RovingTabindexController`), and a live region reads the focused bar.
 */
import type { Money } from '@eu-belarus/data';
import type { Trade, TradeYear } from '@eu-belarus/data/trade';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatAmountOnly, formatDateRange, moneyUnitLabel, moneyValue } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import { noBreakDashes } from '../shared/no-break.js';
import { msg, str } from '../shared/localize.js';
import type { RovingTabindexController } from '../shared/roving-tabindex.js';
import { amountOf, balanceLabel, pointText, trendText, type Series } from './trade-text.js';

const SERIES: readonly Series[] = ['exports', 'imports'];

/** The bar at a roving index: two per year, exports first. */
export const pointAt = (years: TradeYear[], index: number) =>
  [years[Math.floor(index / 2)], SERIES[index % 2]!] as const;

/** "2015–2017", or the one year. */
export function periodOf(years: TradeYear[], locale: Locale): string {
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  return first === last ? String(first) : formatDateRange(String(first), String(last), locale);
}

/** What a screen reader hears first: chart type, title and period, the trend of each series, the keys. */
function chartIntro(years: TradeYear[], locale: Locale): string {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const title = msg('EU trade in goods with Belarus');
  const period = periodOf(years, locale);
  const between = years.slice(1, -1);
  return [
    msg(str`Bar chart: ${title}, ${period}.`),
    ...(first === last ? [] : SERIES.map((series) => trendText(first, last, series, locale, true, between))),
    msg('The arrow keys move between the bars.'),
  ].join(' ');
}

export function renderChart(
  years: TradeYear[],
  data: Trade,
  locale: Locale,
  roving: RovingTabindexController,
  announcement: string,
): TemplateResult {
  const max = Math.max(...years.flatMap((y) => SERIES.map((s) => moneyValue(amountOf(y, s)))));
  const share = (m: Money) => `${((moneyValue(m) / max) * 100).toFixed(2)}%`;
  const unit = moneyUnitLabel(years[0]!.euExports, locale).long;
  const balances = years.map((y) => balanceLabel(y, data, locale));
  const rounded = balances.some((b) => b.rounded);
  // The bar and its value in one SVG: the value starts where the bar ends, in room the track keeps free.
  const bar = (series: Series, m: Money) =>
    svg`<svg class="bar ${series}" width="100%" height="24" aria-hidden="true" focusable="false">
      <rect x="0" y="2" height="20" width=${share(m)} class=${`fill-${series}`}></rect>
      <text x=${share(m)} dx="6" y="17" class="bar-value">${formatAmountOnly(m, locale)}</text>
    </svg>`;
  const point = (y: TradeYear, series: Series, index: number) =>
    html`<span
      class="point"
      part="point"
      role="img"
      tabindex=${roving.tabindex(index)}
      data-roving-index=${index}
      aria-label=${pointText(y, series, locale, true)}
      >${bar(series, amountOf(y, series))}</span
    >`;
  return html`<figure class="chart" part="figure">
    <figcaption>
      <span class="chart-title"
        >${noBreakDashes(`${msg('EU trade in goods with Belarus')}, ${periodOf(years, locale)}`)}</span
      >
      <span class="chart-subtitle">${msg(str`EU exports to and imports from Belarus, in ${unit}`)}</span>
    </figcaption>
    <p class="vh">${chartIntro(years, locale)}</p>
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
              ${
                balances[i]!.text
                  ? html`<span class="balance"
                      >${balances[i]!.text}${
                        balances[i]!.rounded
                          ? html`<span aria-hidden="true">*</span><span class="vh">(${roundingNote()})</span>`
                          : nothing
                      }</span
                    >`
                  : nothing
              }
            </span>
          </li>`,
      )}
    </ol>
    ${rounded ? html`<p class="chart-note" aria-hidden="true">* ${roundingNote()}</p>` : nothing}
    <div class="vh" aria-live="polite" data-chart-live>${announcement}</div>
  </figure>`;
}

const roundingNote = () =>
  msg(
    'The balance is as the source states it: the source rounds each figure, so it can differ from exports minus imports.',
  );
