import type { AssistanceFramework } from '@eu-belarus/data/assistance';

import type { PropertyValues, TemplateResult, PropertyDeclarations } from 'lit';
import { sectionsOf } from '../shared/attributes.js';
import { bundledNow } from '../shared/bundled.js';
import { defineElement } from '../shared/define.js';
import { type DataExport, fileName, latestSourceDate } from '../shared/download.js';
import { EuElement } from '../shared/eu-element.js';
import { Turns } from '../shared/in-turns.js';
import { FIGURE_COLUMNS, figureCells } from '../shared/figure-export.js';
import { msg } from '../shared/localize.js';
import { badge } from '../styles/badge.js';
import { sources } from '../styles/sources.js';
import { downloads } from '../styles/downloads.js';
import { figures } from '../styles/figures.js';
import { styles } from './assistance-summary.styles.js';

/** The parts `sections` can choose, in the order they appear. */
export const ASSISTANCE_SECTIONS = ['statements', 'figures', 'aims', 'priorities'] as const;
export type AssistanceSection = (typeof ASSISTANCE_SECTIONS)[number];

declare global {
  interface HTMLElementTagNameMap {
    'eu-assistance-summary': EuAssistanceSummary;
  }
}

/**
 * EU assistance to Belarus: the 2016 doubling of bilateral assistance, the 2014–2017 envelope
 * and regional funding as key figures, the aims, and the two sets of priorities (Belarus'
 * National Programme 2012–2016 and the EU's 2014–2017 priorities) side by side, each with its
 * source.
 *
 * @summary EU assistance to Belarus: key figures, aims and priorities, with sources.
 * @event eu-data-error - The data could not be loaded or is invalid.
 * @event eu-data-load - Data from `src` or `.data` was loaded.
 * @csspart base - The element's box.
 * @csspart heading - The element's, each section's and each priority set's heading.
 * @csspart statements - The list of dated statements (such as the 2016 doubling).
 * @csspart figures - The list of key figures.
 * @csspart figure - One key figure.
 * @csspart value - A key figure's value.
 * @csspart aims - The list of aims.
 * @csspart priorities - The two priority sets.
 * @csspart priority-set - One priority set.
 * @csspart badge - A priority set's owner badge.
 * @csspart footnote - A source number, where a part's sources differ.
 * @csspart link - A link to a source.
 * @csspart downloads - "Get the data" (in the key figures' source line).
 * @csspart download - A CSV or JSON download link.
 * @csspart sources - A part's source line.
 * @csspart status - The live region for loading and error announcements.
 */
export class EuAssistanceSummary extends EuElement<'assistance'> {
  static override styles = [...EuElement.styles, badge, sources, downloads, figures, styles];
  protected readonly topic = 'assistance';
  protected override readonly renderCode = 'render:assistance-summary' as const;
  /** Its long lists (or sections) of a first render in turns. */
  protected override readonly turns = this.inTurns(Turns);

  /** Lit's reactive properties of the fields below (one object: smaller in the bundle than a decorator each). */
  static override properties: PropertyDeclarations = {
    sections: {},
  };

  /**
   * Comma-separated parts to show, in their fixed order: `statements`, `figures`, `aims`,
   * `priorities`. Default: all.
   */
  sections?: string;

  private shownSections: readonly AssistanceSection[] = ASSISTANCE_SECTIONS;

  protected headingText(): string {
    return msg('EU assistance to Belarus');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) this.shownSections = sectionsOf(this, this.sections, ASSISTANCE_SECTIONS);
  }

  /** The key figures as shown (none when `sections` leaves them out), with their as-of dates and sources. */
  protected override dataExport(): DataExport | undefined {
    const figures = this.shownSections.includes('figures') ? this.currentData.figures : [];
    if (!figures.length) return undefined;
    const sources = [...new Set(figures.flatMap((f) => f.sources))];
    return {
      name: fileName('eu-belarus-assistance-figures'),
      title: `${this.headingText()}: ${msg('Key figures')}`,
      columns: [...FIGURE_COLUMNS, 'sources'],
      rows: figures.map((f) => [...figureCells({ ...f, label: this.plainText(f.label) }), f.sources.join(' ')]),
      sources,
      asOf: latestSourceDate(sources),
      filters: this.sections ? { sections: String(this.sections) } : {},
    };
  }

  /** The sections, their render code loaded with the content (assistance-summary.render.ts). */
  protected renderData(data: AssistanceFramework): TemplateResult {
    // Compact: the key figures; the statements, aims and priorities stay in the default.
    const show = (section: AssistanceSection) =>
      this.shownSections.includes(section) && (section === 'figures' || !this.compact);
    return bundledNow(this.renderCode).render(data, {
      ...this.renderKit(),
      show,
      turns: this.turns,
    });
  }
}

defineElement('eu-assistance-summary', EuAssistanceSummary);
