/**
 * The sections of `<eu-trade-summary>` other than goods by year: Belarus' main partners, what
 * each side mainly sells, trade in services and foreign direct investment. Each renders from one
 * `TradeParts`, which the element makes per render.
 */
import type { Money } from '@eu-belarus/data';
import type { Trade, TradeYear } from '@eu-belarus/data/trade';
import { html, nothing, type TemplateResult } from 'lit';
import type { Citations } from '../shared/citations.js';
import { formatList, formatMoney } from '../shared/format.js';
import type { LocaleController } from '../shared/locale.js';
import { msg, str } from '../shared/localize.js';
import { figureText } from '../shared/number-text.js';

export interface TradeParts {
  data: Trade;
  notes: Citations;
  i18n: LocaleController;
  subheading: (text: string) => TemplateResult;
}

export function renderPartners({ data, notes, i18n }: TradeParts): TemplateResult {
  const partners = [...data.partners].sort((a, b) => a.rank - b.rank);
  return html`<section class="partners">
    <p class="lead">${i18n.text(data.summary)}${notes.cite(data.sources)}</p>
    <ol class="partner-list" aria-label=${msg("Belarus' main trade partners")}>
      ${partners.map(
        (p) =>
          html`<li part="item">
            <span class="badge" part="badge">${p.rank}</span>
            <span class="partner">${i18n.text(p.partner)}</span>
            <span class="share">${msg(str`share of Belarus' trade: ${i18n.plain(p.share.text)}`)}</span
            >${notes.cite(p.sources)}
          </li>`,
      )}
    </ol>
  </section>`;
}

export function renderFlows({ data, notes, i18n, subheading }: TradeParts): TemplateResult {
  const list = (items: Parameters<LocaleController['plain']>[0][]) =>
    formatList(
      items.map((m) => i18n.plain(m)),
      i18n.locale,
    );
  return html`<section class="flows">
    ${subheading(msg('What each side mainly sells'))}
    <ul class="flow-list">
      ${data.flows.map(
        (f) =>
          html`<li part="item" class="flow">
            <p class="direction">
              ${f.direction === 'belarus-to-eu' ? msg('Belarus to the EU') : msg('EU to Belarus')}
            </p>
            <p class="main">${list(f.main)}${notes.cite(f.sources)}</p>
            ${f.minor?.length ? html`<p class="meta">${msg(str`Much lower shares: ${list(f.minor)}`)}</p>` : nothing}
          </li>`,
      )}
    </ul>
  </section>`;
}

/** A table of EU exports and imports by year, with the balance when `balance` gives one. */
export function renderTable(
  years: TradeYear[],
  caption: string,
  i18n: LocaleController,
  balance?: (year: number) => Money | undefined,
): TemplateResult {
  const money = (m: Money | undefined) => (m ? figureText(formatMoney(m, i18n.locale), i18n.locale) : '—');
  return html`<div class="table-wrap">
    <table part="table" tabindex="-1">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Year')}</th>
          <th scope="col">${msg('EU exports to Belarus')}</th>
          <th scope="col">${msg('EU imports from Belarus')}</th>
          ${balance ? html`<th scope="col">${msg('EU balance')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${years.map(
          (y) =>
            html`<tr>
              <th scope="row">${y.year}</th>
              <td>${money(y.euExports)}</td>
              <td>${money(y.euImports)}</td>
              ${balance ? html`<td>${money(balance(y.year))}</td>` : nothing}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function renderServices(parts: TradeParts): TemplateResult | typeof nothing {
  const { services } = parts.data;
  if (!services.length) return nothing;
  return html`<section class="services">
    ${parts.subheading(msg('Trade in services'))}
    ${renderTable(services, msg('EU trade in services with Belarus'), parts.i18n)}
    <p class="meta">${msg('Source')}${parts.notes.cite([...new Set(services.flatMap((s) => s.sources))])}</p>
  </section>`;
}

export function renderInvestment({ data, notes, i18n, subheading }: TradeParts): TemplateResult {
  const figure = (label: string, m: Money, sources: string[]) =>
    html`<div class="figure" part="figure">
      <dt>${label}</dt>
      <dd>${figureText(formatMoney(m, i18n.locale), i18n.locale)}${notes.cite(sources)}</dd>
    </div>`;
  return html`<section class="investment">
    ${subheading(msg('Foreign direct investment'))}
    <dl class="figures">
      ${data.investment.map((i) => {
        const year = i.year;
        return html`${figure(msg(str`EU investment stocks in Belarus, ${year}`), i.outwardStocks, i.sources)}
        ${figure(msg(str`Belarusian investment stocks in the EU, ${year}`), i.inwardStocks, i.sources)}`;
      })}
    </dl>
  </section>`;
}
