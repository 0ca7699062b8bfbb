import type { RestrictiveMeasures } from '@eu-belarus/data/restrictive-measures';
import type { PropertyValues, TemplateResult, PropertyDeclarations } from 'lit';
import { oneOf } from '../shared/attributes.js';
import { bundledNow } from '../shared/bundled.js';
import { defineElement } from '../shared/define.js';
import type { DataExport } from '../shared/download.js';
import { EuElement } from '../shared/eu-element.js';
import { Turns } from '../shared/in-turns.js';
import { msg } from '../shared/localize.js';
import type { RovingTabindexController } from '../shared/roving-tabindex.js';
import { VIEWS, type View } from '../shared/view-switch.js';
import { warnOnce } from '../shared/warn.js';
import { badge } from '../styles/badge.js';
import { controls } from '../styles/controls.js';
import { downloads } from '../styles/downloads.js';
import { figures } from '../styles/figures.js';
import { sources } from '../styles/sources.js';
import { viewSwitch } from '../styles/view-switch.js';
import { chartStyles } from './measures-chart.styles.js';
import type { MeasuresContext } from './measures-context.js';
import type { MeasuresModel } from './measures-model.js';
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
  /** Its render code (restrictive-measures.render.ts), loaded with its content. */
  protected override readonly renderCode = 'render:restrictive-measures' as const;
  /** The totals, notes and gaps of the period: derived before each render of data (`willUpdate`). */
  private model?: MeasuresModel;
  /** The chart's one tab stop among its points: made, with the render code, once there is data. */
  private roving?: RovingTabindexController;

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
    // (Then the render code is here too: the content and it load as one, see `bundledTopics`.)
    if (!this.loader.hasData) return;
    const code = bundledNow(this.renderCode);
    this.model = code.measuresModel(this.currentData, { from: this.from, to: this.to });
    this.roving ??= new code.RovingTabindexController(this, {
      count: () => code.pointCount(this.model),
      onFocus: (index) => (this.focusedPoint = index),
    });
  }

  /** The content, made by the render code. */
  protected renderData(data: RestrictiveMeasures): TemplateResult {
    return bundledNow(this.renderCode).renderMeasures(data, this.renderContext());
  }

  /** What the render code needs from the element (see measures-context.ts). */
  private renderContext(): MeasuresContext {
    return {
      ...this.renderKit(),
      model: this.model!,
      period: { from: this.from, to: this.to },
      showSectoral: this.showSectoral,
      view: this.chosenView ?? this.view,
      choose: (view) => (this.chosenView = view),
      keys: this.roving!,
      focusedPoint: this.focusedPoint,
      subheading: (content) => this.subheading(content),
      sections: (parts) => this.turns.sections(parts),
    };
  }

  /** The totals series as shown (period applied), with how each total is known and its sources. */
  protected override dataExport(): DataExport | undefined {
    const { model } = this;
    // A model means the render code has loaded (see `willUpdate`).
    return model?.points.length
      ? bundledNow(this.renderCode).measuresExport(model, { from: this.from, to: this.to })
      : undefined;
  }
}

defineElement('eu-restrictive-measures', EuRestrictiveMeasures);
