import type { Dialogue, DialogueStatus } from '@eu-belarus/data/dialogues';
import { DIALOGUE_STATUSES, lastStatus as currentStatus, type Fact } from '@eu-belarus/data/helpers';
import type { Quantity } from '@eu-belarus/data';
import type { Topic } from '@eu-belarus/data/schema';
import type { Overview, PolicyPoint } from '@eu-belarus/data/overview';

import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { sectionsOf } from '../shared/attributes.js';
import { asOfDate, asOfUnlessSaid } from '../shared/as-of.js';
import { bundledNow, type BundledTopic } from '../shared/bundled.js';
import type { SourceBlock } from '../shared/citations.js';
import { defineElement } from '../shared/define.js';
import { type DataExport, fileName, latestSourceDate } from '../shared/download.js';
import { EuElement } from '../shared/eu-element.js';
import { Turns } from '../shared/in-turns.js';
import { FIGURE_COLUMNS, figureCells } from '../shared/figure-export.js';
import { formatCount, formatDate } from '../shared/format.js';
import { dialogueKindLabel, dialogueStatusLabel } from '../shared/labels.js';
import { msg, str } from '../shared/localize.js';
import { figureText } from '../shared/number-text.js';
import { reportedStatus, statusBadge } from '../shared/status-badge.js';
import { formatFigure } from '../shared/quantity.js';
import { badge } from '../styles/badge.js';
import { sources } from '../styles/sources.js';
import { downloads } from '../styles/downloads.js';
import { figures } from '../styles/figures.js';
import { overviewKeyFacts } from './key-facts.js';
import { styles } from './relations-overview.styles.js';

/** The parts `sections` can choose, in the order they appear. */
export const OVERVIEW_SECTIONS = ['policy', 'figures', 'files'] as const;
export type OverviewSection = (typeof OVERVIEW_SECTIONS)[number];

/** The topics whose content text the card shows: its own, and the files' and figures'. */
const TEXT_TOPICS: readonly Topic[] = ['overview', 'dialogues', 'assistance'];

