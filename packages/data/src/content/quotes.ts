import type { Quote } from '../schema/quote.js';
import { assistanceQuotes } from './quotes/assistance.js';
import { dialogueQuotes } from './quotes/dialogues.js';
import { overviewQuotes } from './quotes/overview.js';
import { programmeQuotes } from './quotes/programmes.js';
import { restrictiveMeasuresQuotes } from './restrictive-measures.js';
import { timelineQuotes } from './quotes/timeline.js';
import { tradeQuotes } from './quotes/trade.js';

/** Every quote the content cites, by citation id (see `@eu-belarus/data/quotes`). */
export const quotes: Quote[] = [
  ...overviewQuotes,
  ...dialogueQuotes,
  ...assistanceQuotes,
  ...programmeQuotes,
  ...tradeQuotes,
  ...timelineQuotes,
  ...restrictiveMeasuresQuotes,
];
