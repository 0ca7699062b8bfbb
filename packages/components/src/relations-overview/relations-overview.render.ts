/**
 * The render code of `<eu-relations-overview>` that loads with its content (bundled.ts's `RenderCode`): the
 * policy, the key figures and the files, each with its source line, and the key figures' derivation
 * (`overviewKeyFacts`: only renders and the download files use it, both once the content is here).
 * The element keeps what runs without rendering (its attributes, the parts shown, the download
 * files' content) and renders from one `OverviewParts`, which it makes per render.
 */
import type { Dialogue, DialogueStatus } from '@eu-belarus/data/dialogues';
import { DIALOGUE_STATUSES, lastStatus as currentStatus, type Fact } from '@eu-belarus/data/helpers';
import type { Overview, PolicyPoint } from '@eu-belarus/data/overview';
import { html, nothing, type TemplateResult } from 'lit';
import { asOfDate, asOfUnlessSaid } from '../shared/as-of.js';
import { bundledNow } from '../shared/bundled.js';
import type { SourceBlock } from '../shared/citations.js';
import { formatCount, formatDate } from '../shared/format.js';
import type { Turns } from '../shared/in-turns.js';
import { dialogueKindLabel, dialogueStatusLabel } from '../shared/labels.js';
import type { Locale } from '../shared/locale.js';
import { msg, str } from '../shared/localize.js';
import { figureText } from '../shared/number-text.js';
import { formatFigure } from '../shared/quantity.js';
import { reportedStatus, statusBadge } from '../shared/status-badge.js';
import type { OverviewSection } from './relations-overview.js';
import type { RenderKit } from '../shared/render-kit.js';

export { overviewKeyFacts } from './key-facts.js';

/** What the card's render needs from the element. */
export interface OverviewParts extends RenderKit {
  /** The parts to show (the `sections` attribute). */
  sections: readonly OverviewSection[];
  turns: Turns;
  /** A part's heading, one level below the element's. */
  subheading(text: string): TemplateResult;
  /** A policy point's title, two levels below the element's. */
  pointTitle(content: unknown): TemplateResult;
  /** The key figures (the element's `keyFacts`). */
  keyFacts(): Fact[];
}

export function render(data: Overview, parts: OverviewParts): TemplateResult {
  const show = (section: OverviewSection) => parts.sections.includes(section);
  // Compact: the current line and the key figures; the history and the files stay in the default.
  const sections = [
    show('policy') && (() => renderPolicy(data, parts)),
    show('figures') && (() => renderFigures(parts)),
    show('files') && !parts.compact && (() => renderFiles(parts)),
  ];
  return html`${parts.turns.sections(sections)}`;
}

/** The present first (the summary and the current line, each dated), then the earlier line as dated history. */
function renderPolicy(data: Overview, parts: OverviewParts): TemplateResult {
  const { compact, locale, t, subheading } = parts;
  const current = data.sections.filter((p) => p.timeframe === 'current');
  const history = compact ? [] : data.sections.filter((p) => p.timeframe === 'historical');
  const sources = parts.block('policy', [data, ...current, ...history]);
  return html`<section class="section">
    <p class="lead">${t(data.summary)}${sources.mark(data)} ${asOfDate(data.asOf, locale)}</p>
    ${
      current.length
        ? html`${subheading(msg('Policy now'))}
            <ul class="policy" part="policy">
              ${current.map((point) => renderPoint(point, sources, parts))}
            </ul>`
        : nothing
    }
    ${
      history.length
        ? html`${subheading(msg('Earlier policy'))}
            <ul class="policy history" part="policy">
              ${history.map((point) => renderPoint(point, sources, parts))}
            </ul>`
        : nothing
    }
    ${sources.line()}
  </section>`;
}

function renderPoint(
  point: PolicyPoint,
  sources: SourceBlock,
  { compact, locale, t, pointTitle }: OverviewParts,
): TemplateResult {
  return html`<li class="point">
    ${pointTitle(t(point.title))}
    <p class="point-date">
      ${
        point.timeframe === 'current'
          ? asOfDate(point.asOf, locale)
          : html`<time class="as-of" datetime=${point.asOf}>${formatDate(point.asOf, locale)}</time>`
      }${compact ? sources.mark(point) : nothing}
    </p>
    ${compact ? nothing : html`<p class="point-summary">${t(point.summary)}${sources.mark(point)}</p>`}
    ${
      point.points?.length && !compact
        ? html`<ul class="point-list">
            ${point.points.map((p) => html`<li>${t(p)}</li>`)}
          </ul>`
        : nothing
    }
  </li>`;
}

/** The key figures (see overviewKeyFacts), each with its as-of date, then the number of programmes. */
function renderFigures({
  locale,
  t,
  plainText,
  subheading,
  block,
  keyFacts,
  downloads,
}: OverviewParts): TemplateResult {
  const count = bundledNow('programmes').length;
  const facts = keyFacts();
  const sources = block('figures', facts);
  return html`<section class="section">
    ${subheading(msg('Key figures'))}
    <ul class="figures" part="figures">
      ${facts.map(
        (f) =>
          html`<li class="figure" part="figure">
            <span class="value" part="value">${figureText(formatFigure({ ...f, id: f.name }, locale), locale)}</span>
            <span class="label">${t(f.label)}${sources.mark(f)}</span>
            ${asOfUnlessSaid(f.asOf, plainText(f.label), locale)}
          </li>`,
      )}
      <li class="figure" part="figure">
        <span class="value" part="value">${figureText(formatCount(count, locale), locale)}</span>
        <span class="label">${msg('EU programmes Belarus has taken part in')}</span>
      </li>
    </ul>
    ${sources.line(downloads())}
  </section>`;
}

/** The main dialogues and agreements with their last reported status and its date. */
function renderFiles(parts: OverviewParts): TemplateResult {
  // Sectoral dialogues are many and alike: one line with a count per status. The others one by one.
  const dialogues = bundledNow('dialogues');
  const sectoral = dialogues.filter((d) => d.kind === 'sectoral');
  const main = dialogues.filter((d) => d.kind !== 'sectoral');
  const counts = DIALOGUE_STATUSES.map(
    (s) => [s, sectoral.filter((d) => currentStatus(d).status === s).length] as const,
  ).filter(([, n]) => n > 0);
  const sources = parts.block(
    'files',
    main.map((d) => currentStatus(d)),
  );
  return html`<section class="section">
    ${parts.subheading(msg('Dialogues and agreements'))}
    <ul class="files" part="files">
      ${main.map((d) => renderFile(d, sources, parts))}
      ${
        sectoral.length
          ? html`<li class="file">
              <span class="file-title">${dialogueKindLabel('sectoral')}</span>
              <span class="file-status">
                ${counts.map(([status, n]) => html`${statusBadge(status, countLabel(status, n, parts.locale))} `)}
              </span>
            </li>`
          : nothing
      }
    </ul>
    ${sources.line()}
  </section>`;
}

function countLabel(status: DialogueStatus, n: number, locale: Locale): string {
  const label = dialogueStatusLabel(status);
  const count = formatCount(n, locale);
  return msg(str`${label}: ${count}`);
}

function renderFile(dialogue: Dialogue, sources: SourceBlock, { locale, t }: OverviewParts): TemplateResult {
  const now = currentStatus(dialogue);
  return html`<li class="file">
    <span class="file-title">${t(dialogue.title)}</span>
    <span class="file-status">
      ${reportedStatus(now.status, dialogueStatusLabel(now.status), now.asOf, locale, sources.mark(now))}
    </span>
  </li>`;
}
