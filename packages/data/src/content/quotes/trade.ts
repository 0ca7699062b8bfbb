import type { Quote } from '../../schema/quote.js';
import { verbatim, factSheet } from './make.js';

const seed = 'eeas-belarus-and-the-eu';
const dgTrade = 'dg-trade-belarus-2018';
const goodsTable = 'Trade in goods, EUR billion (DG Trade, Belarus country page, read 2018-04-16)';

/** The quotes behind the trade figures, shares and flows. */
export const tradeQuotes: Quote[] = [
  verbatim('seed-trade-partner', seed, "The EU is Belarus' second main trade partner after the Russian Federation."),
  verbatim(
    'seed-exports-to-eu',
    seed,
    "Belarus' exports to the EU are dominated by mineral fuels. Other product categories - such as chemicals, agricultural products, machinery and textiles - all form a much lower share.",
  ),
  verbatim(
    'seed-exports-to-belarus',
    seed,
    'The EU exports mainly machinery, transport equipment and chemicals to Belarus.',
  ),
  factSheet(
    'fs-shares',
    dgTrade,
    'Same page: the EU is Belarus\' "second main trade partner with almost a one third share"; Russia has "almost half".',
  ),
  factSheet(
    'fs-flows',
    dgTrade,
    "Belarus' exports to the EU are dominated by mineral fuels; the EU mainly exports machinery, transport equipment and chemicals.",
  ),
  factSheet('fs-goods-2015', dgTrade, `${goodsTable} … | 2015 | 3.7 | 5.7 | 2.0 |`),
  factSheet('fs-goods-2016', dgTrade, `${goodsTable} … | 2016 | 2.9 | 5.0 | 2.0 |`),
  factSheet('fs-goods-2017', dgTrade, `${goodsTable} … | 2017 | 3.4 | 6.1 | 2.7 |`),
  factSheet(
    'fs-services',
    dgTrade,
    'Trade in services, EUR billion, EU imports / exports: 2014: 1.4 / 2.4; 2015: 1.3 / 2.1; 2016: 1.2 / 1.9.',
  ),
  factSheet('fs-fdi', dgTrade, 'Foreign direct investment 2016, EUR billion: inward stocks 0.4, outward stocks 2.5.'),
];
