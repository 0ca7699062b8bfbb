/**
 * The render code of `<eu-dialogue-list>` that loads with its content (bundled.ts's `RenderCode`): the
 * groups by kind and their dialogues. The element keeps what runs without rendering (attributes,
 * the dialogues chosen, the result count) and passes what the render needs in a
 * `DialogueListContext` made per render.
 */
import type { Dialogue, DialogueKind, StatusEntry } from '@eu-belarus/data/dialogues';
import { DIALOGUE_KINDS, lastStatus as currentStatus } from '@eu-belarus/data/helpers';
import { html, nothing, type TemplateResult } from 'lit';
import type { SourceBlock } from '../shared/citations.js';
import { renderEmpty } from '../shared/empty-state.js';
import type { Turns } from '../shared/in-turns.js';
import { dialogueKindLabel, dialogueStatusLabel } from '../shared/labels.js';
import type { Locale } from '../shared/locale.js';
import { msg } from '../shared/localize.js';
import { reportedStatus } from '../shared/status-badge.js';
import type { RenderKit } from '../shared/render-kit.js';

/** What the list's render needs from the element. */
export interface DialogueListContext extends RenderKit {
  /** The dialogues to show (`kind` and `status` applied). */
  shown: readonly Dialogue[];
  turns: Turns;
}

/** Compact: title and last reported status of each dialogue, one source line for the list. */
export function render(ctx: DialogueListContext): TemplateResult {
  const { shown } = ctx;
  const groups = DIALOGUE_KINDS.map((kind) => [kind, shown.filter((d) => d.kind === kind)] as const).filter(
    ([, list]) => list.length,
  );
  const shared = ctx.compact ? ctx.block('dialogues', shown.map(currentStatus)) : undefined;
  return html`${
    groups.length
      ? ctx.turns.list(
          groups.map(
            ([kind, list]) =>
              () =>
                renderGroup(kind, list, shared, ctx),
          ),
        )
      : renderEmpty(msg('No dialogue matches the chosen filters.'))
  }
  ${shared?.line() ?? nothing}`;
}

function renderGroup(
  kind: DialogueKind,
  list: readonly Dialogue[],
  shared: SourceBlock | undefined,
  ctx: DialogueListContext,
): TemplateResult {
  return html`<section class="group" part="group" data-kind=${kind}>
    ${ctx.heading(dialogueKindLabel(kind), 1, 'subheading')}
    <ul class="dialogues items" part="list">
      ${list.map((d) => renderDialogue(d, shared, ctx))}
    </ul>
  </section>`;
}

/** A dialogue: its last reported status and when, a note, the summary, earlier statuses; one source line. */
function renderDialogue(d: Dialogue, shared: SourceBlock | undefined, ctx: DialogueListContext): TemplateResult {
  const current = currentStatus(d);
  const earlier = d.history.slice(0, -1);
  const sources = shared ?? ctx.block(d.id, [current, d, ...earlier]);
  return html`<li class="dialogue item" part="item">
    ${ctx.heading(ctx.t(d.title), 2, 'title')}
    <p class="state-line"><span class="vh">${msg('Status:')} </span>${reported(current, sources, ctx.locale)}</p>
    ${shared ? nothing : renderDetails(d, sources, ctx)}
  </li>`;
}

/** A status with the date it was last reported and its source mark. */
function reported(entry: StatusEntry, sources: SourceBlock, locale: Locale): TemplateResult {
  return reportedStatus(entry.status, dialogueStatusLabel(entry.status), entry.asOf, locale, sources.mark(entry));
}

/** The note on the status, the summary, the earlier statuses and the source line: left out when compact. */
function renderDetails(
  d: Dialogue,
  sources: SourceBlock,
  { locale, t, plainText }: DialogueListContext,
): TemplateResult {
  const current = currentStatus(d);
  const earlier = d.history.slice(0, -1);
  return html`${current.note ? html`<p class="note">${t(current.note)}</p>` : nothing}
    <p class="summary">${t(d.summary)}${sources.mark(d)}</p>
    ${
      earlier.length
        ? html`<details part="details">
            <summary>${msg('Earlier statuses')}<span class="vh">: ${plainText(d.title)}</span></summary>
            <ol class="history">
              ${earlier.map(
                (e) =>
                  html`<li>
                    ${reported(e, sources, locale)} ${e.note ? html`<p class="note">${t(e.note)}</p>` : nothing}
                  </li>`,
              )}
            </ol>
          </details>`
        : nothing
    }
    ${sources.line()}`;
}
