import type { Dialogue, DialogueKind, StatusEntry } from '@eu-belarus/data/dialogues';
import {
  DIALOGUE_KINDS,
  DIALOGUE_STATUSES,
  lastStatus as currentStatus,
  selectDialogues,
} from '@eu-belarus/data/helpers';

import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { listOf } from '../shared/attributes.js';
import type { SourceBlock } from '../shared/citations.js';
import { renderEmpty } from '../shared/empty-state.js';
import { defineElement } from '../shared/define.js';
import { EuElement } from '../shared/eu-element.js';
import { Turns } from '../shared/in-turns.js';
import { dialogueKindLabel, dialogueStatusLabel } from '../shared/labels.js';
import { msg, str } from '../shared/localize.js';
import { PrintController } from '../shared/print-controller.js';
import { reportedStatus } from '../shared/status-badge.js';
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

  /** Compact: title and last reported status of each dialogue, one source line for the list. */
  protected renderData(): TemplateResult {
    const groups = DIALOGUE_KINDS.map((kind) => [kind, this.shown.filter((d) => d.kind === kind)] as const).filter(
      ([, list]) => list.length,
    );
    const shared = this.compact ? this.sourceBlock('dialogues', this.shown.map(currentStatus)) : undefined;
    return html`${
      groups.length
        ? this.turns.list(
            groups.map(
              ([kind, list]) =>
                () =>
                  this.renderGroup(kind, list, shared),
            ),
          )
        : renderEmpty(msg('No dialogue matches the chosen filters.'))
    }
    ${shared?.line() ?? nothing}`;
  }

  private renderGroup(kind: DialogueKind, list: Dialogue[], shared: SourceBlock | undefined): TemplateResult {
    return html`<section class="group" part="group" data-kind=${kind}>
      ${this.subheading(dialogueKindLabel(kind))}
      <ul class="dialogues items" part="list">
        ${list.map((d) => this.renderDialogue(d, shared))}
      </ul>
    </section>`;
  }

  /** A dialogue: its last reported status and when, a note, the summary, earlier statuses; one source line. */
  private renderDialogue(d: Dialogue, shared: SourceBlock | undefined): TemplateResult {
    const current = currentStatus(d);
    const earlier = d.history.slice(0, -1);
    const sources = shared ?? this.sourceBlock(d.id, [current, d, ...earlier]);
    return html`<li class="dialogue item" part="item">
      ${this.heading(this.t(d.title), this.headingLevel + 2, 'title')}
      <p class="state-line"><span class="vh">${msg('Status:')} </span>${this.reported(current, sources)}</p>
      ${shared ? nothing : this.renderDetails(d, sources)}
    </li>`;
  }

  /** A status with the date it was last reported and its source mark. */
  private reported(entry: StatusEntry, sources: SourceBlock): TemplateResult {
    return reportedStatus(
      entry.status,
      dialogueStatusLabel(entry.status),
      entry.asOf,
      this.locale,
      sources.mark(entry),
    );
  }

  /** The note on the status, the summary, the earlier statuses and the source line: left out when compact. */
  private renderDetails(d: Dialogue, sources: SourceBlock): TemplateResult {
    const current = currentStatus(d);
    const earlier = d.history.slice(0, -1);
    return html`${current.note ? html`<p class="note">${this.t(current.note)}</p>` : nothing}
      <p class="summary">${this.t(d.summary)}${sources.mark(d)}</p>
      ${
        earlier.length
          ? html`<details part="details">
              <summary>${msg('Earlier statuses')}<span class="vh">: ${this.plainText(d.title)}</span></summary>
              <ol class="history">
                ${earlier.map(
                  (e) =>
                    html`<li>
                      ${this.reported(e, sources)} ${e.note ? html`<p class="note">${this.t(e.note)}</p>` : nothing}
                    </li>`,
                )}
              </ol>
            </details>`
          : nothing
      }
      ${sources.line()}`;
  }
}

defineElement('eu-dialogue-list', EuDialogueList);
