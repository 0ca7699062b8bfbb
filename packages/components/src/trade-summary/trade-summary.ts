import type { Money } from '@eu-belarus/data';
import { trade, tradeBalance, type Trade, type TradeYear } from '@eu-belarus/data/trade';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { intInRange, oneOf } from '../shared/attributes.js';
import type { Citations } from '../shared/citations.js';
import { renderEmpty } from '../shared/data-controller.js';
import { defineElement } from '../shared/define.js';
import { EuElement } from '../shared/eu-element.js';
import { type DataExport, fileName, latestSourceDate } from '../shared/download.js';
import { moneyUnit } from '../shared/figure-export.js';
import { formatDateRange, formatList, formatMoney, moneyValue, spokenNumber } from '../shared/format.js';
import { msg, str } from '../shared/localize.js';
import { figureText, shownAndSpoken } from '../shared/number-text.js';
import { styles } from './trade-summary.styles.js';

export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];

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
 * @csspart point - A bar of the chart: one year's exports or imports, focusable with the arrow keys.
 * @csspart tooltip - The label a focused or hovered bar shows.
 * @csspart downloads - The "Download the data" line.
 * @csspart download - A CSV or JSON download link.
 * @csspart sources - The list of sources.
 * @csspart status - The live region for loading and error messages.
 * @cssproperty --eu-color-series-1 - EU exports in the chart (light theme).
 * @cssproperty --eu-color-series-2 - EU imports in the chart (light theme).
 */
export class EuTradeSummary extends EuElement<'trade'> {
  static override styles = [...EuElement.styles, styles];
  protected readonly topic = 'trade';

  /** Show one year's goods figures, e.g. `2017`. */
  @property() year?: number;

  /** First year of goods trade to show. */
  @property() from?: number;

  /** Last year of goods trade to show. */
  @property() to?: number;

  /** `chart` or `table`: how goods trade is shown first; readers can switch. */
  @property() view: View = 'chart';

  /** Also show trade in services. */
  @property({ type: Boolean, attribute: 'show-services' }) showServices = false;

  /** Also show the stocks of foreign direct investment. */
  @property({ type: Boolean, attribute: 'show-investment' }) showInvestment = false;

  /** The reader's choice of view, once they switch. */
  @state() private chosenView?: View;
  /** The chart's bar that takes the tab stop (roving tabindex). */
  @state() private activePoint = 0;
  /** What the chart's live region says: the focused bar. */
  @state() private pointAnnouncement = '';
  private years: TradeYear[] = [];

  protected bundledData(): Trade {
    return trade;
  }

