import type { Money } from '@eu-belarus/data';
import { trade, tradeBalance, type Trade, type TradeYear } from '@eu-belarus/data/trade';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { intInRange, oneOf } from '../shared/attributes.js';
import type { Citations } from '../shared/citations.js';
import { defineElement } from '../shared/define.js';
import { EuElement } from '../shared/eu-element.js';
import { formatList, formatMoney, moneyValue } from '../shared/format.js';
import { msg, str } from '../shared/localize.js';
import { styles } from './trade-summary.styles.js';

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];

declare global {
  interface HTMLElementTagNameMap {
    'eu-trade-summary': EuTradeSummary;
  }
}

/**
 * EU–Belarus trade: the EU's place among Belarus' partners, what each side mainly sells, and
 * goods trade by year as a bar chart with a data table alternative.
 *
 * @summary EU–Belarus trade in goods, partners and composition, with a chart and a table.
 * @event eu-data-error - The data could not be loaded or is invalid.
 * @event eu-data-load - Data from `src` or `.data` was loaded.
 * @csspart base - The element's box.
 * @csspart heading - The element's and each section's heading.
 * @csspart item - A partner or a trade flow.
 * @csspart figure - The chart or a key figure.
 * @csspart table - A data table.
 * @csspart badge - A partner's rank.
 * @csspart link - A link to a source.
 * @csspart footnote - A link to a source note.
 * @csspart sources - The list of sources.
 * @csspart status - The live region for loading and error messages.
 * @cssproperty --eu-color-series-1 - EU exports in the chart (light theme).
 * @cssproperty --eu-color-series-2 - EU imports in the chart (light theme).
 */
export class EuTradeSummary extends EuElement<'trade'> {
  static override styles = [...EuElement.styles, styles];
  protected readonly topic = 'trade';

  /** Show one year's goods figures, e.g. `2017`. */
  @property() year?: string | number;

  /** First year of goods trade to show. */
  @property() from?: string | number;

  /** Last year of goods trade to show. */
  @property() to?: string | number;

  /** `chart` (default) or `table`: how goods trade is shown first; readers can switch. */
  @property() view?: string;

  /** Also show trade in services. */
  @property({ type: Boolean, attribute: 'show-services' }) showServices = false;

  /** Also show the stocks of foreign direct investment. */
  @property({ type: Boolean, attribute: 'show-investment' }) showInvestment = false;

  /** The reader's choice of view, once they switch. */
  @state() private chosenView?: View;
  private years: TradeYear[] = [];

  protected bundledData(): Trade {
    return trade;
  }

  protected headingText(): string {
    return msg('EU–Belarus trade');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view')) this.chosenView = undefined;
    const year = intInRange(this, 'year', this.year, 1990, 2100, undefined);
    const from = intInRange(this, 'from', this.from, 1990, 2100, undefined) ?? -Infinity;
    const to = intInRange(this, 'to', this.to, 1990, 2100, undefined) ?? Infinity;
    this.years = this.currentData.goods.filter((y) => (year ? y.year === year : y.year >= from && y.year <= to));
  }

  private get currentView(): View {
    return this.chosenView ?? oneOf(this, 'view', this.view, VIEWS, 'chart');
  }

  protected renderData(data: Trade): TemplateResult {
    const notes = this.citations();
    return html`${this.renderPartners(data, notes)} ${this.renderFlows(data, notes)} ${this.renderGoods(notes)}
    ${this.showServices ? this.renderServices(data.services, notes) : nothing}
    ${this.showInvestment ? this.renderInvestment(data, notes) : nothing}
    ${notes.renderList((text) => this.subheading(text))}`;
  }

