import { z } from 'zod';
import { Id, LocalizedText, Money, Share, SourceRefs } from './common.js';

/** One year of EU trade with Belarus, in EUR billion as the source gives it. */
export const TradeYear = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  /** EU imports from Belarus. */
  euImports: Money,
  /** EU exports to Belarus. */
  euExports: Money,
  /** The EU's balance as the source states it (exports minus imports), when it states one. */
  euBalance: Money.optional(),
  sources: SourceRefs,
});
export type TradeYear = z.infer<typeof TradeYear>;

/** A trading partner of Belarus and its share in words. */
export const PartnerShare = z.strictObject({
  id: Id,
  partner: LocalizedText,
  rank: z.number().int().positive(),
  share: Share,
  sources: SourceRefs,
});
export type PartnerShare = z.infer<typeof PartnerShare>;

/** What one side mainly sells to the other, most important first. */
export const TradeFlow = z.strictObject({
  id: Id,
  direction: z.enum(['belarus-to-eu', 'eu-to-belarus']),
  summary: LocalizedText,
  main: z.array(LocalizedText).min(1),
  minor: z.array(LocalizedText).optional(),
  sources: SourceRefs,
});
export type TradeFlow = z.infer<typeof TradeFlow>;

export const InvestmentYear = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  /** Stocks of EU direct investment in Belarus. */
  outwardStocks: Money,
  /** Stocks of Belarusian direct investment in the EU. */
  inwardStocks: Money,
  sources: SourceRefs,
});
export type InvestmentYear = z.infer<typeof InvestmentYear>;

export const Trade = z.strictObject({
  id: Id,
  summary: LocalizedText,
  partners: z.array(PartnerShare).min(1),
  flows: z.array(TradeFlow).min(1),
  goods: z.array(TradeYear).min(1),
  services: z.array(TradeYear),
  investment: z.array(InvestmentYear),
  /** Trade-policy events, such as the withdrawal of GSP preferences. */
  sources: SourceRefs,
});
export type Trade = z.infer<typeof Trade>;
