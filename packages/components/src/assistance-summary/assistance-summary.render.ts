/**
 * The render code of `<eu-assistance-summary>` that loads with its content (bundled.ts's `RenderCode`):
 * its four sections. The element keeps what runs without rendering (`sections`, the data export)
 * and passes what the sections need in an `AssistanceContext` made per render.
 */
import type { Figure } from '@eu-belarus/data';
import type { AssistanceFramework, PrioritySet, Statement } from '@eu-belarus/data/assistance';
import { html, nothing, type TemplateResult } from 'lit';
import { asOfUnlessSaid } from '../shared/as-of.js';
import { formatDate } from '../shared/format.js';
import type { Turns } from '../shared/in-turns.js';
import { priorityOwnerLabel } from '../shared/labels.js';
import { msg } from '../shared/localize.js';
import { figureText } from '../shared/number-text.js';
import { formatPeriod } from '../shared/period.js';
import { formatFigure } from '../shared/quantity.js';
import type { AssistanceSection } from './assistance-summary.js';
import type { RenderKit } from '../shared/render-kit.js';

/** What the sections' render needs from the element. */
export interface AssistanceContext extends RenderKit {
  /** The sections to show (`sections`, less those `compact` leaves out). */
  show: (section: AssistanceSection) => boolean;
  turns: Turns;
}

export function render(data: AssistanceFramework, ctx: AssistanceContext): TemplateResult {
  const { show } = ctx;
  const sections = [
    show('statements') && (() => renderStatements(data.statements, ctx)),
    show('figures') && (() => renderFigures(data.figures, ctx)),
    show('aims') && (() => renderAims(data, ctx)),
    show('priorities') && (() => renderPriorities(data.prioritySets, ctx)),
  ];
  return html`${ctx.turns.sections(sections)}`;
}

function renderStatements(statements: Statement[], { block, locale, t }: AssistanceContext): TemplateResult {
  const sources = block('statements', statements);
  return html`<section class="section">
    <ul class="statements" part="statements">
      ${statements.map(
        (s) =>
          html`<li class="statement">
            ${s.asOf ? html`<time class="date" datetime=${s.asOf}>${formatDate(s.asOf, locale)}</time> ` : nothing}
            <span class="text">${t(s.text)}${sources.mark(s)}</span>
          </li>`,
      )}
    </ul>
    ${sources.line()}
  </section>`;
}

function renderFigures(figures: Figure[], ctx: AssistanceContext): TemplateResult {
  const { locale, t } = ctx;
  const sources = ctx.block('figures', figures);
  return html`<section class="section">
    ${ctx.heading(msg('Key figures'), 1, 'subheading')}
    <ul class="figures" part="figures">
      ${figures.map(
        (f) =>
          html`<li class="figure" part="figure">
            <span class="value" part="value">${figureText(formatFigure(f, locale), locale)}</span>
            <span class="label">${t(f.label)}${sources.mark(f)}</span>
            ${asOfUnlessSaid(f.asOf, ctx.plainText(f.label), locale)}
          </li>`,
      )}
    </ul>
    ${sources.line(ctx.downloads())}
  </section>`;
}

function renderAims(data: AssistanceFramework, { heading, t }: AssistanceContext): TemplateResult {
  return html`<section class="section">
    ${heading(msg('Aims'), 1, 'subheading')}
    <ul class="aims" part="aims">
      ${data.aims.map((aim) => html`<li>${t(aim)}</li>`)}
    </ul>
  </section>`;
}

function renderPriorities(sets: PrioritySet[], { block, heading, locale, t }: AssistanceContext): TemplateResult {
  const sources = block('priorities', sets);
  return html`<section class="section">
    ${heading(msg('Priorities'), 1, 'subheading')}
    <div class="sets" part="priorities">
      ${sets.map(
        (set) =>
          html`<section class="set" part="priority-set">
            ${heading(t(set.title), 2, 'set-title')}
            <p class="set-meta">
              <span class="badge" part="badge">${priorityOwnerLabel(set.owner)}</span>
              <span class="meta nowrap">${formatPeriod(set.period, locale)}${sources.mark(set)}</span>
            </p>
            <ul class="priorities">
              ${set.priorities.map((p) => html`<li>${t(p.title)}</li>`)}
            </ul>
          </section>`,
      )}
    </div>
    ${sources.line()}
  </section>`;
}
