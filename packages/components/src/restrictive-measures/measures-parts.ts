/**
 * The key figures, the table of listings and the notes on differing figures: each a function of
 * the model, the locale and the block's sources (see `EuElement.sourceBlock`).
 */
import type { LocalizedText } from '@eu-belarus/data';
import { latestStated, type ListingSeries } from '@eu-belarus/data/helpers';
import { html, nothing, type TemplateResult } from 'lit';
import type { Cited, SourceBlock } from '../shared/citations.js';
import { formatCount, formatDate, formatNumericDate } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import { msg, str } from '../shared/localize.js';
import { figureText } from '../shared/number-text.js';
import { jump } from './measures-lists.js';
import { originLabel, seriesLabel } from './measures-labels.js';
import { markFor, SERIES, type MeasuresModel, type Note } from './measures-model.js';
import { partText } from './measures-text.js';

const time = (date: string, locale: Locale) => html`<time datetime=${date}>${formatDate(date, locale)}</time>`;
const count = (value: number, locale: Locale) => figureText(formatCount(value, locale), locale);

/**
 * The latest totals a source states, each with its date; a member state's figures say so, and the
 * Council's latest figures follow.
 */
export function renderKeyFigures(
  model: MeasuresModel,
  locale: Locale,
  block: (items: readonly (Cited | undefined)[]) => SourceBlock,
): TemplateResult | typeof nothing {
  const latest = (series: ListingSeries, memberStates: boolean) => latestStated(model.points, series, memberStates);
  const shown = SERIES.map((s) => [s, latest(s, true)] as const).filter(([, l]) => l);
  if (!shown.length) return nothing;
  const memberState = shown.some(([, l]) => l!.value.origin === 'member-state');
  const council = SERIES.map((s) => latest(s, false));
  const showCouncil = memberState && council[0] && council[1] && council[0].date === council[1].date;
  const councilCited = showCouncil
    ? {
        sources: [...council[0]!.value.sources, ...council[1]!.value.sources],
        quotes: [...council[0]!.value.quotes, ...council[1]!.value.quotes],
      }
    : undefined;
  const sources = block([...shown.map(([, l]) => l!.value), councilCited]);
  const label = (s: ListingSeries) => (s === 'individuals' ? msg('Individuals listed') : msg('Entities listed'));
  return html`<section class="key-figures">
    <dl class="figures">
      ${shown.map(([series, l]) => {
        const date = formatDate(l!.date, locale);
        return html`<div class="figure" part="figure">
          <dt>${label(series)}</dt>
          <dd class="value">${count(l!.value.value, locale)}${sources.mark(l!.value)}</dd>
          <dd class="as-of">${msg(str`As of ${date}`)}</dd>
        </div>`;
      })}
    </dl>
    ${memberState ? html`<p class="member-state-note">${msg('Figures of a member state, not of the Council')}</p>` : nothing}
    ${
      showCouncil && council[0] && council[1]
        ? html`<p class="council">
            ${msg(
              str`Latest figures from the Council (${formatDate(council[0].date, locale)}): individuals ${formatCount(
                council[0].value.value,
                locale,
              )}, entities ${formatCount(council[1].value.value, locale)}.`,
            )}${sources.mark(councilCited)}
          </p>`
        : nothing
    }
    ${sources.line()}
  </section>`;
}

/** The table view: one row per date, numbers only in the cells, how each is known beside it. */
export function renderTable(model: MeasuresModel, locale: Locale, caption: string): TemplateResult {
  const cell = (point: (typeof model.points)[number], series: ListingSeries) => {
    const value = point[series];
    if (!value) return html`<td>—</td>`;
    const mark = markFor(model.notes, point.date, series);
    return html`<td>
      ${count(value.value, locale)}<span class="marker ${series} ${value.origin}" aria-hidden="true"></span
      >${value.origin === 'stated' ? nothing : html`<span class="vh">, ${originLabel(value.origin)}</span>`}${
        mark ? html`<sup class="note-mark"><a href="#note-${mark}" @click=${jump}>${mark}</a></sup>` : nothing
      }
    </td>`;
  };
  return html`<div class="table-wrap">
    <table part="table" tabindex="-1">
      <caption class="vh">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Date')}</th>
          ${SERIES.map((s) => html`<th scope="col">${seriesLabel(s)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.points.map(
          (p) =>
            html`<tr>
              <th scope="row"><time datetime=${p.date}>${formatNumericDate(p.date, locale)}</time></th>
              ${SERIES.map((s) => cell(p, s))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** "Where the figures differ": one note per lettered date, then the stretches whose rounds were not found. */
export function renderNotes(
  model: MeasuresModel,
  locale: Locale,
  sources: SourceBlock,
  t: (text: LocalizedText) => TemplateResult | string,
): TemplateResult | typeof nothing {
  if (!model.notes.length && !model.gaps.length) return nothing;
  const item = (n: Note) =>
    html`<li id="note-${n.mark}" tabindex="-1">
      <span class="note-mark">${n.mark}</span> ${time(n.date, locale)}:
      ${n.figures.map(
        (f) =>
          html`<span class="figures-differ"
            >${f.parts[0]?.kind === 'added' ? '' : `${seriesLabel(f.series)}: `}${f.parts
              .map((p) => partText(p, f.series, locale))
              .join(' ')}${sources.mark({ sources: f.parts.flatMap((p) => p.sources) })}</span
          > `,
      )}
      ${n.text ? html`<span class="note-text">${t(n.text)}</span>` : nothing}
    </li>`;
  return html`<div class="notes">
    <p class="notes-heading">${msg('Where the figures differ')}</p>
    <ol class="note-list">
      ${model.notes.map(item)}
      ${model.gaps.map((g) => html`<li><span class="badge" part="badge">${msg('Not found')}</span> ${t(g.text)}</li>`)}
    </ol>
  </div>`;
}
