import type { Quote } from '../../schema/quote.js';

/** The quotes behind the EU’s shares in Belarus’ trade, from Eurostat. */
export const tradeShareQuotes: Quote[] = [
  {
    id: 'eurostat-2017-imports',
    source: 'eurostat-enp-east-2018',
    text: 'ranging from 19 % of the imports to Belarus to 66 % of the exports from Moldova in 2017',
    lang: 'en',
    wording: 'verbatim',
  },
  {
    id: 'eurostat-2018-imports',
    source: 'eurostat-enp-east-2020-01',
    text: 'its share ranging from 19 % of all goods imported into Belarus in 2018',
    lang: 'en',
    wording: 'verbatim',
  },
  {
    id: 'eurostat-2019-exports',
    source: 'eurostat-enp-east-2021-04',
    text: "Among the ENP-East countries reporting 2019 data, the EU accounted for 64% of Moldova’s total exports, 22% of Armenia's, 21% of Georgia's and 19% of Belarus’.",
    lang: 'en',
    wording: 'verbatim',
  },
  {
    id: 'eurostat-2020-exports',
    source: 'eurostat-enp-east-2022-01',
    text: "the EU accounted for 66 % of Moldova’s total exports, 21 % of Georgia's, 19 % of Belarus’s and 17 % of Armenia's.",
    lang: 'en',
    wording: 'verbatim',
  },
];
