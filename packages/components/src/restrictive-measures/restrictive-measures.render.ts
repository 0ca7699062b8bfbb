/**
 * The render code of `<eu-restrictive-measures>` that loads with its content (bundled.ts's `RenderCode`):
 * what only its renders of data use, so the embed script carries the element's class without it. The
 * derivation of the totals (`measuresModel`, with the data package's listing totals), the making of
 * the download's rows and the chart's keyboard come too: the element uses them only once its content
 * is here (`loader.hasData`), and the content and this module load as one.
 */
import { inPeriod } from '@eu-belarus/data/helpers';
import type { RestrictiveMeasures } from '@eu-belarus/data/restrictive-measures';
import { html, type TemplateResult } from 'lit';
import { renderEmpty } from '../shared/empty-state.js';
import { formatCount } from '../shared/format.js';
import { externalLink } from '../shared/links.js';
import { msg } from '../shared/localize.js';
import type { MeasuresContext } from './measures-context.js';
import { renderProlongations, renderRounds, renderSectoral, type ListContext } from './measures-lists.js';
import { renderListings } from './measures-over-time.js';
import { renderKeyFigures } from './measures-parts.js';

export { RovingTabindexController } from '../shared/roving-tabindex.js';
export { measuresExport } from './measures-export.js';
export { measuresModel, pointCount } from './measures-model.js';

/** Items whose date falls in the period (any precision). */
const within = <T extends { date: string }>(items: readonly T[], period: MeasuresContext['period']): T[] =>
  items.filter((i) => inPeriod(i.date, period));

/** The lede, key figures and listings; then the rounds and prolongations (not in `compact`, for a sidebar); the sectoral measures on request. */
export function renderMeasures(data: RestrictiveMeasures, ctx: MeasuresContext): TemplateResult {
  const { model, locale, period } = ctx;
  const lists: ListContext = {
    ...ctx,
    link: (href, content) => externalLink(href, content, ctx.linkTarget),
    number: (value) => formatCount(value, locale),
    mark: (date) => model.notes.find((n) => n.date === date)?.mark,
  };
  const sectoral = within(data.sectoral, period);
  // Sections, so that a concealed first render (far away, for in-page search) makes them in turns.
  const sections = [
    !ctx.compact && (() => html`<p class="lead">${ctx.t(data.summary)}</p>`),
    () => renderKeyFigures(model, locale, (items) => ctx.block('key-figures', items)),
    () =>
      html`<section class="listings">
        ${ctx.subheading(msg('Listings over time'))}
        ${model.points.length ? renderListings(ctx) : renderEmpty(msg('No listing in the chosen period.'))}
      </section>`,
    !ctx.compact && (() => renderRoundsSection(data, ctx, lists)),
    !ctx.compact && (() => renderProlongationsSection(data, ctx, lists)),
    ctx.showSectoral &&
      sectoral.length > 0 &&
      (() =>
        html`<section class="sectoral">
          ${ctx.subheading(msg('Sectoral measures'))} ${renderSectoral(sectoral, lists)}
        </section>`),
  ];
  return html`${ctx.sections(sections)}`;
}

/** The listing rounds in the period (with criteria and other-regime listings). */
function renderRoundsSection(data: RestrictiveMeasures, ctx: MeasuresContext, lists: ListContext): TemplateResult {
  const rounds = within(data.rounds, ctx.period);
  const criteria = within(data.criteria, ctx.period);
  const others = within(data.otherRegimes, ctx.period);
  return html`<section class="rounds">
    ${ctx.subheading(msg('Listing rounds'))}
    ${
      rounds.length || criteria.length || others.length
        ? renderRounds(rounds, criteria, others, lists)
        : renderEmpty(msg('No listing in the chosen period.'))
    }
  </section>`;
}

/** The prolongations in the period, and the stretches whose rounds were not found. */
function renderProlongationsSection(
  data: RestrictiveMeasures,
  ctx: MeasuresContext,
  lists: ListContext,
): TemplateResult {
  const notFound = data.notFound.filter((n) => inPeriod(n.start, ctx.period));
  return html`<section class="prolongations">
    ${ctx.subheading(msg('Prolongations'))}
    ${renderProlongations(within(data.prolongations, ctx.period), notFound, lists)}
  </section>`;
}
