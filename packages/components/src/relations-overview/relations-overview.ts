import type { Dialogue, DialogueStatus } from '@eu-belarus/data/dialogues';
import { DIALOGUE_STATUSES, currentStatus, dialogues } from '@eu-belarus/data/dialogues';
import { assistance } from '@eu-belarus/data/assistance';
import { fact, type Fact } from '@eu-belarus/data/facts';
import type { Quantity } from '@eu-belarus/data';
import type { Topic } from '@eu-belarus/data/schema';
import type { Overview, PolicyPoint } from '@eu-belarus/data/overview';
import { overview } from '@eu-belarus/data/overview';
import { programmes } from '@eu-belarus/data/programmes';
import { trade } from '@eu-belarus/data/trade';

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { sectionsOf } from '../shared/attributes.js';
import type { Citations } from '../shared/citations.js';
import { defineElement } from '../shared/define.js';
import { type DataExport, fileName, latestSourceDate } from '../shared/download.js';
import { EuElement } from '../shared/eu-element.js';
import { FIGURE_COLUMNS, figureCells } from '../shared/figure-export.js';
import { formatCount, formatDate } from '../shared/format.js';
import { dialogueKindLabel, dialogueStatusLabel } from '../shared/labels.js';
import { msg, str } from '../shared/localize.js';
import { figureText } from '../shared/number-text.js';
import { formatFigure } from '../shared/quantity.js';
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

/** The assistance figure shown as the bilateral envelope. */
const ENVELOPE_ID = 'eni-bilateral-2014-2017';

declare global {
  interface HTMLElementTagNameMap {
    'eu-relations-overview': EuRelationsOverview;
  }
}

/**
 * EU–Belarus relations at a glance, as a card for a country page: the policy in brief (critical
 * engagement, the February 2016 Council Conclusions, the call for electoral reform after the
 * September 2016 elections, the Neighbourhood Policy and the Eastern Partnership), a few key
 * figures (the latest year of goods trade, the bilateral assistance envelope, the number of
 * programmes) and the state of the main dialogues and agreements, each with its source.
 *
 * `src` and `.data` replace the policy overview; the figures and files always come from the
 * bundled data of their own topics.
 *
 * @summary EU–Belarus relations in brief: policy, key figures and the state of the main files.
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
 * @csspart footnote - A link to a source note.
 * @csspart link - A link to a source.
 * @csspart downloads - The "Download the data" line (under the key figures).
 * @csspart download - A CSV or JSON download link.
 * @csspart sources - The list of sources.
 * @csspart status - The live region for loading and error announcements.
 */
export class EuRelationsOverview extends EuElement<'overview'> {
  static override styles = [...EuElement.styles, badge, sources, downloads, figures, styles];
  protected readonly topic = 'overview';

  /** Comma-separated parts to show, in their fixed order: `policy`, `figures`, `files`. Default: all. */
  @property() sections?: string;

  private shownSections: readonly OverviewSection[] = OVERVIEW_SECTIONS;

  protected bundledData(): Overview {
    return overview;
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
    const notes = this.citations();
    const show = (section: OverviewSection) => this.shownSections.includes(section);
    return html`${show('policy') ? this.renderPolicy(data, notes) : nothing}
    ${show('figures') ? this.renderFigures(notes) : nothing} ${show('files') ? this.renderFiles(notes) : nothing}
    ${notes.renderList((text) => this.subheading(text))}`;
  }

  private renderPolicy(data: Overview, notes: Citations): TemplateResult {
    return html`<section class="section">
      ${this.subheading(msg('Policy in brief'))}
      <p class="lead">${this.t(data.summary)}${notes.cite(data.sources)}</p>
      <ul class="policy" part="policy">
        ${data.sections.map((point) => this.renderPoint(point, notes))}
      </ul>
    </section>`;
  }

  private renderPoint(point: PolicyPoint, notes: Citations): TemplateResult {
    return html`<li class="point">
      ${this.heading(this.t(point.title), this.headingLevel + 2, 'point-title')}
      ${point.asOf ? html`<p class="meta"><time datetime=${point.asOf}>${formatDate(point.asOf, this.locale)}</time></p>` : nothing}
      <p class="point-summary">${this.t(point.summary)}${notes.cite(point.sources)}</p>
    </li>`;
  }

