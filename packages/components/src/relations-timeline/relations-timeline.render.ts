/**
 * The render code of `<eu-relations-timeline>` that loads with its content (bundled.ts's `RenderCode`): the
 * list of events, its date column's sizer and the download line. The element keeps what runs without
 * rendering (its attributes, the events it shows, the status text and the download files' content)
 * and renders from one `TimelineParts`, which it makes per render.
 */
import type { TimelineEvent } from '@eu-belarus/data/timeline';
import { html, nothing, type TemplateResult } from 'lit';
import { bundled } from '../shared/bundled.js';
import type { SourceBlock } from '../shared/citations.js';
import type { DataExport } from '../shared/download.js';
import { renderEmpty } from '../shared/empty-state.js';
import { formatDate } from '../shared/format.js';
import type { Turns } from '../shared/in-turns.js';
import { timelineCategoryLabel } from '../shared/labels.js';
import { msg } from '../shared/localize.js';
import type { RenderKit } from '../shared/render-kit.js';

/** What the timeline's render needs from the element. */
export interface TimelineParts extends RenderKit {
  /** The events as shown: filters and order applied. */
  events: readonly TimelineEvent[];
  newestFirst: boolean;
  turns: Turns;
  /** An event's title: a heading one level below the element's. */
  title(content: unknown): TemplateResult;
  /** Whether this is a concealed first render (below the fold, for in-page search): see `dataLine`. */
  concealed: boolean;
  /** The download files' content (see the element's `dataExport`). */
  dataExport(): DataExport | undefined;
}

/** Compact: date and title of each event, and one source line for the list; else a line per event. */
export function render(parts: TimelineParts): TemplateResult {
  const { events, compact, newestFirst, turns } = parts;
  const shared = compact ? parts.block('events', events) : undefined;
  return html`${
    events.length
      ? html`<ol class="events" part="list" ?reversed=${newestFirst}>
          ${dateSizer(parts)}${turns.list(events.map((e) => () => renderEvent(e, shared, parts)))}
        </ol>`
      : renderEmpty(msg('No event matches the chosen period and categories.'))
  }
  ${shared?.line() ?? nothing} ${events.length ? html`<p class="data-line">${dataLine(parts)}</p>` : nothing}`;
}

/**
 * "Get the data": sizing its files means writing them (a hundred events: most of a concealed
 * frame's task at CPU ×4), so a concealed first render makes the line in idle periods of its own,
 * as its events are, in steps (the rows, the CSV file's size, the JSON file's, the line: all four
 * in one period made a long task); it is there before the timeline shows (`beforeReveal`).
 */
function dataLine({ concealed, turns, locale, downloads, dataExport }: TimelineParts): unknown {
  if (!concealed) return downloads();
  const files = bundled('downloads');
  let data: DataExport | undefined;
  return turns.list([
    () => ((data = dataExport()), nothing),
    () => (data && files?.countSize(data, 'csv'), nothing),
    () => (data && files?.countSize(data, 'json'), nothing),
    () => files?.renderDownloads(data, locale) ?? nothing,
  ]);
}

/**
 * Every date of the list, unseen: it sizes the wide layout's date column from the first render on,
 * so events made in later turns (in-turns.ts) never widen it and move what the reader sees.
 */
function dateSizer({ events, locale }: TimelineParts): TemplateResult {
  const dates = [...new Set(events.map((e) => e.date))].map((date) => formatDate(date, locale));
  return html`<li class="date-sizer" aria-hidden="true">${dates.join('\n')}</li>`;
}

/**
 * An event: its date, then (unless compact) its category, title, summary and source line. The
 * compact event is a template of its own, and a title without a mark is just its text: per event,
 * two templates less for Lit to clone (the timeline has a hundred events).
 */
function renderEvent(e: TimelineEvent, shared: SourceBlock | undefined, parts: TimelineParts): TemplateResult {
  const { locale, t } = parts;
  const sources = shared ?? parts.block(e.id, [e]);
  const title = t(e.title);
  const mark = sources.mark(e);
  const heading = parts.title(mark === nothing ? title : html`${title}${mark}`);
  const date = formatDate(e.date, locale);
  return shared
    ? html`<li class="event" part="item" data-category=${e.category}>
        <time class="date" part="date" datetime=${e.date}>${date}</time>
        <div class="body">${heading}</div>
      </li>`
    : html`<li class="event" part="item" data-category=${e.category}>
        <time class="date" part="date" datetime=${e.date}>${date}</time>
        <div class="body">
          <p class="badges"><span class="badge" part="badge">${timelineCategoryLabel(e.category)}</span></p>
          ${heading} ${e.summary ? html`<p class="summary">${t(e.summary)}</p>` : nothing} ${sources.line()}
        </div>
      </li>`;
}
