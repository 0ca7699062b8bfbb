/**
 * The render code of `<eu-trade-summary>`, which loads with its content (bundled.ts's `RenderCode`): its
 * sections, made from one `TradeContext` the element makes per render, and the chart's keys. The
 * element keeps what runs before its data is here: attributes, the years shown, the download's rows.
 */
import { balanceOf as tradeBalance } from '@eu-belarus/data/helpers';
import type { TradeYear } from '@eu-belarus/data/trade';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { renderEmpty } from '../shared/empty-state.js';
import type { Locale } from '../shared/locale.js';
import { msg } from '../shared/localize.js';
import { shownAndSpoken } from '../shared/number-text.js';
import { RovingTabindexController } from '../shared/roving-tabindex.js';
import { renderViewSwitch, type View } from '../shared/view-switch.js';
import { periodOf, pointAt, renderChart } from './trade-chart.js';
import {
  gapNote,
  renderFlows,
  renderInvestment,
  renderPartners,
  renderServices,
  renderTable,
  type TradeParts,
} from './trade-parts.js';
import { goodsSummary, pointText } from './trade-text.js';

/** What the render needs from the element besides its parts' `TradeParts`. */
export interface TradeContext extends TradeParts {
  /** The goods years shown (the element's filters applied). */
  years: TradeYear[];
  /** The reader's choice of view, else the `view` attribute's. */
  view: View;
  /** The reader switched the view. */
  choose(view: View): void;
  showServices: boolean;
  showInvestment: boolean;
  /** The element's sections, in turns in a first render (`Turns.sections`). */
  sections(parts: readonly (boolean | (() => unknown))[]): unknown;
  /** "Get the data: CSV, JSON" (`EuElement.downloads`). */
  downloads(): unknown;
  /** The chart's one tab stop among its bars (`chartKeys`), and what its live region says. */
  keys: RovingTabindexController;
  announcement: string;
}

/**
 * The chart's one tab stop among its bars, made once per element: the arrow keys move between the
 * bars, and the focused bar's text goes to `announce` (the chart's live region).
 */
export function chartKeys(
  host: ReactiveControllerHost & HTMLElement,
  chart: { years(): TradeYear[]; locale(): Locale; announce(text: string): void },
): RovingTabindexController {
  return new RovingTabindexController(host, {
    count: () => chart.years().length * 2,
    onFocus: (index) => {
      const [year, series] = pointAt(chart.years(), index);
      if (year) chart.announce(pointText(year, series, chart.locale(), true));
    },
  });
}

/**
 * The lede, then the chart (the keyboard reaches it first), then partners and composition.
 * Compact: the goods figures alone, for a sidebar.
 */
export function renderTrade(ctx: TradeContext): TemplateResult {
  const { data, i18n, compact } = ctx;
  const sections = [
    !compact && (() => html`<p class="lead">${i18n.text(data.summary)}</p>`),
    () => renderGoods(ctx),
    !compact && (() => renderPartners(ctx)),
    !compact && (() => renderFlows(ctx)),
    ctx.showServices ? () => renderServices(ctx, (years) => periodOf(years, i18n.locale)) : false,
    ctx.showInvestment ? () => renderInvestment(ctx) : false,
  ];
  return html`${ctx.sections(sections)}`;
}

function renderGoods(ctx: TradeContext): TemplateResult {
  const { data, years, view } = ctx;
  const { locale } = ctx.i18n;
  if (!years.length) return renderEmpty(msg('No goods trade figures for the chosen years.'));
  const sources = ctx.block('goods', years);
  const table = () =>
    renderTable(
      years,
      `${msg('EU trade in goods with Belarus')}, ${periodOf(years, locale)}`,
      ctx.i18n,
      (year) => tradeBalance(year, 'goods', data)?.balance,
    );
  return html`<section class="goods">
    ${ctx.compact ? nothing : ctx.subheading(msg('Trade in goods'))}
    <p class="summary">${shownAndSpoken(goodsSummary(years, data, locale), goodsSummary(years, data, locale, true))}</p>
    ${gapNote(ctx, 'goods', years[years.length - 1]!.year)}
    ${renderViewSwitch(view, msg('Show goods trade as'), (v) => ctx.choose(v))}
    ${
      view === 'chart'
        ? html`${renderChart(years, data, locale, ctx.keys, ctx.announcement)}
            <div class="print-only">${table()}</div>`
        : table()
    }
    ${sources.line(ctx.downloads())}
  </section>`;
}
