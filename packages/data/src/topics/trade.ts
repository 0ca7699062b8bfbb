import { trade } from '../content/generated/trade.js';
import type { Money } from '../schema/common.js';
import type { InvestmentYear, PartnerShare, Trade, TradeFlow, TradeYear } from '../schema/trade.js';

export { trade };
export type { InvestmentYear, PartnerShare, Trade, TradeFlow, TradeYear };

/** The EU's trade balance with Belarus for a year, and whether the source states it or it is computed. */
export interface Balance {
  year: number;
  balance: Money;
  /** `stated`: as the source gives it; `computed`: exports minus imports, rounded to their precision. */
  origin: 'stated' | 'computed';
}

const decimals = (m: Money): number => m.decimals ?? (String(m.value).split('.')[1] ?? '').length;

/**
 * The EU's balance for `year` in goods (default) or services; `undefined` when the year is absent.
 * A balance the source states wins over arithmetic on its rounded figures.
 */
export function tradeBalance(
  year: number,
  kind: 'goods' | 'services' = 'goods',
  from: Trade = trade,
): Balance | undefined {
  const row = from[kind].find((y) => y.year === year);
  if (!row) return undefined;
  if (row.euBalance) return { year, balance: row.euBalance, origin: 'stated' };
  const digits = Math.max(decimals(row.euExports), decimals(row.euImports));
  const value = Number((row.euExports.value - row.euImports.value).toFixed(digits));
  return { year, balance: { ...row.euExports, value }, origin: 'computed' };
}
