import type { Money } from '../schema/common.js';
import type { Trade } from '../schema/trade.js';

const page = 'eeas-belarus-and-the-eu';
const dgTrade = 'dg-trade-belarus-2018';

/** DG Trade gives trade figures in EUR billion, to one decimal place. */
const bn = (value: number): Money => ({ kind: 'money', currency: 'EUR', value, scale: 'billion', decimals: 1 });

export const trade: Trade = {
  id: 'eu-belarus-trade',
  summary: {
    en: "The EU is Belarus' second main trade partner after the Russian Federation.",
    be: 'ЕС з’яўляецца другім асноўным гандлёвым партнёрам Беларусі пасля Расійскай Федэрацыі.',
    ru: 'ЕС является вторым основным торговым партнёром Беларуси после Российской Федерации.',
  },
  partners: [
    {
      id: 'russia',
      partner: { en: 'Russian Federation', be: 'Расійская Федэрацыя', ru: 'Российская Федерация' },
      rank: 1,
      share: { kind: 'share', text: { en: 'almost half', be: 'амаль палова', ru: 'почти половина' } },
      sources: [page, dgTrade],
    },
    {
      id: 'european-union',
      partner: { en: 'European Union', be: 'Еўрапейскі Саюз', ru: 'Европейский союз' },
      rank: 2,
      share: { kind: 'share', text: { en: 'almost one third', be: 'амаль траціна', ru: 'почти треть' } },
      sources: [page, dgTrade],
    },
  ],
  flows: [
    {
      id: 'belarus-exports-to-eu',
      direction: 'belarus-to-eu',
      summary: {
        en: "Belarus' exports to the EU are dominated by mineral fuels. Other product categories — such as chemicals, agricultural products, machinery and textiles — all form a much lower share.",
        be: 'У экспарце Беларусі ў ЕС дамінуе мінеральнае паліва. Іншыя катэгорыі тавараў — такія як хімічная прадукцыя, сельскагаспадарчая прадукцыя, машыны і абсталяванне, тэкстыль — складаюць значна меншую долю.',
        ru: 'В экспорте Беларуси в ЕС доминирует минеральное топливо. Другие категории товаров — такие как химическая продукция, сельскохозяйственная продукция, машины и оборудование, текстиль — составляют значительно меньшую долю.',
      },
      main: [{ en: 'Mineral fuels', be: 'Мінеральнае паліва', ru: 'Минеральное топливо' }],
      minor: [
        { en: 'Chemicals', be: 'Хімічная прадукцыя', ru: 'Химическая продукция' },
        { en: 'Agricultural products', be: 'Сельскагаспадарчая прадукцыя', ru: 'Сельскохозяйственная продукция' },
        { en: 'Machinery', be: 'Машыны і абсталяванне', ru: 'Машины и оборудование' },
        { en: 'Textiles', be: 'Тэкстыль', ru: 'Текстиль' },
      ],
      sources: [page, dgTrade],
    },
    {
      id: 'eu-exports-to-belarus',
      direction: 'eu-to-belarus',
      summary: {
        en: 'The EU exports mainly machinery, transport equipment and chemicals to Belarus.',
        be: 'ЕС экспартуе ў Беларусь пераважна машыны і абсталяванне, транспартныя сродкі і хімічную прадукцыю.',
        ru: 'ЕС экспортирует в Беларусь преимущественно машины и оборудование, транспортные средства и химическую продукцию.',
      },
      main: [
        { en: 'Machinery', be: 'Машыны і абсталяванне', ru: 'Машины и оборудование' },
        { en: 'Transport equipment', be: 'Транспартныя сродкі', ru: 'Транспортные средства' },
        { en: 'Chemicals', be: 'Хімічная прадукцыя', ru: 'Химическая продукция' },
      ],
      sources: [page, dgTrade],
    },
  ],
  goods: [
    { year: 2015, euImports: bn(3.7), euExports: bn(5.7), euBalance: bn(2.0), sources: [dgTrade] },
    // 5.0 − 2.9 = 2.1, but DG Trade states 2.0: both are rounded, and the stated balance is kept.
    { year: 2016, euImports: bn(2.9), euExports: bn(5.0), euBalance: bn(2.0), sources: [dgTrade] },
    { year: 2017, euImports: bn(3.4), euExports: bn(6.1), euBalance: bn(2.7), sources: [dgTrade] },
  ],
  services: [
    { year: 2014, euImports: bn(1.4), euExports: bn(2.4), sources: [dgTrade] },
    { year: 2015, euImports: bn(1.3), euExports: bn(2.1), sources: [dgTrade] },
    { year: 2016, euImports: bn(1.2), euExports: bn(1.9), sources: [dgTrade] },
  ],
  investment: [{ year: 2016, inwardStocks: bn(0.4), outwardStocks: bn(2.5), sources: [dgTrade] }],
  sources: [page, dgTrade],
};
