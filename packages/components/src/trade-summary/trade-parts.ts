/**
 * The sections of `<eu-trade-summary>` other than goods by year: Belarus' main partners, what
 * each side mainly sells, trade in services and foreign direct investment. Each renders from one
 * `TradeParts`, which the element makes per render, and ends with its own source line.
 */
import type { LocalizedText, Money } from '@eu-belarus/data';
import type { Trade, TradeGap, TradeYear } from '@eu-belarus/data/trade';
import { html, nothing, type TemplateResult } from 'lit';
import type { Cited, SourceBlock } from '../shared/citations.js';
import { renderFigureTable } from '../shared/figure-table.js';
import { asOfDate } from '../shared/as-of.js';
import { formatAmountOnly, formatList, formatMoney, moneyUnitLabel } from '../shared/format.js';
import type { LocaleController } from '../shared/locale.js';
import { msg, str } from '../shared/localize.js';
import { noBreakDashes } from '../shared/no-break.js';
import { figureText } from '../shared/number-text.js';

export interface TradeParts {
  data: Trade;
  i18n: LocaleController;
  subheading: (text: string) => TemplateResult;
  /** The sources of one block (see `EuElement.sourceBlock`). */
  block: (key: string, items: readonly (Cited | undefined)[]) => SourceBlock;
  /** The compact layout: partners and composition only in a line each. */
  compact: boolean;
}

/**
 * What the data says is missing for a block ("No EU-sourced figures … after 2017"), when the block
 * shows figures up to that year: the reader learns the latest year shown is not this year's.
 */
export function gapNote(
  { data, i18n }: TradeParts,
  about: TradeGap['about'],
  lastYear: number | undefined,
): TemplateResult | typeof nothing {
  const gap = data.gaps.find((g) => g.about === about && (lastYear === undefined || g.after >= lastYear));
  return gap ? html`<p class="gap-note" part="gap-note">${i18n.text(gap.text)}</p>` : nothing;
}

/**
 * A list of content texts in the language they are in: "Machinery, transport equipment and
 * chemicals" in English is joined with English words and marked `lang="en"`, never with the
 * page's "und".
 */
export function contentList(items: readonly LocalizedText[], i18n: LocaleController): TemplateResult | string {
  const resolved = items.map((item) => i18n.resolved(item));
  const lang = resolved.some((r) => r.fallback) ? 'en' : i18n.locale;
  const list = noBreakDashes(
    formatList(
      resolved.map((r) => r.text),
      lang,
    ),
  );
  return lang === i18n.locale ? list : html`<span lang=${lang}>${list}</span>`;
}

export function renderPartners({ data, i18n, subheading, block }: TradeParts): TemplateResult {
  const partners = [...data.partners].sort((a, b) => a.rank - b.rank);
  // The lede above the chart says this in words; its sources are these.
  const sources = block('partners', [data, ...partners]);
  const asOf = partners[0]?.asOf ?? data.asOf;
  return html`<section class="partners">
    ${subheading(msg("Belarus' main trade partners"))}
    <p class="block-date">${asOfDate(asOf, i18n.locale)}</p>
    <ol class="partner-list">
      ${partners.map(
        (p) =>
          html`<li part="item">
            <span class="badge rank" part="badge">${p.rank}</span>
            <span class="partner">${i18n.text(p.partner)}</span>
            <span class="share">${i18n.text(p.share.text)}</span>${sources.mark(p)}
          </li>`,
      )}
    </ol>
    ${sources.line()}
  </section>`;
}

export function renderFlows({ data, i18n, subheading, block }: TradeParts): TemplateResult {
  const sources = block('flows', data.flows);
  return html`<section class="flows">
    ${subheading(msg('What each side mainly sells'))}
    <ul class="flow-list">
      ${data.flows.map(
        (f) =>
          html`<li part="item" class="flow">
            <p class="direction">
              ${f.direction === 'belarus-to-eu' ? msg('Belarus to the EU') : msg('EU to Belarus')}
              ${asOfDate(f.asOf, i18n.locale)}
            </p>
            <p class="main">${contentList(f.main, i18n)}${sources.mark(f)}</p>
            ${
              f.minor?.length
                ? html`<p class="minor">
                    <span class="minor-label">${msg('Much smaller shares:')}</span> ${contentList(f.minor, i18n)}
                  </p>`
                : nothing
            }
          </li>`,
      )}
    </ul>
    ${sources.line()}
  </section>`;
}

/** EU exports and imports by year (and the balance, when `balance` gives one): the unit in the headers. */
export function renderTable(
  years: TradeYear[],
  caption: string,
  i18n: LocaleController,
  balance?: (year: number) => Money | undefined,
): TemplateResult {
  const { locale } = i18n;
  const unit = moneyUnitLabel(years[0]!.euExports, locale);
  const cell = (m: Money | undefined) => (m ? figureText(formatAmountOnly(m, locale), locale) : undefined);
  return renderFigureTable(
    caption,
    [
      { header: msg('Year') },
      // Short headers (the caption says "with Belarus"), so four columns fit 280 px in every language.
      { header: msg('EU exports'), unit },
      { header: msg('EU imports'), unit },
      ...(balance ? [{ header: msg('EU balance'), unit }] : []),
    ],
    years.map((y) => ({
      header: y.year,
      cells: [cell(y.euExports), cell(y.euImports), ...(balance ? [cell(balance(y.year))] : [])],
    })),
  );
}

export function renderServices(
  parts: TradeParts,
  period: (years: TradeYear[]) => string,
): TemplateResult | typeof nothing {
  const { services } = parts.data;
  if (!services.length) return nothing;
  const sources = parts.block('services', services);
  return html`<section class="services">
    ${parts.subheading(msg('Trade in services'))} ${gapNote(parts, 'services', lastYearOf(services))}
    ${renderTable(services, `${msg('EU trade in services with Belarus')}, ${period(services)}`, parts.i18n)}
    ${sources.line()}
  </section>`;
}

export function renderInvestment(parts: TradeParts): TemplateResult {
  const { data, i18n, subheading, block } = parts;
  const sources = block('investment', data.investment);
  const figure = (label: string, m: Money, cited: Cited) =>
    html`<div class="figure" part="figure">
      <dt>${label}</dt>
      <dd>${figureText(formatMoney(m, i18n.locale), i18n.locale)}${sources.mark(cited)}</dd>
    </div>`;
  return html`<section class="investment">
    ${subheading(msg('Foreign direct investment'))} ${gapNote(parts, 'investment', lastYearOf(data.investment))}
    <dl class="figures">
      ${data.investment.map((i) => {
        const year = i.year;
        return html`${figure(msg(str`EU investment stocks in Belarus, ${year}`), i.outwardStocks, i)}
        ${figure(msg(str`Belarusian investment stocks in the EU, ${year}`), i.inwardStocks, i)}`;
      })}
    </dl>
    ${sources.line()}
  </section>`;
}

const lastYearOf = (items: readonly { year: number }[]) =>
  items.length ? Math.max(...items.map((i) => i.year)) : undefined;