  private renderPartners(data: Trade, notes: Citations): TemplateResult {
    const partners = [...data.partners].sort((a, b) => a.rank - b.rank);
    return html`<section class="partners">
      <p class="lead">${this.t(data.summary)}${notes.cite(data.sources)}</p>
      <ol class="partner-list" aria-label=${msg("Belarus' main trade partners")}>
        ${partners.map(
          (p) => html`<li part="item">
            <span class="badge" part="badge">${p.rank}</span>
            <span class="partner">${this.t(p.partner)}</span>
            <span class="share">${msg(str`share of Belarus' trade: ${this.plain(p.share.text)}`)}</span>${notes.cite(p.sources)}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderFlows(data: Trade, notes: Citations): TemplateResult {
    return html`<section class="flows">
      ${this.subheading(msg('What each side mainly sells'))}
      <ul class="flow-list">
        ${data.flows.map(
          (f) => html`<li part="item" class="flow">
            <p class="direction">
              ${f.direction === 'belarus-to-eu' ? msg('Belarus to the EU') : msg('EU to Belarus')}
            </p>
            <p class="main">${formatList(f.main.map((m) => this.plain(m)), this.locale)}${notes.cite(f.sources)}</p>
            ${f.minor?.length
              ? html`<p class="meta">
                  ${msg(str`Much lower shares: ${formatList(f.minor.map((m) => this.plain(m)), this.locale)}`)}
                </p>`
              : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderGoods(notes: Citations): TemplateResult {
    const { years } = this;
    if (!years.length) return this.renderEmpty(msg('No goods trade figures for the chosen years.'));
    const sources = notes.cite([...new Set(years.flatMap((y) => y.sources))]);
    const view = this.currentView;
    return html`<section class="goods">
      ${this.subheading(msg('Trade in goods'))}
      <p class="summary">${this.goodsSummary(years)}${sources}</p>
      <div class="view-switch" role="group" aria-label=${msg('Show goods trade as')}>
        ${VIEWS.map(
          (v) => html`<button
            type="button"
            aria-pressed=${v === view ? 'true' : 'false'}
            @click=${() => (this.chosenView = v)}
          >
            ${v === 'chart' ? msg('Chart') : msg('Table')}
          </button>`,
        )}
      </div>
      ${view === 'chart' ? this.renderChart(years) : this.renderTable(years, msg('EU trade in goods with Belarus'), true)}
    </section>`;
  }

  /** One sentence on the latest year and, over several years, one on the trend of EU exports. */
  private goodsSummary(years: TradeYear[]): string {
    const last = years[years.length - 1]!;
    const first = years[0]!;
    const year = last.year;
    const exports = formatMoney(last.euExports, this.locale);
    const imports = formatMoney(last.euImports, this.locale);
    const balance = this.balanceText(last.year, 'goods');
    const latest = balance
      ? msg(str`In ${year}, the EU exported goods worth ${exports} to Belarus and imported goods worth ${imports}: ${balance}.`)
      : msg(str`In ${year}, the EU exported goods worth ${exports} to Belarus and imported goods worth ${imports}.`);
    if (first === last) return latest;
    const from = formatMoney(first.euExports, this.locale);
    const firstYear = first.year;
    const trend =
      moneyValue(last.euExports) >= moneyValue(first.euExports)
        ? msg(str`EU exports rose from ${from} in ${firstYear} to ${exports} in ${year}.`)
        : msg(str`EU exports fell from ${from} in ${firstYear} to ${exports} in ${year}.`);
    return `${latest} ${trend}`;
  }

  private balanceText(year: number, kind: 'goods' | 'services'): string {
    const balance = tradeBalance(year, kind, this.currentData);
    if (!balance) return '';
    const amount = formatMoney({ ...balance.balance, value: Math.abs(balance.balance.value) }, this.locale);
    return balance.balance.value >= 0 ? msg(str`an EU surplus of ${amount}`) : msg(str`an EU deficit of ${amount}`);
  }

  /**
   * Horizontal bars, one group per year: text stays HTML (legible at any width), bars are SVG
   * sized in percent of the widest figure. Imports are hatched, so colour is never the only cue.
   */
  private renderChart(years: TradeYear[]): TemplateResult {
    const max = Math.max(...years.flatMap((y) => [moneyValue(y.euExports), moneyValue(y.euImports)]));
    const width = (m: Money) => `${((moneyValue(m) / max) * 100).toFixed(2)}%`;
    const bar = (className: string, m: Money) =>
      svg`<svg class="bar ${className}" width="100%" height="20" aria-hidden="true" focusable="false">
        <rect x="0" y="0" height="20" width=${width(m)} class=${className === 'imports' ? 'fill-imports' : 'fill-exports'}></rect>
      </svg>`;
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
      <ol class="years">
        ${years.map(
          (y) => html`<li class="year-row">
            <span class="year">${y.year}</span>
            <span class="series">
              <span class="bar-row"
                >${bar('exports', y.euExports)}<span class="value"
                  ><span class="vh">${msg('EU exports to Belarus')}: </span>${formatMoney(y.euExports, this.locale)}</span
                ></span
              >
              <span class="bar-row"
                >${bar('imports', y.euImports)}<span class="value"
                  ><span class="vh">${msg('EU imports from Belarus')}: </span>${formatMoney(y.euImports, this.locale)}</span
                ></span
              >
              <span class="balance meta">${this.balanceText(y.year, 'goods')}</span>
            </span>
          </li>`,
        )}
      </ol>
    </figure>`;
  }

  private renderTable(years: TradeYear[], caption: string, withBalance: boolean): TemplateResult {
    const money = (m: Money | undefined) => (m ? formatMoney(m, this.locale) : '—');
    return html`<div class="table-wrap">
      <table part="table">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Year')}</th>
            <th scope="col">${msg('EU exports to Belarus')}</th>
            <th scope="col">${msg('EU imports from Belarus')}</th>
            ${withBalance ? html`<th scope="col">${msg('EU balance')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${years.map(
            (y) => html`<tr>
              <th scope="row">${y.year}</th>
              <td>${money(y.euExports)}</td>
              <td>${money(y.euImports)}</td>
              ${withBalance ? html`<td>${money(tradeBalance(y.year, 'goods', this.currentData)?.balance)}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderServices(services: TradeYear[], notes: Citations): TemplateResult {
    if (!services.length) return html``;
    return html`<section class="services">
      ${this.subheading(msg('Trade in services'))}
      ${this.renderTable(services, msg('EU trade in services with Belarus'), false)}
      <p class="meta">${msg('Source')}${notes.cite([...new Set(services.flatMap((s) => s.sources))])}</p>
    </section>`;
  }

  private renderInvestment(data: Trade, notes: Citations): TemplateResult {
    return html`<section class="investment">
      ${this.subheading(msg('Foreign direct investment'))}
      <dl class="figures">
        ${data.investment.map((i) => {
          const year = i.year;
          return html`<div class="figure" part="figure">
              <dt>${msg(str`EU investment stocks in Belarus, ${year}`)}</dt>
              <dd>${formatMoney(i.outwardStocks, this.locale)}${notes.cite(i.sources)}</dd>
            </div>
            <div class="figure" part="figure">
              <dt>${msg(str`Belarusian investment stocks in the EU, ${year}`)}</dt>
              <dd>${formatMoney(i.inwardStocks, this.locale)}${notes.cite(i.sources)}</dd>
            </div>`;
        })}
      </dl>
    </section>`;
  }
}

defineElement('eu-trade-summary', EuTradeSummary);
