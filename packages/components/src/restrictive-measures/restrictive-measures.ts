import type { RestrictiveMeasures } from '@eu-belarus/data/restrictive-measures';
import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { oneOf } from '../shared/attributes.js';
import { renderEmpty } from '../shared/empty-state.js';
import { defineElement } from '../shared/define.js';
import type { DataExport } from '../shared/download.js';
import { EuElement } from '../shared/eu-element.js';
import { Turns } from '../shared/in-turns.js';
import { formatCount, formatDateRange } from '../shared/format.js';
import { externalLink } from '../shared/links.js';
import { msg, str } from '../shared/localize.js';
import { RovingTabindexController } from '../shared/roving-tabindex.js';
import { renderViewSwitch, VIEWS, type View } from '../shared/view-switch.js';
import { warnOnce } from '../shared/warn.js';
import { badge } from '../styles/badge.js';
import { controls } from '../styles/controls.js';
import { downloads } from '../styles/downloads.js';
import { figures } from '../styles/figures.js';
import { sources } from '../styles/sources.js';
import { viewSwitch } from '../styles/view-switch.js';
import { renderMeasuresChart, type ChartSeries } from './measures-chart.js';
import { chartStyles } from './measures-chart.styles.js';
import { measuresExport } from './measures-export.js';
import { originLabel, seriesLabel } from './measures-labels.js';
import { renderProlongations, renderRounds, renderSectoral, type ListContext } from './measures-lists.js';
import { measuresModel, SERIES, type MeasuresModel } from './measures-model.js';
import { renderKeyFigures, renderNotes, renderTable } from './measures-parts.js';
import { latestText, pointText } from './measures-text.js';
import { styles } from './restrictive-measures.styles.js';

export { VIEWS, type View };
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

declare global {
  interface HTMLElementTagNameMap {
    'eu-restrictive-measures': EuRestrictiveMeasures;
  }
}

/**
 * The EU's restrictive measures on Belarus: how many individuals and entities are listed (as of
 * their date, with the source), a step chart and table of the listings over time that marks which
 * totals a source states and which follow from adding the rounds, the listing rounds, the
 * prolongations and, on request, the sectoral measures. With `compact` (a sidebar): the key figures
 * and the listings over time only.
 *
 * @summary EU sanctions on Belarus: listings over time, rounds, prolongations and sectoral measures.
 * @event eu-data-error - The data could not be loaded or is invalid.
 * @event eu-data-load - Data from `src` or `.data` was loaded.
 * @csspart base - The element's box.
 * @csspart heading - The element's and each section's heading.
 * @csspart figure - A key figure, and the chart.
 * @csspart point - A point of the chart, focusable with the arrow keys.
 * @csspart table - The table of listings.
 * @csspart item - A round, prolongation or measure.
 * @csspart badge - A reason, area or other label.
 * @csspart link - A link to a legal act or a source.
 * @csspart footnote - A link to a source note.
 * @csspart downloads - The "Download the data" line.
 * @csspart download - A CSV or JSON download link.
 * @csspart sources - The list of sources.
 * @csspart status - The live region for loading and error messages.
 * @cssproperty --eu-color-series-1 - Individuals in the chart.
 * @cssproperty --eu-color-series-2 - Entities in the chart.
 */
export class EuRestrictiveMeasures extends EuElement<'restrictive-measures'> {
  static override styles = [
    ...EuElement.styles,
    controls,
    badge,
    figures,
    sources,
    downloads,
    viewSwitch,
    chartStyles,
    styles,
  ];
  protected readonly topic = 'restrictive-measures';
  /** Its long lists (or sections) of a first render in turns. */
  protected override readonly turns = this.inTurns(Turns);

  /**
   * Lit's reactive properties of the fields below (one object: smaller in the bundle than a decorator
   * each); internal state says `attribute: false` too, which is what the manifest's analyzer reads.
   */
  static override properties: PropertyDeclarations = {
    from: {},
    to: {},
    view: {},
    showSectoral: { type: Boolean, attribute: 'show-sectoral' },
    chosenView: { state: true, attribute: false },
    focusedPoint: { state: true, attribute: false },
  };

  /** First date to show (ISO, any precision: `2021`, `2021-06`, `2021-06-21`). */
  from?: string;

  /** Last date to show (ISO, any precision). */
  to?: string;

  /** `chart` or `table`: how the listings over time are shown first; readers can switch. */
  view: View = 'chart';

  /** Also list the sectoral measures (airspace, potash, finance, trade, transport, tariffs). */
  showSectoral = false;

  /** The reader's choice of view, once they switch. */
  private chosenView?: View;
  /** The chart point the readout speaks of, once one has had focus. */
  private focusedPoint?: number;
  private model!: MeasuresModel;
  /** The chart's one tab stop among its points: individuals by date, then entities. */
  private readonly roving = new RovingTabindexController(this, {
    count: () => SERIES.reduce((n, s) => n + (this.model?.series[s].length ?? 0), 0),
    onFocus: (index) => (this.focusedPoint = index),
  });