  protected headingText(): string {
    return msg('EU–Belarus trade');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view')) {
      this.view = oneOf(this, 'view', this.view, VIEWS, 'chart');
      this.chosenView = undefined;
    }
    for (const key of ['year', 'from', 'to'] as const)
      if (changed.has(key)) this[key] = intInRange(this, key, this[key], 1990, 2100, undefined);
    const { year, from = -Infinity, to = Infinity } = this;
    this.years = this.currentData.goods.filter((y) => (year ? y.year === year : y.year >= from && y.year <= to));
    if (this.activePoint >= this.years.length * 2) this.activePoint = 0;
  }

  /** Goods trade by year as shown (filters applied), in the source's unit, with balances and sources. */
  protected override dataExport(): DataExport | undefined {
    const { years } = this;
    if (!years.length) return undefined;
    const first = years[0]!.year;
    const last = years[years.length - 1]!.year;
    const sources = [...new Set(years.flatMap((y) => y.sources))];
    const filters = Object.fromEntries(
      (['year', 'from', 'to'] as const)
        .filter((k) => this[k] !== undefined && this[k] !== null)
        .map((k) => [k, String(this[k])]),
    );
    return {
      name: fileName('eu-belarus-trade-goods', first, first === last ? undefined : last),
      title: `${msg('EU trade in goods with Belarus')}, ${first === last ? first : formatDateRange(String(first), String(last), this.locale)}`,
      columns: ['year', 'eu_exports', 'eu_imports', 'eu_balance', 'eu_balance_origin', 'unit', 'sources'],
      rows: years.map((y) => {
        const balance = tradeBalance(y.year, 'goods', this.currentData);
        return [
          y.year,
          y.euExports.value,
          y.euImports.value,
          balance?.balance.value,
          balance?.origin,
          moneyUnit(y.euExports),
          y.sources.join(' '),
        ];
      }),
      sources,
      asOf: latestSourceDate(sources),
      filters,
      units: {
        eu_exports: 'EU exports to Belarus',
        eu_imports: 'EU imports from Belarus',
        eu_balance: 'EU exports minus EU imports',
      },
    };
  }

  private get currentView(): View {
    return this.chosenView ?? this.view;
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
          (p) =>
            html`<li part="item">
              <span class="badge" part="badge">${p.rank}</span>
              <span class="partner">${this.t(p.partner)}</span>
              <span class="share">${msg(str`share of Belarus' trade: ${this.plainText(p.share.text)}`)}</span
              >${notes.cite(p.sources)}
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
          (f) =>
            html`<li part="item" class="flow">
              <p class="direction">
                ${f.direction === 'belarus-to-eu' ? msg('Belarus to the EU') : msg('EU to Belarus')}
              </p>
              <p class="main">
                ${formatList(
                  f.main.map((m) => this.plainText(m)),
                  this.locale,
                )}${notes.cite(f.sources)}
              </p>
              ${
                f.minor?.length
                  ? html`<p class="meta">
                      ${msg(
                        str`Much lower shares: ${formatList(
                          f.minor.map((m) => this.plainText(m)),
                          this.locale,
                        )}`,
                      )}
                    </p>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderGoods(notes: Citations): TemplateResult {
    const { years } = this;
    if (!years.length) return renderEmpty(msg('No goods trade figures for the chosen years.'));
    const sources = notes.cite([...new Set(years.flatMap((y) => y.sources))]);
    const view = this.currentView;
    return html`<section class="goods">
      ${this.subheading(msg('Trade in goods'))}
      <p class="summary">${shownAndSpoken(this.goodsSummary(years), this.goodsSummary(years, true))}${sources}</p>
      <div class="view-switch" role="group" aria-label=${msg('Show goods trade as')}>
        ${VIEWS.map(
          (v) =>
            html`<button
              type="button"
              aria-pressed=${v === view ? 'true' : 'false'}
              @click=${() => (this.chosenView = v)}
            >
              ${v === 'chart' ? msg('Chart') : msg('Table')}
            </button>`,
        )}
      </div>
      ${
        view === 'chart'
          ? html`${this.renderChartIntro(years)} ${this.renderChart(years)}
              <div class="print-only">${this.renderTable(years, msg('EU trade in goods with Belarus'), true)}</div>`
          : this.renderTable(years, msg('EU trade in goods with Belarus'), true)
      }
      ${this.downloads()}
    </section>`;
  }

  /** One sentence on the latest year and, over several years, one on the trend of EU exports. */
  private goodsSummary(years: TradeYear[], spoken = false): string {
    const last = years[years.length - 1]!;
    const first = years[0]!;
    const year = last.year;
    const money = (m: Money) => this.money(m, spoken);
    const exports = money(last.euExports);
    const imports = money(last.euImports);
    const balance = this.balanceText(last.year, 'goods', spoken);
    const latest = balance
      ? msg(
          str`In ${year}, the EU exported goods worth ${exports} to Belarus and imported goods worth ${imports}: ${balance}.`,
        )
      : msg(str`In ${year}, the EU exported goods worth ${exports} to Belarus and imported goods worth ${imports}.`);
    if (first === last) return latest;
    const from = money(first.euExports);
    const firstYear = first.year;
    const trend =
      moneyValue(last.euExports) >= moneyValue(first.euExports)
        ? msg(str`EU exports rose from ${from} in ${firstYear} to ${exports} in ${year}.`)
        : msg(str`EU exports fell from ${from} in ${firstYear} to ${exports} in ${year}.`);
    return `${latest} ${trend}`;
  }

  /** An amount as shown, or (`spoken`) as a screen reader should read it: one number, whatever the locale's digit grouping. */
  private money(m: Money, spoken = false): string {
    const shown = formatMoney(m, this.locale);
    return spoken ? spokenNumber(shown, this.locale) : shown;
  }

  /** The chart's screen-reader section: chart type and title, the trend of both series, and a way to the table. */
  private renderChartIntro(years: TradeYear[]): TemplateResult {
    const first = years[0]!;
    const last = years[years.length - 1]!;
    const title = msg('EU trade in goods with Belarus');
    const period =
      first === last ? String(first.year) : formatDateRange(String(first.year), String(last.year), this.locale);
    const trend = (
      pick: (y: TradeYear) => Money,
      rose: (from: string, to: string) => string,
      fell: (from: string, to: string) => string,
    ) =>
      moneyValue(pick(last)) >= moneyValue(pick(first))
        ? rose(this.money(pick(first), true), this.money(pick(last), true))
        : fell(this.money(pick(first), true), this.money(pick(last), true));
    const firstYear = first.year;
    const year = last.year;
    const sentences = [
      msg(str`Bar chart: ${title}, ${period}.`),
      ...(first === last
        ? []
        : [
            trend(
              (y) => y.euExports,
              (from, to) => msg(str`EU exports rose from ${from} in ${firstYear} to ${to} in ${year}.`),
              (from, to) => msg(str`EU exports fell from ${from} in ${firstYear} to ${to} in ${year}.`),
            ),
            trend(
              (y) => y.euImports,
              (from, to) => msg(str`EU imports rose from ${from} in ${firstYear} to ${to} in ${year}.`),
              (from, to) => msg(str`EU imports fell from ${from} in ${firstYear} to ${to} in ${year}.`),
            ),
          ]),
      msg('The arrow keys move between the bars.'),
    ];
    return html`<div class="chart-intro no-print" part="chart-intro">
      <p class="vh">${sentences.join(' ')}</p>
      <button type="button" class="vh-until-focus to-table" @click=${this.showTable}>
        ${msg('Show the data as a table')}
      </button>
    </div>`;
  }

  /** Switches to the table and moves focus to it. */
  private readonly showTable = async (): Promise<void> => {
    this.chosenView = 'table';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.goods table')?.focus();
  };

  /** The tooltip of a bar: "EU exports to Belarus, 2017: EUR 6.1 billion". */
  private pointText(y: TradeYear, series: 'exports' | 'imports', spoken = false): string {
    const label = series === 'exports' ? msg('EU exports to Belarus') : msg('EU imports from Belarus');
    const value = this.money(series === 'exports' ? y.euExports : y.euImports, spoken);
    const year = y.year;
    return msg(str`${label}, ${year}: ${value}`);
  }

  private readonly onPointFocus = (event: FocusEvent): void => {
    const point = event.target as HTMLElement;
    const index = Number(point.dataset.point);
    if (Number.isNaN(index)) return;
    this.activePoint = index;
    const y = this.years[Math.floor(index / 2)];
    if (y) this.pointAnnouncement = this.pointText(y, index % 2 ? 'imports' : 'exports', true);
  };

  /** Arrow keys move between the bars in reading order, Home and End to the ends. */
  private readonly onPointKey = (event: KeyboardEvent): void => {
    const index = Number((event.target as HTMLElement).dataset.point);
    if (Number.isNaN(index)) return;
    const count = this.years.length * 2;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === forward || event.key === 'ArrowDown'
        ? Math.min(index + 1, count - 1)
        : event.key === back || event.key === 'ArrowUp'
          ? Math.max(index - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`[data-point="${next}"]`)?.focus();
  };

  private balanceText(year: number, kind: 'goods' | 'services', spoken = false): string {
    const balance = tradeBalance(year, kind, this.currentData);
    if (!balance) return '';
    const amount = this.money({ ...balance.balance, value: Math.abs(balance.balance.value) }, spoken);
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
      <ol class="years" @keydown=${this.onPointKey} @focusin=${this.onPointFocus}>
        ${years.map((y, i) => {
          const point = (series: 'exports' | 'imports') => {
            const index = i * 2 + (series === 'exports' ? 0 : 1);
            return html`<span
              class="bar-row point"
              part="point"
              role="img"
              tabindex=${index === this.activePoint ? 0 : -1}
              data-point=${index}
              aria-label=${this.pointText(y, series, true)}
              >${bar(series, series === 'exports' ? y.euExports : y.euImports)}<span class="value"
                >${this.money(series === 'exports' ? y.euExports : y.euImports)}</span
              ><span class="tooltip" part="tooltip" aria-hidden="true">${this.pointText(y, series)}</span></span
            >`;
          };
          return html`<li class="year-row">
            <span class="year">${y.year}</span>
            <span class="series">
              ${point('exports')} ${point('imports')}
              <span class="balance meta"
                >${shownAndSpoken(this.balanceText(y.year, 'goods'), this.balanceText(y.year, 'goods', true))}</span
              >
            </span>
          </li>`;
        })}
      </ol>
      <div class="vh" aria-live="polite" data-chart-live>${this.pointAnnouncement}</div>
    </figure>`;
  }

  private renderTable(years: TradeYear[], caption: string, withBalance: boolean): TemplateResult {
    const money = (m: Money | undefined) => (m ? figureText(formatMoney(m, this.locale), this.locale) : '—');
    return html`<div class="table-wrap">
      <table part="table" tabindex="-1">
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
            (y) =>
              html`<tr>
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
              <dd>${figureText(formatMoney(i.outwardStocks, this.locale), this.locale)}${notes.cite(i.sources)}</dd>
            </div>
            <div class="figure" part="figure">
              <dt>${msg(str`Belarusian investment stocks in the EU, ${year}`)}</dt>
              <dd>${figureText(formatMoney(i.inwardStocks, this.locale), this.locale)}${notes.cite(i.sources)}</dd>
            </div>`;
        })}
      </dl>
    </section>`;
  }
}

defineElement('eu-trade-summary', EuTradeSummary);
