/**
 * The lists of `<eu-restrictive-measures>`: listing rounds (with criteria changes and listings
 * under another regime), prolongations (with those not found), and sectoral measures. Each item
 * gives its date, what it is, its counts and the Council acts its sources name, linked to EUR-Lex.
 */
import type { LocalizedText } from '@eu-belarus/data';
import type {
  CriterionChange,
  LegalAct,
  ListingFigure,
  ListingRound,
  NotFound,
  OtherRegimeListing,
  Prolongation,
  SectoralMeasure,
} from '@eu-belarus/data/restrictive-measures';
import { html, nothing, type TemplateResult } from 'lit';
import type { Cited, SourceBlock } from '../shared/citations.js';
import { formatDate } from '../shared/format.js';
import { safeHref } from '../shared/links.js';
import type { Locale } from '../shared/locale.js';
import { msg, str } from '../shared/localize.js';
import { areaLabel, reasonLabel } from './measures-labels.js';

/** What the lists need from the element. */
export interface ListContext {
  locale: Locale;
  t(value: LocalizedText): TemplateResult | string;
  /** The sources of one block (see `EuElement.sourceBlock`). */
  block(key: string, items: readonly (Cited | undefined)[]): SourceBlock;
  /** An external link, opened as the element's `link-target` says. */
  link(href: string, content: unknown): TemplateResult;
  number(value: number): string;
  /** The mark of the chart's note on `date`, if one explains a figure of that date. */
  mark(date: string): string | undefined;
}

const time = (date: string, locale: Locale) =>
  html`<time class="date" datetime=${date}>${formatDate(date, locale)}</time>`;

const badges = (labels: readonly string[]) =>
  labels.length
    ? html`<ul class="badges">
        ${labels.map((l) => html`<li class="badge" part="badge">${l}</li>`)}
      </ul>`
    : nothing;

function acts(list: readonly LegalAct[] | undefined, ctx: ListContext) {
  if (!list?.length) return nothing;
  // A link only to an https page, whatever a `src` says; else the act's name alone.
  const act = (a: LegalAct) => {
    const href = safeHref(a.url);
    return href ? ctx.link(href, ctx.t(a.title)) : ctx.t(a.title);
  };
  return html`<p class="acts">
    <span class="acts-label">${msg('Legal acts')}:</span>
    ${list.map((a, i) => html`${i ? ', ' : ''}${act(a)}`)}
  </p>`;
}

type Added = { individuals?: ListingFigure; entities?: ListingFigure };

function counts(added: Added, date: string, sources: SourceBlock, ctx: ListContext) {
  const row = (series: 'individuals' | 'entities', label: string) => {
    const figure = added[series];
    if (!figure) return nothing;
    const mark = figure.others?.length ? ctx.mark(date) : undefined;
    return html`<div>
      <dt>${label}</dt>
      <dd>
        ${ctx.number(figure.quantity.value)}${sources.mark(figure)}${
          mark ? html`<sup class="note-mark"><a href="#note-${mark}" @click=${jump}>${mark}</a></sup>` : nothing
        }
      </dd>
    </div>`;
  };
  return html`<dl class="counts">
    ${row('individuals', msg('Individuals added'))} ${row('entities', msg('Entities added'))}
  </dl>`;
}

/** An item's note, unless the chart's notes already give it (under a mark for its date). */
const note = (
  item: { date: string; note?: { text: LocalizedText } & Partial<Cited> },
  sources: SourceBlock,
  ctx: ListContext,
) =>
  item.note && !ctx.mark(item.date)
    ? html`<p class="note">${ctx.t(item.note.text)}${sources.mark(cited(item.note))}</p>`
    : nothing;

/** A note as a cited item, if it cites sources. */
const cited = (note: Partial<Cited> | undefined): Cited | undefined => (note?.sources ? (note as Cited) : undefined);

type Entry =
  | { kind: 'round'; item: ListingRound }
  | { kind: 'criterion'; item: CriterionChange }
  | { kind: 'other'; item: OtherRegimeListing };

