/**
 * The sentences of `<eu-trade-summary>`: amounts, balances, a bar's label and the trend over the
 * years shown, each either as shown or (`spoken`) as a screen reader should read it: one number,
 * whatever the locale's digit grouping.
 */
import type { Money } from '@eu-belarus/data';
import { tradeBalance, type Trade, type TradeYear } from '@eu-belarus/data/trade';
import { formatMoney, moneyValue, spokenNumber } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import { msg, str } from '../shared/localize.js';

export type Series = 'exports' | 'imports';
export const amountOf = (y: TradeYear, series: Series): Money => (series === 'exports' ? y.euExports : y.euImports);

/** An amount as shown, or as read. */
export function money(m: Money, locale: Locale, spoken = false): string {
  const shown = formatMoney(m, locale);
  return spoken ? spokenNumber(shown, locale) : shown;
}

/** "an EU surplus of EUR 2.9 billion"; empty when the data gives no balance for the year. */
export function balanceText(year: number, kind: 'goods' | 'services', data: Trade, locale: Locale, spoken = false) {
  const balance = tradeBalance(year, kind, data);
  if (!balance) return '';
  const amount = money({ ...balance.balance, value: Math.abs(balance.balance.value) }, locale, spoken);
  return balance.balance.value >= 0 ? msg(str`an EU surplus of ${amount}`) : msg(str`an EU deficit of ${amount}`);
}

/** A bar's label: "EU exports to Belarus, 2017: EUR 6.1 billion". */
export function pointText(y: TradeYear, series: Series, locale: Locale, spoken = false): string {
  const label = series === 'exports' ? msg('EU exports to Belarus') : msg('EU imports from Belarus');
  const value = money(amountOf(y, series), locale, spoken);
  const year = y.year;
  return msg(str`${label}, ${year}: ${value}`);
}

/** "EU exports rose from EUR 4.5 billion in 2015 to EUR 6.1 billion in 2017." */
export function trendText(first: TradeYear, last: TradeYear, series: Series, locale: Locale, spoken = false): string {
  const from = money(amountOf(first, series), locale, spoken);
  const to = money(amountOf(last, series), locale, spoken);
  const [firstYear, year] = [first.year, last.year];
  const rose = moneyValue(amountOf(last, series)) >= moneyValue(amountOf(first, series));
  if (series === 'exports')
    return rose
      ? msg(str`EU exports rose from ${from} in ${firstYear} to ${to} in ${year}.`)
      : msg(str`EU exports fell from ${from} in ${firstYear} to ${to} in ${year}.`);
  return rose
    ? msg(str`EU imports rose from ${from} in ${firstYear} to ${to} in ${year}.`)
    : msg(str`EU imports fell from ${from} in ${firstYear} to ${to} in ${year}.`);
}

/** One sentence on the latest year and, over several years, one on the trend of EU exports. */
export function goodsSummary(years: TradeYear[], data: Trade, locale: Locale, spoken = false): string {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const year = last.year;
  const exports = money(last.euExports, locale, spoken);
  const imports = money(last.euImports, locale, spoken);
  const balance = balanceText(year, 'goods', data, locale, spoken);
  const latest = balance
    ? msg(
        str`In ${year}, the EU exported goods worth ${exports} to Belarus and imported goods worth ${imports}: ${balance}.`,
      )
    : msg(str`In ${year}, the EU exported goods worth ${exports} to Belarus and imported goods worth ${imports}.`);
  return first === last ? latest : `${latest} ${trendText(first, last, 'exports', locale, spoken)}`;
}
