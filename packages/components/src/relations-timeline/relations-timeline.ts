import type { TimelineEvent } from '@eu-belarus/data/timeline';
import { TIMELINE_CATEGORIES, selectEvents } from '@eu-belarus/data/helpers';

import type { PropertyValues, TemplateResult, PropertyDeclarations } from 'lit';
import { isoDate, listOf, oneOf } from '../shared/attributes.js';
import { bundledNow } from '../shared/bundled.js';
import { defineElement } from '../shared/define.js';
import { type DataExport, fileName, latestSourceDate } from '../shared/download.js';
import { EuElement } from '../shared/eu-element.js';
import { Turns } from '../shared/in-turns.js';
import { msg, str } from '../shared/localize.js';
import { badge } from '../styles/badge.js';
import { sources } from '../styles/sources.js';
import { downloads } from '../styles/downloads.js';
import { styles } from './relations-timeline.styles.js';

export const ORDERS = ['asc', 'desc'] as const;
export type Order = (typeof ORDERS)[number];

declare global {
  interface HTMLElementTagNameMap {
    'eu-relations-timeline': EuRelationsTimeline;
  }
}

/**
 * The dated events of EU–Belarus relations as an ordered list: each with its date at the
 * precision the source gives (a year, a month or a day, in the element's locale), a category,
 * a title, an optional summary and its sources.
 *
 * @summary A timeline of EU–Belarus relations, filterable by period and category, with sources.
 * @event eu-data-error - The data could not be loaded or is invalid.
 * @event eu-data-load - Data from `src` or `.data` was loaded.
 * @csspart base - The element's box.
 * @csspart heading - The element's and each event's heading.
 * @csspart list - The list of events.
 * @csspart item - One event (in the wide form, its box is the events column: the date and marker hang before it).
 * @csspart date - An event's date.
 * @csspart badge - An event's category badge.
 * @csspart downloads - "Get the data: CSV, JSON".
 * @csspart download - A CSV or JSON download link.
 * @csspart link - A link to a source.
 * @csspart sources - An event's source line.
 * @csspart status - The live region for loading, error and result counts.
 */
export class EuRelationsTimeline extends EuElement<'timeline'> {
  static override styles = [...EuElement.styles, badge, sources, downloads, styles];
  protected readonly topic = 'timeline';
  protected override readonly renderCode = 'render:relations-timeline' as const;
  /** Its long lists (or sections) of a first render in turns. */
  protected override readonly turns = this.inTurns(Turns);

  /** Lit's reactive properties of the fields below (one object: smaller in the bundle than a decorator each). */
  static override properties: PropertyDeclarations = {
    from: {},
    to: {},
    category: {},
    order: { reflect: true },
  };

  /** The earliest date to show, inclusive: `2014`, `2014-01` or `2014-01-30`. Default: from the first event. */
  from?: string;

  /** The latest date to show, inclusive, at any precision: `2016` includes all of 2016. Default: to the last event. */
  to?: string;

  /**
   * Comma-separated categories to show: `policy`, `dialogue`, `agreement`, `assistance`,
   * `programme`, `trade`, `sanctions`. Default: all.
   */
  category?: string;

  /** `asc` (oldest first) or `desc` (newest first). */
  order: Order = 'asc';

  private total = 0;
  private shown: TimelineEvent[] = [];

  protected headingText(): string {
    return msg('Timeline of EU–Belarus relations');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('from')) this.from = isoDate(this, 'from', this.from);
    if (changed.has('to')) this.to = isoDate(this, 'to', this.to);
    if (changed.has('order')) this.order = oneOf(this, 'order', this.order, ORDERS, 'asc');
    const { from, to } = this;
    const category = listOf(this, 'category', this.category, TIMELINE_CATEGORIES);
    // Nothing to derive until there is data to lay out (bundled content on its way).
    if (!this.loader.hasData) return;
    const data = this.currentData;
    this.total = data.length;
    // The data is in date order (the schema checks it); sort anyway for data from elsewhere.
    const events = [...selectEvents({ from, to, category }, data)].sort((a, b) => a.date.localeCompare(b.date));
    this.shown = this.order === 'desc' ? events.reverse() : events;
  }

  /** The events as shown (filters and order applied), with their titles in the element's locale. */
  protected override dataExport(): DataExport | undefined {
    const events = this.shown;
    if (!events.length) return undefined;
    const sources = [...new Set(events.flatMap((e) => e.sources))];
    const filters = Object.fromEntries(
      (['from', 'to', 'category'] as const).filter((k) => this[k]).map((k) => [k, String(this[k])]),
    );
    if (this.order !== 'asc') filters.order = this.order;
    return {
      name: fileName('eu-belarus-timeline', this.from, this.to, this.category),
      title: this.headingText(),
      columns: ['date', 'date_precision', 'category', 'title', 'summary', 'sources'],
      rows: events.map((e) => [
        e.date,
        e.precision,
        e.category,
        this.plainText(e.title),
        e.summary ? this.plainText(e.summary) : undefined,
        e.sources.join(' '),
      ]),
      sources,
      asOf: latestSourceDate(sources),
      filters,
    };
  }

  protected override statusText(): string {
    const shown = this.shown.length;
    const total = this.total;
    return msg(str`Events shown: ${shown} of ${total}`);
  }

  /** The events as the render module lays them out (relations-timeline.render.ts). */
  protected renderData(): TemplateResult {
    return bundledNow(this.renderCode).render({
      ...this.renderKit(),
      events: this.shown,
      newestFirst: this.order === 'desc',
      turns: this.turns,
      title: (content) => this.heading(content, this.headingLevel + 1, 'title'),
      concealed: this.firstRenderTurns === 'concealed',
      dataExport: () => this.dataExport(),
    });
  }
}

defineElement('eu-relations-timeline', EuRelationsTimeline);