  protected headingText(): string {
    return msg('EU restrictive measures on Belarus');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view')) {
      this.view = oneOf(this, 'view', this.view, VIEWS, 'chart');
      this.chosenView = undefined;
    }
    for (const key of ['from', 'to'] as const)
      if (changed.has(key) && this[key] != null) {
        const value = String(this[key]).trim();
        if (!ISO_DATE.test(value))
          warnOnce(this, key, `"${value}" is not an ISO date (2021, 2021-06 or 2021-06-21); ignored.`);
        this[key] = ISO_DATE.test(value) ? value : undefined;
      }
    // Nothing to derive until there is data to lay out (bundled content on its way).
    if (!this.loader.hasData) return;
    this.model = measuresModel(this.currentData, { from: this.from, to: this.to });
  }

  /** Items whose date falls in the `from`/`to` period (any precision). */
  private inPeriod<T extends { date: string }>(items: readonly T[]): T[] {
    const { from, to } = this;
    return items.filter(
      (i) => (!from || i.date >= from || from.startsWith(i.date)) && (!to || i.date.slice(0, to.length) <= to),
    );
  }

  /** The lede, key figures and listings; then the rounds and prolongations (not in `compact`, for a sidebar); the sectoral measures on request. */
  protected renderData(data: RestrictiveMeasures): TemplateResult {
    const { model } = this;
    const ctx: ListContext = {
      locale: this.locale,
      t: (value) => this.t(value),
      block: (key, items) => this.sourceBlock(key, items),
      link: (href, content) => externalLink(href, content, this.linkTarget),
      number: (value) => formatCount(value, this.locale),
      mark: (date) => model.notes.find((n) => n.date === date)?.mark,
    };
    const sectoral = this.inPeriod(data.sectoral);
    // Sections, so that a concealed first render (far away, for in-page search) makes them in turns.
    const sections = [
      !this.compact && (() => html`<p class="lead">${this.t(data.summary)}</p>`),
      () => renderKeyFigures(model, this.locale, (items) => this.sourceBlock('key-figures', items)),
      () =>
        html`<section class="listings">
          ${this.subheading(msg('Listings over time'))}
          ${model.points.length ? this.renderListings() : renderEmpty(msg('No listing in the chosen period.'))}
        </section>`,
      !this.compact && (() => this.renderRounds(data, ctx)),
      !this.compact && (() => this.renderProlongations(data, ctx)),
      this.showSectoral &&
        sectoral.length > 0 &&
        (() =>
          html`<section class="sectoral">
            ${this.subheading(msg('Sectoral measures'))} ${renderSectoral(sectoral, ctx)}
          </section>`),
    ];
    return html`${this.turns.sections(sections)}`;
  }

  /** The listing rounds in the period (with criteria and other-regime listings). */
  private renderRounds(data: RestrictiveMeasures, ctx: ListContext): TemplateResult {
    const rounds = this.inPeriod(data.rounds);
    const criteria = this.inPeriod(data.criteria);
    const others = this.inPeriod(data.otherRegimes);
    return html`<section class="rounds">
      ${this.subheading(msg('Listing rounds'))}
      ${
        rounds.length || criteria.length || others.length
          ? renderRounds(rounds, criteria, others, ctx)
          : renderEmpty(msg('No listing in the chosen period.'))
      }
    </section>`;
  }

  /** The prolongations in the period, and the stretches whose rounds were not found. */
  private renderProlongations(data: RestrictiveMeasures, ctx: ListContext): TemplateResult {
    const notFound = data.notFound.filter((n) => this.inPeriod([{ date: n.start }]).length);
    return html`<section class="prolongations">
      ${this.subheading(msg('Prolongations'))} ${renderProlongations(this.inPeriod(data.prolongations), notFound, ctx)}
    </section>`;
  }

  /** The chart or table, the notes on differing figures, then one source line with "Get the data". */
  private renderListings(): TemplateResult {
    const { model, locale } = this;
    const view = this.chosenView ?? this.view;
    const title = msg('Individuals and entities listed under the EU’s Belarus sanctions regime, by date');
    const table = () => renderTable(model, locale, title);
    const values = model.points.flatMap((p) => SERIES.map((s) => p[s]));
    const differing = model.notes.flatMap((n) => n.figures.flatMap((f) => f.parts));
    const sources = this.sourceBlock('listings', [...values, ...differing]);
    return html`<p class="chart-subtitle">${title}</p>
      ${renderViewSwitch(view, msg('Show the listings as'), (v) => (this.chosenView = v))}
      ${
        view === 'chart'
          ? html`<figure class="chart" part="figure">${this.renderChartIntro(title)} ${this.renderChart()}</figure>
              <div class="print-only">${table()}</div>`
          : table()
      }
      ${renderNotes(model, locale, sources, (text) => this.t(text))} ${sources.line(this.downloads())}`;
  }

  /** The chart's text alternative: what it is, over which period, and how to move in it. */
  private renderChartIntro(title: string): TemplateResult {
    const { points } = this.model;
    const period = formatDateRange(points[0]!.date, points[points.length - 1]!.date, this.locale);
    return html`<p class="vh">
      ${msg(str`Step chart: ${title}, ${period}.`)} ${msg('The arrow keys move between the points.')}
    </p>`;
  }

  private renderChart(): TemplateResult {
    const { model, locale } = this;
    const series: ChartSeries[] = SERIES.filter((s) => model.series[s].length).map((key) => ({
      key,
      label: seriesLabel(key),
      points: model.series[key].map((p) => ({
        ...p,
        shown: formatCount(p.value, locale),
        spoken: pointText(p, model, locale),
      })),
    }));
    const focused = SERIES.flatMap((s) => model.series[s]).find((p) => p.index === this.focusedPoint);
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
        tabindex: (index) => this.roving.tabindex(index),
        readout: focused ? pointText(focused, model, locale) : latestText(model, locale),
        onKeydown: this.roving.onKeydown,
        onFocusin: this.roving.onFocusin,
      },
    );
  }

  /** The totals series as shown (period applied), with how each total is known and its sources. */
  protected override dataExport(): DataExport | undefined {
    return this.model?.points.length ? measuresExport(this.model, { from: this.from, to: this.to }) : undefined;
  }
}

defineElement('eu-restrictive-measures', EuRestrictiveMeasures);
