import { z } from 'zod';
import { AsOf, Figure, Id, LocalizedText, Money, QuoteRefs, Share, SourceRefs, nonEmpty } from './common.js';

/** One year of EU trade with Belarus, in EUR billion as the source gives it; the year is its date. */
export const TradeYear = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  /** EU imports from Belarus. */
  euImports: Money,
  /** EU exports to Belarus. */
  euExports: Money,
  /** The EU's balance as the source states it (exports minus imports), when it states one. */
  euBalance: Money.optional(),
  sources: SourceRefs,
  quotes: nonEmpty(Id, 'every figure needs a quote of its source that holds the number'),
});
export type TradeYear = z.infer<typeof TradeYear>;

/** A trading partner of Belarus and its share in words, as of the date the source gives. */
export const PartnerShare = z.strictObject({
  id: Id,
  partner: LocalizedText,
  rank: z.number().int().positive(),
  share: Share,
  asOf: AsOf,
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
});
export type PartnerShare = z.infer<typeof PartnerShare>;

/** What one side mainly sells to the other, most important first, as of the date the source gives. */
export const TradeFlow = z.strictObject({
  id: Id,
  direction: z.enum(['belarus-to-eu', 'eu-to-belarus']),
  summary: LocalizedText,
  main: nonEmpty(LocalizedText),
  minor: z.array(LocalizedText).optional(),
  asOf: AsOf,
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
});
export type TradeFlow = z.infer<typeof TradeFlow>;

export const InvestmentYear = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  /** Stocks of EU direct investment in Belarus. */
  outwardStocks: Money,
  /** Stocks of Belarusian direct investment in the EU. */
  inwardStocks: Money,
  sources: SourceRefs,
  quotes: nonEmpty(Id, 'every figure needs a quote of its source that holds the number'),
});
export type InvestmentYear = z.infer<typeof InvestmentYear>;

/**
 * What the sources do not give, said once by the data so an element need not imply that the last
 * year shown is current: e.g. no EU-sourced goods figures after 2017 were found.
 */
export const TradeGap = z.strictObject({
  id: Id,
  about: z.enum(['goods', 'services', 'investment']),
  /** The last year with figures; none were found after it. */
  after: z.number().int().min(1990).max(2100),
  /** What was not found, for a reader; it holds for the content's `contentVersion`. */
  text: LocalizedText,
});
export type TradeGap = z.infer<typeof TradeGap>;

export const Trade = z.strictObject({
  id: Id,
  summary: LocalizedText,
  /** The date the summary holds. */
  asOf: AsOf,
  partners: nonEmpty(PartnerShare),
  /** Other measures of the EU's share in Belarus' trade (each with its year, reporter and source). */
  shares: z.array(Figure),
  flows: nonEmpty(TradeFlow),
  goods: nonEmpty(TradeYear),
  services: z.array(TradeYear),
  investment: z.array(InvestmentYear),
  gaps: z.array(TradeGap),
  sources: SourceRefs,
  quotes: QuoteRefs.optional(),
});
export type Trade = z.infer<typeof Trade>;
