/**
 * The sentences of `<eu-trade-summary>`: amounts, balances, a bar's label and the trend over the
 * years shown, each either as shown or (`spoken`) as a screen reader should read it: one number,
 * whatever the locale's digit grouping.
 */
import type { Money } from '@eu-belarus/data';
import { balanceOf as tradeBalance } from '@eu-belarus/data/helpers';
import type { Trade, TradeYear } from '@eu-belarus/data/trade';
import { decimalsOf } from '@eu-belarus/data/precision';
import { formatAmountOnly, formatMoney, moneyValue, spokenNumber } from '../shared/format.js';
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

/**
 * The chart's balance line, numbers only (the unit is in the subtitle): "EU surplus: 2.0". Marked
 * when the source's balance is not exports minus imports of the rounded figures shown.
 */
export function balanceLabel(year: TradeYear, data: Trade, locale: Locale): { text: string; rounded: boolean } {
  const balance = tradeBalance(year.year, 'goods', data);
  if (!balance) return { text: '', rounded: false };
  const amount = formatAmountOnly({ ...balance.balance, value: Math.abs(balance.balance.value) }, locale);
  const text = balance.balance.value >= 0 ? msg(str`EU surplus: ${amount}`) : msg(str`EU deficit: ${amount}`);
  return { text, rounded: differsFromFigures(year, balance.balance) };
}

/** The stated balance is not exports minus imports as shown (the source rounded each figure on its own). */
export function differsFromFigures(year: TradeYear, balance: Money): boolean {
  const digits = Math.max(decimalsOf(year.euExports), decimalsOf(year.euImports), decimalsOf(balance));
  const computed = Number((year.euExports.value - year.euImports.value).toFixed(digits));
  return Math.abs(computed - balance.value) > 10 ** -(digits + 1);
}

/** A bar's label: "EU exports to Belarus, 2017: EUR 6.1 billion". */
export function pointText(y: TradeYear, series: Series, locale: Locale, spoken = false): string {
  const label = series === 'exports' ? msg('EU exports to Belarus') : msg('EU imports from Belarus');
  const value = money(amountOf(y, series), locale, spoken);
  const year = y.year;
  return msg(str`${label}, ${year}: ${value}`);
}

/**
 * "EU exports rose from EUR 4.5 billion in 2015 to EUR 6.1 billion in 2017.", and where a year in
 * between was below (or above) both ends, a sentence saying so: a trend never hides a dip.
 */
export function trendText(
  first: TradeYear,
  last: TradeYear,
  series: Series,
  locale: Locale,
  spoken = false,
  between: readonly TradeYear[] = [],
): string {
  const from = money(amountOf(first, series), locale, spoken);
  const to = money(amountOf(last, series), locale, spoken);
  const [firstYear, year] = [first.year, last.year];
  const value = (y: TradeYear) => moneyValue(amountOf(y, series));
  const rose = value(last) >= value(first);
  const trend =
    series === 'exports'
      ? rose
        ? msg(str`EU exports rose from ${from} in ${firstYear} to ${to} in ${year}.`)
        : msg(str`EU exports fell from ${from} in ${firstYear} to ${to} in ${year}.`)
      : rose
        ? msg(str`EU imports rose from ${from} in ${firstYear} to ${to} in ${year}.`)
        : msg(str`EU imports fell from ${from} in ${firstYear} to ${to} in ${year}.`);
  const ends = [value(first), value(last)];
  const low = between.reduce<TradeYear | undefined>((m, y) => (!m || value(y) < value(m) ? y : m), undefined);
  const high = between.reduce<TradeYear | undefined>((m, y) => (!m || value(y) > value(m) ? y : m), undefined);
  if (low && value(low) < Math.min(...ends)) {
    const [amount, lowYear] = [money(amountOf(low, series), locale, spoken), low.year];
    return `${trend} ${msg(str`In between, the lowest was ${amount} in ${lowYear}.`)}`;
  }
  if (high && value(high) > Math.max(...ends)) {
    const [amount, highYear] = [money(amountOf(high, series), locale, spoken), high.year];
    return `${trend} ${msg(str`In between, the highest was ${amount} in ${highYear}.`)}`;
  }
  return trend;
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
  return first === last ? latest : `${latest} ${trendText(first, last, 'exports', locale, spoken, years.slice(1, -1))}`;
}
