import { trade } from '../content/generated/trade.js';
import { balanceOf, type Balance } from '../query.js';
import type { InvestmentYear, PartnerShare, Trade, TradeFlow, TradeGap, TradeYear } from '../schema/trade.js';

export { trade };
export type { Balance, InvestmentYear, PartnerShare, Trade, TradeFlow, TradeGap, TradeYear };

/**
 * The EU's balance for `year` in goods (default) or services; `undefined` when the year is absent.
 * A balance the source states wins over arithmetic on its rounded figures.
 */
export function tradeBalance(
  year: number,
  kind: 'goods' | 'services' = 'goods',
  from: Trade = trade,
): Balance | undefined {
  return balanceOf(year, kind, from);
}
