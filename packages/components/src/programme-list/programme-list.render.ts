/**
 * The render code of `<eu-programme-list>` that loads with its content (bundled.ts's `RenderCode`): the
 * filter controls, the programmes and their figures. The element keeps what runs without rendering
 * (attributes, the filters' state, sorting, the result count, events) and passes it in a
 * `ProgrammeListContext` made per render.
 */
import { lastReported as programmeStatus } from '@eu-belarus/data/helpers';
import type { Programme, ProgrammeCategory, ProgrammeScope } from '@eu-belarus/data/programmes';
import { html, nothing, type TemplateResult } from 'lit';
import { asOfUnlessSaid } from '../shared/as-of.js';
import type { SourceBlock } from '../shared/citations.js';
import { renderEmpty } from '../shared/empty-state.js';
import type { Turns } from '../shared/in-turns.js';
import { categoryLabel, programmeStatusLabel, scopeLabel } from '../shared/labels.js';
import { externalLink, safeHref } from '../shared/links.js';
import { msg, str } from '../shared/localize.js';
import { figureText } from '../shared/number-text.js';
import { formatPeriod } from '../shared/period.js';
import { formatFigure } from '../shared/quantity.js';
import { reportedStatus } from '../shared/status-badge.js';
import type { RenderKit } from '../shared/render-kit.js';

/** What the list's render needs from the element. */
export interface ProgrammeListContext extends RenderKit {
  /** The programmes to show, filtered, sorted and limited. */
  shown: readonly Programme[];
  /** The filter controls' state and actions, with `show-filter`. */
  filters?: ProgrammeFilters;
  turns: Turns;
  /** A programme's details were opened or closed. */
  toggled: (event: Event, programme: Programme) => void;
}

/** The filter controls' state (kept by the element) and what changes it. */
export interface ProgrammeFilters {
  /** The programmes the attributes allow, which the controls choose from. */
  pool: readonly Programme[];
  category: ProgrammeCategory | '';
  scope: ProgrammeScope | '';
  /** "Programmes shown: 3 of 12" (the live region says it too). */
  count: string;
  chooseCategory: (category: ProgrammeCategory | '') => void;
  chooseScope: (scope: ProgrammeScope | '') => void;
  clear: () => void;
}

export function render(ctx: ProgrammeListContext): TemplateResult {
  return html`${ctx.filters ? renderFilters(ctx.filters) : nothing}
  ${
    ctx.shown.length
      ? html`<ul class="programmes items" part="list">
          ${ctx.turns.list(ctx.shown.map((p) => () => renderProgramme(p, ctx)))}
        </ul>`
      : renderEmpty(msg('No programme matches the chosen filters.'))
  }`;
}

function renderFilters(filters: ProgrammeFilters): TemplateResult {
  const categories = [...new Set(filters.pool.map((p) => p.category))];
  const scopes = [...new Set(filters.pool.map((p) => p.scope))];
  const chosen = (e: Event) => (e.target as HTMLSelectElement).value;
  return html`<div class="filters" part="filters" role="group" aria-label=${msg('Filter programmes')}>
      <label
        >${msg('Category')}
        <select @change=${(e: Event) => filters.chooseCategory(chosen(e) as ProgrammeCategory)}>
          <option value="" ?selected=${!filters.category}>${msg('All categories')}</option>
          ${categories.map(
            (c) => html`<option value=${c} ?selected=${c === filters.category}>${categoryLabel(c)}</option>`,
          )}
        </select>
      </label>
      <label
        >${msg('Scope')}
        <select @change=${(e: Event) => filters.chooseScope(chosen(e) as ProgrammeScope)}>
          <option value="" ?selected=${!filters.scope}>${msg('All scopes')}</option>
          ${scopes.map((s) => html`<option value=${s} ?selected=${s === filters.scope}>${scopeLabel(s)}</option>`)}
        </select>
      </label>
    </div>
    <p class="result-count" part="result-count">
      <span aria-hidden="true">${filters.count}</span>
      ${
        filters.category || filters.scope
          ? html`<button type="button" class="clear" @click=${filters.clear}>${msg('Clear filters')}</button>`
          : nothing
      }
    </p>`;
}

/**
 * A programme: its status for Belarus with the date last reported, what it is, its key figure
 * (Belarus' own first; an EU-wide budget says so) with its date, and one source line.
 */
function renderProgramme(p: Programme, ctx: ProgrammeListContext): TemplateResult {
  const { compact, locale, t } = ctx;
  const name = ctx.plainText(p.name);
  const status = programmeStatus(p);
  const [key, ...more] = p.figures;
  const href = safeHref(p.url);
  const sources = ctx.block(p.id, [status, p, ...p.figures]);
  const title = t(p.name);
  const acronym = p.acronym && p.acronym !== name ? ` (${p.acronym})` : '';
  // A name that is plain text (no dashed word, no fallback) is one text with its acronym: no template of its own.
  return html`<li class="programme item" part="item">
    ${ctx.heading(typeof title === 'string' ? title + acronym : html`${title}${acronym || nothing}`, 1, 'name')}
    <p class="state-line">
      <span class="vh">${msg('Status for Belarus:')} </span
      >${reportedStatus(status.status, programmeStatusLabel(status.status), status.asOf, locale, sources.mark(status))}
    </p>
    ${status.note && !compact ? html`<p class="note">${t(status.note)}</p>` : nothing}
    <p class="kind">
      ${`${categoryLabel(p.category)} · ${scopeLabel(p.scope)}`}${
        p.period ? html` · <span class="period">${formatPeriod(p.period, locale)}</span>` : nothing
      }
    </p>
    ${compact ? nothing : html`<p class="summary">${t(p.summary)}${sources.mark(p)}</p>`}
    ${key ? renderFigure(key, sources, 'key', ctx) : nothing}
    ${
      href && !compact
        ? html`<p class="official">
            ${externalLink(href, html`${msg('Official website')}<span class="vh">: ${name}</span>`, ctx.linkTarget)}
            <span class="meta">(${new URL(href).host})</span>
          </p>`
        : nothing
    }
    ${
      !compact && (more.length || p.managedBy?.length || p.fields?.length)
        ? html`<details part="details" @toggle=${(e: Event) => ctx.toggled(e, p)}>
            <summary>${msg(str`More about ${p.acronym ?? name}`)}</summary>
            ${more.map((f) => renderFigure(f, sources, 'more', ctx))}
            <dl>
              ${
                p.fields?.length
                  ? html`<dt>${msg('Fields')}</dt>
                      <dd>${p.fields.map((f, i) => html`${i ? ', ' : ''}${t(f)}`)}</dd>`
                  : nothing
              }
              ${
                p.managedBy?.length
                  ? html`<dt>${msg('Run by')}</dt>
                      <dd lang="en">${p.managedBy.join(', ')}</dd>`
                  : nothing
              }
            </dl>
          </details>`
        : nothing
    }
    ${sources.line()}
  </li>`;
}

/** A figure: the value in bold, its label (which says Belarus, programme or EU-wide), its date. */
function renderFigure(
  f: Programme['figures'][number],
  sources: SourceBlock,
  kind: 'key' | 'more',
  { locale, t, plainText }: ProgrammeListContext,
): TemplateResult {
  return html`<p class="figure ${kind}" part="figure" data-coverage=${f.coverage}>
    <strong class="value">${figureText(formatFigure(f, locale), locale)}</strong>
    <span class="label">${t(f.label)}${sources.mark(f)}</span>
    ${asOfUnlessSaid(f.asOf, plainText(f.label), locale)}
  </p>`;
}