function renderEntry(entry: Entry, ctx: ListContext): TemplateResult {
  const { item } = entry;
  const added: Added = entry.kind === 'criterion' ? {} : entry.item.added;
  const sources = ctx.block(item.id, [item, added.individuals, added.entities, cited(item.note)]);
  const labels =
    entry.kind === 'round'
      ? entry.item.reasons.map(reasonLabel)
      : entry.kind === 'criterion'
        ? [msg('New listing criterion'), reasonLabel(entry.item.reason)]
        : [msg('Another regime (Ukraine): not counted in the totals')];
  return html`<li class="measure ${entry.kind}" part="item">
    ${time(item.date, ctx.locale)}
    <p class="title">${ctx.t(item.title)}${sources.mark(item)}</p>
    ${badges(labels)} ${entry.kind !== 'criterion' ? counts(added, item.date, sources, ctx) : nothing}
    ${
      entry.kind === 'round' && entry.item.summary ? html`<p class="summary">${ctx.t(entry.item.summary)}</p>` : nothing
    }
    ${entry.kind === 'round' ? acts(entry.item.acts, ctx) : nothing} ${note(item, sources, ctx)} ${sources.line()}
  </li>`;
}

/** Listing rounds, criteria changes and listings under another regime, oldest first, each with its source line. */
export function renderRounds(
  rounds: readonly ListingRound[],
  criteria: readonly CriterionChange[],
  others: readonly OtherRegimeListing[],
  ctx: ListContext,
): TemplateResult {
  const entries: Entry[] = [
    ...rounds.map((item) => ({ kind: 'round' as const, item })),
    ...criteria.map((item) => ({ kind: 'criterion' as const, item })),
    ...others.map((item) => ({ kind: 'other' as const, item })),
  ].sort((a, b) => a.item.date.localeCompare(b.item.date));
  return html`<ol class="measures rounds">
    ${entries.map((e) => renderEntry(e, ctx))}
  </ol>`;
}

/** Prolongations and the ones looked for but not found, oldest first. */
export function renderProlongations(
  prolongations: readonly Prolongation[],
  notFound: readonly NotFound[],
  ctx: ListContext,
): TemplateResult {
  const entries = [
    ...prolongations.map((p) => ({ date: p.date, found: p })),
    ...notFound.filter((n) => n.kind === 'prolongation').map((n) => ({ date: n.start, missing: n })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return html`<ol class="measures prolongations">
    ${entries.map((e) => {
      if ('missing' in e && e.missing)
        return html`<li class="measure not-found" part="item">
          ${time(e.missing.start, ctx.locale)} ${badges([msg('Not found')])}
          <p class="note">${ctx.t(e.missing.text)}</p>
        </li>`;
      const p = (e as { found: Prolongation }).found;
      const until = formatDate(p.until, ctx.locale);
      const sources = ctx.block(p.id, [p, p.totals?.individuals, p.totals?.entities, cited(p.note)]);
      return html`<li class="measure" part="item">
        ${time(p.date, ctx.locale)}
        <p class="title">${msg(str`Prolonged until ${until}`)}${sources.mark(p)}</p>
        ${p.summary ? html`<p class="summary">${ctx.t(p.summary)}</p>` : nothing} ${note(p, sources, ctx)}
        ${sources.line()}
      </li>`;
    })}
  </ol>`;
}

/** Sectoral measures, oldest first. */
export function renderSectoral(measures: readonly SectoralMeasure[], ctx: ListContext): TemplateResult {
  return html`<ol class="measures sectoral">
    ${measures.map((m) => {
      const sources = ctx.block(m.id, [m]);
      return html`<li class="measure" part="item">
        ${time(m.date, ctx.locale)}
        <p class="title">${ctx.t(m.title)}${sources.mark(m)}</p>
        ${badges([
          ...m.areas.map(areaLabel),
          ...(m.instrument === 'trade-regulation' ? [msg('A trade regulation, not a sanctions measure')] : []),
        ])}
        ${acts(m.acts, ctx)} ${sources.line()}
      </li>`;
    })}
  </ol>`;
}

/** Fragment links cannot reach into a shadow root: move focus to the note ourselves. */
export function jump(event: Event): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const target = (link.getRootNode() as ShadowRoot).getElementById?.(link.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}
