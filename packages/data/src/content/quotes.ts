import type { Quote } from '../schema/quote.js';
import { assistanceQuotes } from './quotes/assistance.js';
import { assistanceQuotesSince2018 } from './quotes/assistance-since-2018.js';
import { dialogueQuotes } from './quotes/dialogues.js';
import { overviewQuotes } from './quotes/overview.js';
import { programmeQuotes } from './quotes/programmes.js';
import { restrictiveMeasuresQuotes } from './restrictive-measures.js';
import { relationsQuotes2017To2021 } from './quotes/relations-2017-2021.js';
import { relationsQuotes2022To2026 } from './quotes/relations-2022-2026.js';
import { timelineQuotes } from './quotes/timeline.js';
import { tradeShareQuotes } from './quotes/trade-shares.js';
import { tradeQuotes } from './quotes/trade.js';

/** Every quote the content cites, by citation id (see `@eu-belarus/data/quotes`). */
export const quotes: Quote[] = [
  ...overviewQuotes,
  ...dialogueQuotes,
  ...assistanceQuotes,
  ...assistanceQuotesSince2018,
  ...programmeQuotes,
  ...tradeQuotes,
  ...tradeShareQuotes,
  ...timelineQuotes,
  ...restrictiveMeasuresQuotes,
  ...relationsQuotes2017To2021,
  ...relationsQuotes2022To2026,
];
