import { balanceOf as tradeBalance } from '@eu-belarus/data/helpers';
import type { Trade, TradeYear } from '@eu-belarus/data/trade';
import type { PropertyValues, TemplateResult, PropertyDeclarations } from 'lit';
import { asWritten, intInRange, oneOf } from '../shared/attributes.js';
import { bundledNow } from '../shared/bundled.js';
import { defineElement } from '../shared/define.js';
import { type DataExport, fileName, latestSourceDate } from '../shared/download.js';
import { EuElement } from '../shared/eu-element.js';
import { Turns, type TurnsMode } from '../shared/in-turns.js';
import { moneyUnit } from '../shared/figure-export.js';
import { formatDateRange } from '../shared/format.js';
import { msg } from '../shared/localize.js';
import type { RovingTabindexController } from '../shared/roving-tabindex.js';
import { joinSheets } from '../shared/sheets.js';
import { VIEWS, type View } from '../shared/view-switch.js';
import { controls } from '../styles/controls.js';
import { badge } from '../styles/badge.js';
import { sources } from '../styles/sources.js';
import { figureTable } from '../styles/figure-table.js';
import { viewSwitch } from '../styles/view-switch.js';
import { downloads } from '../styles/downloads.js';
import { chartStyles } from './trade-chart.styles.js';
import { pendingStyles, styles } from './trade-summary.styles.js';

export { VIEWS, type View };

/** Whether a trade summary on this page has made all its sections (see `firstRenderTurns`). */
let wholeBefore = false;

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
 * @csspart footnote - A source number, where a block's sources differ.
 * @csspart point - A bar of the chart: one year's exports or imports, focusable with the arrow keys.
 * @csspart downloads - "Get the data: CSV, JSON".
 * @csspart download - A CSV or JSON download link.
 * @csspart sources - A block's source line.
 * @csspart gap-note - The note that no later figures were found.
 * @csspart status - The live region for loading and error messages.
 * @cssproperty --eu-color-series-1 - EU exports in the chart (light theme).
 * @cssproperty --eu-color-series-2 - EU imports in the chart (light theme).
 */
export class EuTradeSummary extends EuElement<'trade'> {
  static override pendingStyles = pendingStyles;
  /**
   * Its sheets joined into one, in the same order (the same cascade): each instance's shadow root
   * adopts one sheet and its elements match against one, as a page's own copy of the markup would.
   */
  static override styles = [
    joinSheets([
      ...EuElement.styles,
      controls,
      badge,
      sources,
      downloads,
      figureTable,
      viewSwitch,
      styles,
      chartStyles,
    ]),
  ];
  protected readonly topic = 'trade';
  protected override readonly renderCode = 'render:trade-summary' as const;
  /** Its sections of a first render in turns, the first trade summary of the page only (see `firstRenderTurns`). */
  protected override readonly turns = this.inTurns(Turns);

  /**
   * Lit's reactive properties of the fields below (one object: smaller in the bundle than a decorator
   * each); internal state says `attribute: false` too, which is what the manifest's analyzer reads.
   */
  static override properties: PropertyDeclarations = {
    year: { converter: asWritten },
    from: { converter: asWritten },
    to: { converter: asWritten },
    view: {},
    showServices: { type: Boolean, attribute: 'show-services' },
    showInvestment: { type: Boolean, attribute: 'show-investment' },
    chosenView: { state: true, attribute: false },
    pointAnnouncement: { state: true, attribute: false },
  };

  /** Show one year's goods figures, e.g. `2017`. */
  year?: number;

  /** First year of goods trade to show. */
  from?: number;

  /** Last year of goods trade to show. */
  to?: number;

  /** `chart` or `table`: how goods trade is shown first; readers can switch. */
  view: View = 'chart';

  /** Also show trade in services. */
  showServices = false;

  /** Also show the stocks of foreign direct investment. */
  showInvestment = false;

  /** The reader's choice of view, once they switch. */
  private chosenView?: View;
  /** What the chart's live region says: the focused bar. */
  private pointAnnouncement = '';
  private years: TradeYear[] = [];
  /** The chart's one tab stop among its bars, made with the render code (its `chartKeys`). */
  private keys?: RovingTabindexController;

  /**
   * The page's first trade summary compiles its templates and makes its formatters: at CPU ×4 its
   * sections take over 100 ms, so they come in turns. Once one is whole, the others are short (a
   * few ms each) and come whole in the render queue's tasks, with no frame to wait for between them.
   */
  protected override get firstRenderTurns(): TurnsMode {
    return wholeBefore ? 'whole' : super.firstRenderTurns;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    void this.updateComplete.then(() => (wholeBefore ||= this.loader.status === 'ready'));
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
    // Nothing to derive until there is data to lay out (bundled content on its way).
    if (!this.loader.hasData) return;
    const { year, from = -Infinity, to = Infinity } = this;
    this.years = this.currentData.goods.filter((y) => (year ? y.year === year : y.year >= from && y.year <= to));
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

  /** Its content, by its render code (trade-summary.render.ts), from what it needs of the element. */
  protected renderData(data: Trade): TemplateResult {
    const code = bundledNow(this.renderCode);
    this.keys ??= code.chartKeys(this, {
      years: () => this.years,
      locale: () => this.locale,
      announce: (text) => (this.pointAnnouncement = text),
    });
    return code.renderTrade({
      data,
      i18n: this.i18n,
      subheading: (text) => this.subheading(text),
      block: (key, items) => this.sourceBlock(key, items),
      compact: this.compact,
      years: this.years,
      view: this.chosenView ?? this.view,
      choose: (view) => (this.chosenView = view),
      showServices: this.showServices,
      showInvestment: this.showInvestment,
      sections: (parts) => this.turns.sections(parts),
      downloads: () => this.downloads(),
      keys: this.keys,
      announcement: this.pointAnnouncement,
    });
  }
}

defineElement('eu-trade-summary', EuTradeSummary);
