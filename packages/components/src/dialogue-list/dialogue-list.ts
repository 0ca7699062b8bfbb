import type { Dialogue } from '@eu-belarus/data/dialogues';
import { DIALOGUE_KINDS, DIALOGUE_STATUSES, selectDialogues } from '@eu-belarus/data/helpers';

import type { PropertyValues, TemplateResult, PropertyDeclarations } from 'lit';
import { listOf } from '../shared/attributes.js';
import { bundledNow } from '../shared/bundled.js';
import { defineElement } from '../shared/define.js';
import { EuElement } from '../shared/eu-element.js';
import { Turns } from '../shared/in-turns.js';
import { msg, str } from '../shared/localize.js';
import { PrintController } from '../shared/print-controller.js';
import { badge } from '../styles/badge.js';
import { sources } from '../styles/sources.js';
import { itemList } from '../styles/item-list.js';
import { disclosure } from '../styles/disclosure.js';
import { styles } from './dialogue-list.styles.js';

declare global {
  interface HTMLElementTagNameMap {
    'eu-dialogue-list': EuDialogueList;
  }
}

/**
 * The dialogues and negotiations between the EU and Belarus, grouped by kind, each with its
 * last reported status (sought by the EU, set up, active, resumed, under negotiation, signed, in force,
 * partially suspended, suspended), the date
 * that status refers to, its earlier statuses and its sources.
 *
 * @summary EU–Belarus dialogues and negotiations with their status, grouped by kind, with sources.
 * @event eu-data-error - The data could not be loaded or is invalid.
 * @event eu-data-load - Data from `src` or `.data` was loaded.
 * @csspart base - The element's box.
 * @csspart heading - The element's, each group's and each dialogue's heading.
 * @csspart group - The dialogues of one kind.
 * @csspart list - A list of dialogues.
 * @csspart item - One dialogue.
 * @csspart badge - A status badge.
 * @csspart details - The disclosure with a dialogue's earlier statuses.
 * @csspart footnote - A source number, where a dialogue's sources differ.
 * @csspart link - A link to a source.
 * @csspart sources - A dialogue's source line.
 * @csspart status - The live region for loading, error and result counts.
 */
export class EuDialogueList extends EuElement<'dialogues'> {
  static override styles = [...EuElement.styles, badge, sources, itemList, disclosure, styles];
  protected readonly topic = 'dialogues';
  protected override readonly renderCode = 'render:dialogue-list' as const;
  /** Its long lists (or sections) of a first render in turns. */
  protected override readonly turns = this.inTurns(Turns);

  /** Lit's reactive properties of the fields below (one object: smaller in the bundle than a decorator each). */
  static override properties: PropertyDeclarations = {
    status: {},
    kind: {},
  };

  /**
   * Comma-separated last reported statuses to show: `sought`, `set-up`, `active`, `resumed`,
   * `under-negotiation`, `signed`, `in-force`, `partially-suspended`, `suspended`. Default: all.
   */
  status?: string;

  /** Comma-separated kinds to show: `human-rights`, `sectoral`, `trade`, `negotiation`. Default: all. */
  kind?: string;

  private total = 0;
  private shown: Dialogue[] = [];
  protected readonly print = new PrintController(this);

  protected headingText(): string {
    return msg('EU–Belarus dialogues and negotiations');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const kind = listOf(this, 'kind', this.kind, DIALOGUE_KINDS);
    const status = listOf(this, 'status', this.status, DIALOGUE_STATUSES);
    // Nothing to derive until there is data to lay out (bundled content on its way).
    if (!this.loader.hasData) return;
    const data = this.currentData;
    this.total = data.length;
    this.shown = selectDialogues({ kind, status }, data);
  }

  protected override statusText(): string {
    const shown = this.shown.length;
    const total = this.total;
    return msg(str`Dialogues shown: ${shown} of ${total}`);
  }

  /** The list, its render code loaded with the content (dialogue-list.render.ts). */
  protected renderData(): TemplateResult {
    return bundledNow(this.renderCode).render({
      ...this.renderKit(),
      shown: this.shown,
      turns: this.turns,
    });
  }
}

defineElement('eu-dialogue-list', EuDialogueList);
