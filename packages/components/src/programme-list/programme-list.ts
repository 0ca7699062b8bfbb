import type { Programme, ProgrammeCategory, ProgrammeScope } from '@eu-belarus/data/programmes';
import { PROGRAMME_CATEGORIES, PROGRAMME_SCOPES } from '@eu-belarus/data/helpers';

import type { PropertyValues, TemplateResult, PropertyDeclarations } from 'lit';
import { asWritten, intInRange, listOf, oneOf } from '../shared/attributes.js';
import { bundledNow } from '../shared/bundled.js';
import { defineElement } from '../shared/define.js';
import { EuElement } from '../shared/eu-element.js';
import { Turns } from '../shared/in-turns.js';
import { emit } from '../shared/events.js';
import { collator } from '../shared/format.js';
import { msg, str } from '../shared/localize.js';
import { PrintController } from '../shared/print-controller.js';
import { controls } from '../styles/controls.js';
import { badge } from '../styles/badge.js';
import { sources } from '../styles/sources.js';
import { itemList } from '../styles/item-list.js';
import { disclosure } from '../styles/disclosure.js';
import type { ProgrammeFilters } from './programme-list.render.js';
import { styles } from './programme-list.styles.js';

export const LAYOUTS = ['list', 'cards'] as const;
export type Layout = (typeof LAYOUTS)[number];
export const SORTS = ['default', 'name', 'start'] as const;
export type Sort = (typeof SORTS)[number];
export type { EuProgrammeSelectDetail } from '../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'eu-programme-list': EuProgrammeList;
  }
}

/**
 * The EU programmes Belarus has taken part in: each with its status for Belarus and the date it
 * was last reported, category, scope, period, a short summary, its key figure (Belarus' own
 * first; EU-wide budgets labelled so) with its date, official link and one source line; with
 * optional filter controls, a visible result count and "Clear filters".
 *
 * @summary EU programmes Belarus has taken part in, with their status for Belarus, filterable, with sources.
 * @event eu-programme-select - A reader opened a programme's details. `detail`: `{ id, programme }`.
 * @event eu-data-error - The data could not be loaded or is invalid.
 * @event eu-data-load - Data from `src` or `.data` was loaded.
 * @csspart base - The element's box.
 * @csspart heading - The element's and each programme's heading.
 * @csspart filters - The filter controls.
 * @csspart list - The list of programmes.
 * @csspart item - One programme.
 * @csspart badge - A status badge.
 * @csspart result-count - The visible result count and "Clear filters" (with `show-filter`).
 * @csspart figure - A programme's key figure.
 * @csspart link - A link to an official site or a source.
 * @csspart details - The disclosure with a programme's other figures.
 * @csspart footnote - A source number, where a programme's sources differ.
 * @csspart sources - A programme's source line.
 * @csspart status - The live region for loading, error and result counts.
 */
export class EuProgrammeList extends EuElement<'programmes'> {
  static override styles = [...EuElement.styles, controls, badge, sources, itemList, disclosure, styles];
  protected readonly topic = 'programmes';
  protected override readonly renderCode = 'render:programme-list' as const;
  /** Its long lists (or sections) of a first render in turns. */
  protected override readonly turns = this.inTurns(Turns);

  /**
   * Lit's reactive properties of the fields below (one object: smaller in the bundle than a decorator
   * each); internal state says `attribute: false` too, which is what the manifest's analyzer reads.
   */
  static override properties: PropertyDeclarations = {
    category: {},
    scope: {},
    limit: { converter: asWritten },
    layout: { reflect: true },
    showFilter: { type: Boolean, attribute: 'show-filter' },
    sort: {},
    chosenCategory: { state: true, attribute: false },
    chosenScope: { state: true, attribute: false },
  };

  /** Comma-separated categories to show, e.g. `education,research`. Default: all. */
  category?: string;

  /** Comma-separated scopes to show: `bilateral`, `regional`, `cross-border`, `eu-wide`. Default: all. */
  scope?: string;

  /** Show at most this many programmes (1–1000). Default: all. */
  limit?: number;

  /** `list` or `cards`. */
  layout: Layout = 'list';

  /** Show filter controls for category and scope. */
  showFilter = false;

  /** Order: `default` (as in the data), `name`, or `start` (oldest first). */
  sort: Sort = 'default';

  private chosenCategory: ProgrammeCategory | '' = '';
  private chosenScope: ProgrammeScope | '' = '';
  private pool: Programme[] = [];
  private shown: Programme[] = [];
  protected readonly print = new PrintController(this);

  protected headingText(): string {
    return msg('EU programmes Belarus has taken part in');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const categories = listOf(this, 'category', this.category, PROGRAMME_CATEGORIES);
    const scopes = listOf(this, 'scope', this.scope, PROGRAMME_SCOPES);
    if (changed.has('limit')) this.limit = intInRange(this, 'limit', this.limit, 1, 1000, undefined);
    if (changed.has('sort')) this.sort = oneOf(this, 'sort', this.sort, SORTS, 'default');
    if (changed.has('layout')) this.layout = oneOf(this, 'layout', this.layout, LAYOUTS, 'list');

    // Nothing to derive until there is data to lay out (bundled content on its way).
    if (!this.loader.hasData) return;
    this.pool = this.currentData.filter(
      (p) => (!categories.length || categories.includes(p.category)) && (!scopes.length || scopes.includes(p.scope)),
    );
    const chosen = this.pool.filter(
      (p) =>
        (!this.chosenCategory || p.category === this.chosenCategory) &&
        (!this.chosenScope || p.scope === this.chosenScope),
    );
    this.shown = this.sorted(chosen, this.sort).slice(0, this.limit);
  }

  private sorted(list: Programme[], sort: Sort): Programme[] {
    if (sort === 'name') {
      const { compare } = collator(this.locale);
      return [...list].sort((a, b) => compare(this.plainText(a.name), this.plainText(b.name)));
    }
    if (sort === 'start')
      return [...list].sort((a, b) => (a.period?.start ?? '9999').localeCompare(b.period?.start ?? '9999'));
    return list;
  }

  protected override statusText(): string {
    const shown = this.shown.length;
    const total = this.pool.length;
    return msg(str`Programmes shown: ${shown} of ${total}`);
  }

  /** The list, its render code loaded with the content (programme-list.render.ts). */
  protected renderData(): TemplateResult {
    return bundledNow(this.renderCode).render({
      ...this.renderKit(),
      shown: this.shown,
      filters: this.showFilter ? this.filters() : undefined,
      turns: this.turns,
      toggled: (event, programme) => this.onToggle(event, programme),
    });
  }

  /** The filter controls' state and what changes it. */
  private filters(): ProgrammeFilters {
    return {
      pool: this.pool,
      category: this.chosenCategory,
      scope: this.chosenScope,
      count: this.statusText(),
      chooseCategory: (category) => (this.chosenCategory = category),
      chooseScope: (scope) => (this.chosenScope = scope),
      clear: this.clearFilters,
    };
  }

  private readonly clearFilters = async (): Promise<void> => {
    this.chosenCategory = '';
    this.chosenScope = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLSelectElement>('.filters select')?.focus();
  };

  /** A reader opened the details (not the print controller, which opens them all for paper). */
  private onToggle(event: Event, programme: Programme): void {
    const details = event.target as HTMLDetailsElement;
    if (details.open && !details.hasAttribute('data-print-open'))
      emit(this, 'eu-programme-select', { id: programme.id, programme });
  }
}

defineElement('eu-programme-list', EuProgrammeList);