  /** The latest goods year's EU exports and imports, the bilateral envelope: facts derived from the content. Protected for tests. */
  protected keyFacts(): Fact[] {
    const latest = Math.max(...trade.goods.map((y) => y.year));
    const envelope = assistance.figures.find((f) => f.id === ENVELOPE_ID) ?? assistance.figures[0];
    return [
      fact(`trade.goods.${latest}.euExports`),
      fact(`trade.goods.${latest}.euImports`),
      envelope && fact(`assistance.${envelope.id}`),
    ].filter((f): f is Fact => f !== undefined);
  }

  /** The key figures as shown (none when `sections` leaves them out), with their as-of dates and sources. */
  protected override dataExport(): DataExport | undefined {
    if (!this.shownSections.includes('figures')) return undefined;
    const facts = this.keyFacts();
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
          ...figureCells({ id: 'programmes.count', label: msg('EU programmes open to Belarus'), quantity: count }),
          'computed',
          countSources.join(' '),
        ],
      ],
      sources,
      asOf: latestSourceDate(sources),
      filters: this.sections ? { sections: String(this.sections) } : {},
    };
  }

  private renderFigures(notes: Citations): TemplateResult {
    const count = programmes.length;
    return html`<section class="section">
      ${this.subheading(msg('Key figures'))}
      <ul class="figures" part="figures">
        ${this.keyFacts().map(
          (f) =>
            html`<li class="figure" part="figure">
              <span class="value" part="value"
                >${figureText(formatFigure({ ...f, id: f.name }, this.locale), this.locale)}</span
              >
              <span class="label">${this.t(f.label)}${notes.cite(f.sources)}</span>
            </li>`,
        )}
        <li class="figure" part="figure">
          <span class="value" part="value">${figureText(formatCount(count, this.locale), this.locale)}</span>
          <span class="label">${msg('EU programmes open to Belarus')}</span>
        </li>
      </ul>
      ${this.downloads()}
    </section>`;
  }

  private renderFiles(notes: Citations): TemplateResult {
    // Sectoral dialogues are many and alike: one line with a count per status. The others one by one.
    const sectoral = dialogues.filter((d) => d.kind === 'sectoral');
    const main = dialogues.filter((d) => d.kind !== 'sectoral');
    const counts = DIALOGUE_STATUSES.map(
      (s) => [s, sectoral.filter((d) => currentStatus(d).status === s).length] as const,
    ).filter(([, n]) => n > 0);
    return html`<section class="section">
      ${this.subheading(msg('State of the main files'))}
      <ul class="files" part="files">
        ${main.map((d) => this.renderFile(d, notes))}
        ${
          sectoral.length
            ? html`<li class="file">
                <span class="file-title">${dialogueKindLabel('sectoral')}</span>
                <span class="file-status">
                  ${counts.map(([status, n]) => html`<span class="badge ${status}" part="badge">${this.countLabel(status, n)}</span> `)}
                </span>
              </li>`
            : nothing
        }
      </ul>
    </section>`;
  }

  private countLabel(status: DialogueStatus, n: number): string {
    const label = dialogueStatusLabel(status);
    const count = formatCount(n, this.locale);
    return msg(str`${label}: ${count}`);
  }

  private renderFile(dialogue: Dialogue, notes: Citations): TemplateResult {
    const now = currentStatus(dialogue);
    return html`<li class="file">
      <span class="file-title">${this.t(dialogue.title)}</span>
      <span class="file-status">
        <span class="badge ${now.status}" part="badge">${dialogueStatusLabel(now.status)}</span>
        <span class="nowrap"
          ><time class="meta" datetime=${now.asOf}>${formatDate(now.asOf, this.locale)}</time
          >${notes.cite(now.sources)}</span
        >
      </span>
    </li>`;
  }
}

defineElement('eu-relations-overview', EuRelationsOverview);
