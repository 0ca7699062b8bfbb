import type { Quantity } from '@eu-belarus/data';
import type { Fact } from '@eu-belarus/data/helpers';
import type { Overview } from '@eu-belarus/data/overview';
import type { Topic } from '@eu-belarus/data/schema';

import type { PropertyValues, TemplateResult, PropertyDeclarations } from 'lit';
import { sectionsOf } from '../shared/attributes.js';
import { bundledNow, type BundledTopic } from '../shared/bundled.js';
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
import { styles } from './relations-overview.styles.js';

/** The parts `sections` can choose, in the order they appear. */
export const OVERVIEW_SECTIONS = ['policy', 'figures', 'files'] as const;
export type OverviewSection = (typeof OVERVIEW_SECTIONS)[number];

/** The topics whose content text the card shows: its own, and the files' and figures'. */
const TEXT_TOPICS: readonly Topic[] = ['overview', 'dialogues', 'assistance'];

/** The bundled data the card shows: its own, the sources, the files' and figures' topics, and its render code. */
const BUNDLED_TOPICS: readonly BundledTopic[] = [
  'overview',
  'sources',
  'dialogues',
  'assistance',
  'programmes',
  'trade',
  'derive-facts',
  'downloads',
  'render:relations-overview',
];

declare global {
  interface HTMLElementTagNameMap {
    'eu-relations-overview': EuRelationsOverview;
  }
}

/**
 * EU–Belarus relations at a glance, as a card for a country page, the present first: the
 * summary and the current policy line, each with the date it holds, then the earlier line as
 * dated history; a few key figures with their dates (the latest year of goods trade, the
 * bilateral assistance envelope, the number of programmes); the main dialogues and agreements
 * with their last reported status and its date. Each part ends with its source line.
 *
 * `src` and `.data` replace the policy overview; the figures and files always come from the
 * bundled data of their own topics.
 *
 * @summary EU–Belarus relations in brief: the policy now and before, key figures, dialogues and agreements, each dated.
 * @event eu-data-error - The data could not be loaded or is invalid.
 * @event eu-data-load - Data from `src` or `.data` was loaded.
 * @csspart base - The card.
 * @csspart heading - The card's, each part's and each policy point's heading.
 * @csspart policy - The list of policy points.
 * @csspart figures - The list of key figures.
 * @csspart figure - One key figure.
 * @csspart value - A key figure's value.
 * @csspart files - The list of dialogues and agreements with their status.
 * @csspart badge - A status badge.
 * @csspart footnote - A source number, where a part's sources differ.
 * @csspart link - A link to a source.
 * @csspart downloads - "Get the data" (in the key figures' source line).
 * @csspart download - A CSV or JSON download link.
 * @csspart sources - A part's source line.
 * @csspart status - The live region for loading and error announcements.
 */
export class EuRelationsOverview extends EuElement<'overview'> {
  static override styles = [...EuElement.styles, badge, sources, downloads, figures, styles];
  protected readonly topic = 'overview';
  protected override readonly renderCode = 'render:relations-overview' as const;
  /** Its long lists (or sections) of a first render in turns. */
  protected override readonly turns = this.inTurns(Turns);

  /** Lit's reactive properties of the fields below (one object: smaller in the bundle than a decorator each). */
  static override properties: PropertyDeclarations = {
    sections: {},
  };

  /** Comma-separated parts to show, in their fixed order: `policy`, `figures`, `files`. Default: all. */
  sections?: string;

  private shownSections: readonly OverviewSection[] = OVERVIEW_SECTIONS;

  protected override get bundledTopics(): readonly BundledTopic[] {
    return BUNDLED_TOPICS;
  }

  protected headingText(): string {
    return msg('EU–Belarus relations');
  }

  protected override get textTopics(): readonly Topic[] {
    return TEXT_TOPICS;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) this.shownSections = sectionsOf(this, this.sections, OVERVIEW_SECTIONS);
  }

  /** The card as the render module lays it out (relations-overview.render.ts). */
  protected renderData(data: Overview): TemplateResult {
    return bundledNow(this.renderCode).render(data, {
      ...this.renderKit(),
      sections: this.shownSections,
      turns: this.turns,
      subheading: (text) => this.subheading(text),
      pointTitle: (content) => this.heading(content, this.headingLevel + 2, 'point-title'),
      keyFacts: () => this.keyFacts(),
    });
  }

  /**
   * The key figures (see overviewKeyFacts). They come with the render code: every caller (the
   * render, the download files) runs once the content, and so the render code, is here. Protected for tests.
   */
  protected keyFacts(): Fact[] {
    return bundledNow(this.renderCode).overviewKeyFacts();
  }

  /** The key figures as shown (none when `sections` leaves them out), with their as-of dates and sources. */
  protected override dataExport(): DataExport | undefined {
    if (!this.shownSections.includes('figures')) return undefined;
    const facts = this.keyFacts();
    const programmes = bundledNow('programmes');
    // The programme count is made from the programme list: it cites the programmes' sources.
    const countSources = [...new Set(programmes.flatMap((p) => p.sources))];
    const sources = [...new Set([...facts.flatMap((f) => f.sources), ...countSources])];
    const count: Quantity = { kind: 'count', value: programmes.length };
    return {
      name: fileName('eu-belarus-overview-key-figures'),
      title: `${this.headingText()}: ${msg('Key figures')}`,
      columns: [...FIGURE_COLUMNS, 'origin', 'sources'],
      rows: [
        ...facts.map((f) => [
          ...figureCells({ ...f, id: f.name, label: this.plainText(f.label) }),
          f.origin,
          f.sources.join(' '),
        ]),
        [
          ...figureCells({
            id: 'programmes.count',
            label: msg('EU programmes Belarus has taken part in'),
            quantity: count,
          }),
          'computed',
          countSources.join(' '),
        ],
      ],
      sources,
      asOf: latestSourceDate(sources),
      filters: this.sections ? { sections: String(this.sections) } : {},
    };
  }
}

defineElement('eu-relations-overview', EuRelationsOverview);