/** The bundled data the card shows: its own, the sources, and the files' and figures' topics. */
const BUNDLED_TOPICS: readonly BundledTopic[] = [
  'overview',
  'sources',
  'dialogues',
  'assistance',
  'programmes',
  'trade',
  'derive-facts',
  'downloads',
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

  protected renderData(data: Overview): TemplateResult {
    const show = (section: OverviewSection) => this.shownSections.includes(section);
    // Compact: the current line and the key figures; the history and the files stay in the default.
    const sections = [
      show('policy') && (() => this.renderPolicy(data)),
      show('figures') && (() => this.renderFigures()),
      show('files') && !this.compact && (() => this.renderFiles()),
    ];
    return html`${this.turns.sections(sections)}`;
  }

  /** The present first (the summary and the current line, each dated), then the earlier line as dated history. */
  private renderPolicy(data: Overview): TemplateResult {
    const current = data.sections.filter((p) => p.timeframe === 'current');
    const history = this.compact ? [] : data.sections.filter((p) => p.timeframe === 'historical');
    const sources = this.sourceBlock('policy', [data, ...current, ...history]);
    return html`<section class="section">
      <p class="lead">${this.t(data.summary)}${sources.mark(data)} ${asOfDate(data.asOf, this.locale)}</p>
      ${
        current.length
          ? html`${this.subheading(msg('Policy now'))}
              <ul class="policy" part="policy">
                ${current.map((point) => this.renderPoint(point, sources))}
              </ul>`
          : nothing
      }
      ${
        history.length
          ? html`${this.subheading(msg('Earlier policy'))}
              <ul class="policy history" part="policy">
                ${history.map((point) => this.renderPoint(point, sources))}
              </ul>`
          : nothing
      }
      ${sources.line()}
    </section>`;
  }

  private renderPoint(point: PolicyPoint, sources: SourceBlock): TemplateResult {
    return html`<li class="point">
      ${this.heading(this.t(point.title), this.headingLevel + 2, 'point-title')}
      <p class="point-date">
        ${
          point.timeframe === 'current'
            ? asOfDate(point.asOf, this.locale)
            : html`<time class="as-of" datetime=${point.asOf}>${formatDate(point.asOf, this.locale)}</time>`
        }${this.compact ? sources.mark(point) : nothing}
      </p>
      ${this.compact ? nothing : html`<p class="point-summary">${this.t(point.summary)}${sources.mark(point)}</p>`}
      ${
        point.points?.length && !this.compact
          ? html`<ul class="point-list">
              ${point.points.map((p) => html`<li>${this.t(p)}</li>`)}
            </ul>`
          : nothing
      }
    </li>`;
  }

  /** The key figures (see overviewKeyFacts). Protected for tests. */
  protected keyFacts(): Fact[] {
    return overviewKeyFacts();
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

  private renderFigures(): TemplateResult {
    const count = bundledNow('programmes').length;
    const facts = this.keyFacts();
    const sources = this.sourceBlock('figures', facts);
    return html`<section class="section">
      ${this.subheading(msg('Key figures'))}
      <ul class="figures" part="figures">
        ${facts.map(
          (f) =>
            html`<li class="figure" part="figure">
              <span class="value" part="value"
                >${figureText(formatFigure({ ...f, id: f.name }, this.locale), this.locale)}</span
              >
              <span class="label">${this.t(f.label)}${sources.mark(f)}</span>
              ${asOfUnlessSaid(f.asOf, this.plainText(f.label), this.locale)}
            </li>`,
        )}
        <li class="figure" part="figure">
          <span class="value" part="value">${figureText(formatCount(count, this.locale), this.locale)}</span>
          <span class="label">${msg('EU programmes Belarus has taken part in')}</span>
        </li>
      </ul>
      ${sources.line(this.downloads())}
    </section>`;
  }

  /** The main dialogues and agreements with their last reported status and its date. */
  private renderFiles(): TemplateResult {
    // Sectoral dialogues are many and alike: one line with a count per status. The others one by one.
    const dialogues = bundledNow('dialogues');
    const sectoral = dialogues.filter((d) => d.kind === 'sectoral');
    const main = dialogues.filter((d) => d.kind !== 'sectoral');
    const counts = DIALOGUE_STATUSES.map(
      (s) => [s, sectoral.filter((d) => currentStatus(d).status === s).length] as const,
    ).filter(([, n]) => n > 0);
    const sources = this.sourceBlock(
      'files',
      main.map((d) => currentStatus(d)),
    );
    return html`<section class="section">
      ${this.subheading(msg('Dialogues and agreements'))}
      <ul class="files" part="files">
        ${main.map((d) => this.renderFile(d, sources))}
        ${
          sectoral.length
            ? html`<li class="file">
                <span class="file-title">${dialogueKindLabel('sectoral')}</span>
                <span class="file-status">
                  ${counts.map(([status, n]) => html`${statusBadge(status, this.countLabel(status, n))} `)}
                </span>
              </li>`
            : nothing
        }
      </ul>
      ${sources.line()}
    </section>`;
  }

  private countLabel(status: DialogueStatus, n: number): string {
    const label = dialogueStatusLabel(status);
    const count = formatCount(n, this.locale);
    return msg(str`${label}: ${count}`);
  }

  private renderFile(dialogue: Dialogue, sources: SourceBlock): TemplateResult {
    const now = currentStatus(dialogue);
    return html`<li class="file">
      <span class="file-title">${this.t(dialogue.title)}</span>
      <span class="file-status">
        ${reportedStatus(now.status, dialogueStatusLabel(now.status), now.asOf, this.locale, sources.mark(now))}
      </span>
    </li>`;
  }
}

defineElement('eu-relations-overview', EuRelationsOverview);
