import type { Money } from '../schema/common.js';
import type { Trade } from '../schema/trade.js';

const page = 'eeas-belarus-and-the-eu';
const dgTrade = 'dg-trade-belarus-2018';

/** DG Trade gives trade figures in EUR billion, to one decimal place. */
const bn = (value: number): Money => ({ kind: 'money', currency: 'EUR', value, scale: 'billion', decimals: 1 });

export const trade: Trade = {
  id: 'eu-belarus-trade',
  summary: {
    en: "In 2016 the EU described itself as Belarus' second main trade partner after the Russian Federation; DG Trade's page read in April 2018 gave the EU almost a one third share of Belarus' trade and Russia almost half. Eurostat put the EU's share of Belarus' goods imports at 19% in 2017 and 2018, and of its exports at 19% in 2019 and 2020. No EU-sourced figures for EU–Belarus trade in goods after 2017 were found.",
    be: 'У 2016 годзе ЕС называў сябе другім па значнасці гандлёвым партнёрам Беларусі пасля Расійскай Федэрацыі; паводле старонкі Генеральнага дырэктарата па гандлі, прачытанай у красавіку 2018 года, на ЕС прыпадала амаль траціна гандлю Беларусі, на Расію — амаль палова. Паводле Eurostat, доля ЕС у імпарце тавараў Беларуссю складала 19% у 2017 і 2018 гадах, а ў яе экспарце — 19% у 2019 і 2020 гадах. Даных ЕС пра гандаль таварамі паміж ЕС і Беларуссю пасля 2017 года не знойдзена.',
    ru: 'В 2016 году ЕС называл себя вторым по значимости торговым партнёром Беларуси после Российской Федерации; по данным страницы Генерального директората по торговле, прочитанной в апреле 2018 года, на ЕС приходилась почти треть торговли Беларуси, на Россию — почти половина. По данным Eurostat, доля ЕС в импорте товаров Беларусью составляла 19% в 2017 и 2018 годах, а в её экспорте — 19% в 2019 и 2020 годах. Данных ЕС о торговле товарами между ЕС и Беларусью после 2017 года не найдено.',
  },
  asOf: '2020',
  partners: [
    {
      id: 'russia',
      partner: { en: 'Russian Federation', be: 'Расійская Федэрацыя', ru: 'Российская Федерация' },
      rank: 1,
      share: { kind: 'share', text: { en: 'almost half', be: 'амаль палова', ru: 'почти половина' } },
      asOf: '2018-04-16',
      sources: [page, dgTrade],
      quotes: ['seed-trade-partner', 'fs-shares'],
    },
    {
      id: 'european-union',
      partner: { en: 'European Union', be: 'Еўрапейскі саюз', ru: 'Европейский союз' },
      rank: 2,
      share: { kind: 'share', text: { en: 'almost one third', be: 'амаль траціна', ru: 'почти треть' } },
      asOf: '2018-04-16',
      sources: [page, dgTrade],
      quotes: ['seed-trade-partner', 'fs-shares'],
    },
  ],
  shares: [
    {
      id: 'eu-share-of-belarus-imports-2017',
      label: {
        en: "The EU's share of goods imported into Belarus, 2017 (Eurostat)",
        be: 'Доля ЕС у тавараў, імпартаваных у Беларусь, 2017 год (Eurostat)',
        ru: 'Доля ЕС в товаров, импортированных в Беларусь, 2017 год (Eurostat)',
      },
      quantity: { kind: 'percent', value: 19 },
      coverage: 'belarus',
      asOf: '2017',
      sources: ['eurostat-enp-east-2018'],
      quotes: ['eurostat-2017-imports'],
    },
    {
      id: 'eu-share-of-belarus-imports-2018',
      label: {
        en: "The EU's share of goods imported into Belarus, 2018 (Eurostat)",
        be: 'Доля ЕС у тавараў, імпартаваных у Беларусь, 2018 год (Eurostat)',
        ru: 'Доля ЕС в товаров, импортированных в Беларусь, 2018 год (Eurostat)',
      },
      quantity: { kind: 'percent', value: 19 },
      coverage: 'belarus',
      asOf: '2018',
      sources: ['eurostat-enp-east-2020-01'],
      quotes: ['eurostat-2018-imports'],
    },
    {
      id: 'eu-share-of-belarus-exports-2019',
      label: {
        en: "The EU's share of Belarus' exports, 2019 (Eurostat)",
        be: 'Доля ЕС у экспарту Беларусі, 2019 год (Eurostat)',
        ru: 'Доля ЕС в экспорта Беларуси, 2019 год (Eurostat)',
      },
      quantity: { kind: 'percent', value: 19 },
      coverage: 'belarus',
      asOf: '2019',
      sources: ['eurostat-enp-east-2021-04'],
      quotes: ['eurostat-2019-exports'],
    },
    {
      id: 'eu-share-of-belarus-exports-2020',
      label: {
        en: "The EU's share of Belarus' exports, 2020 (Eurostat)",
        be: 'Доля ЕС у экспарту Беларусі, 2020 год (Eurostat)',
        ru: 'Доля ЕС в экспорта Беларуси, 2020 год (Eurostat)',
      },
      quantity: { kind: 'percent', value: 19 },
      coverage: 'belarus',
      asOf: '2020',
      sources: ['eurostat-enp-east-2022-01'],
      quotes: ['eurostat-2020-exports'],
    },
  ],
  flows: [
    {
      id: 'belarus-exports-to-eu',
      direction: 'belarus-to-eu',
      summary: {
        en: "As the EU reported in 2016 and DG Trade in April 2018, Belarus' exports to the EU were dominated by mineral fuels. Other product categories — such as chemicals, agricultural products, machinery and textiles — all formed a much lower share.",
        be: 'Як паведамляў ЕС у 2016 годзе і Генеральны дырэктарат па гандлі ў красавіку 2018 года, у экспарце Беларусі ў ЕС дамінавала мінеральнае паліва. Іншыя катэгорыі тавараў — такія як хімічная прадукцыя, сельскагаспадарчая прадукцыя, машыны і абсталяванне, тэкстыль — складалі значна меншую долю.',
        ru: 'Как сообщал ЕС в 2016 году и Генеральный директорат по торговле в апреле 2018 года, в экспорте Беларуси в ЕС доминировало минеральное топливо. Другие категории товаров — такие как химическая продукция, сельскохозяйственная продукция, машины и оборудование, текстиль — составляли значительно меньшую долю.',
      },
      main: [{ en: 'Mineral fuels', be: 'Мінеральнае паліва', ru: 'Минеральное топливо' }],
      minor: [
        { en: 'Chemicals', be: 'Хімічная прадукцыя', ru: 'Химическая продукция' },
        { en: 'Agricultural products', be: 'Сельскагаспадарчая прадукцыя', ru: 'Сельскохозяйственная продукция' },
        { en: 'Machinery', be: 'Машыны і абсталяванне', ru: 'Машины и оборудование' },
        { en: 'Textiles', be: 'Тэкстыль', ru: 'Текстиль' },
      ],
      asOf: '2018-04-16',
      sources: [page, dgTrade],
      quotes: ['seed-exports-to-eu', 'fs-flows'],
    },
    {
      id: 'eu-exports-to-belarus',
      direction: 'eu-to-belarus',
      summary: {
        en: 'As the EU reported in 2016 and DG Trade in April 2018, the EU exported mainly machinery, transport equipment and chemicals to Belarus.',
        be: 'Як паведамляў ЕС у 2016 годзе і Генеральны дырэктарат па гандлі ў красавіку 2018 года, ЕС экспартаваў у Беларусь пераважна машыны і абсталяванне, транспартныя сродкі і хімічную прадукцыю.',
        ru: 'Как сообщал ЕС в 2016 году и Генеральный директорат по торговле в апреле 2018 года, ЕС экспортировал в Беларусь преимущественно машины и оборудование, транспортные средства и химическую продукцию.',
      },
      main: [
        { en: 'Machinery', be: 'Машыны і абсталяванне', ru: 'Машины и оборудование' },
        { en: 'Transport equipment', be: 'Транспартныя сродкі', ru: 'Транспортные средства' },
        { en: 'Chemicals', be: 'Хімічная прадукцыя', ru: 'Химическая продукция' },
      ],
      asOf: '2018-04-16',
      sources: [page, dgTrade],
      quotes: ['seed-exports-to-belarus', 'fs-flows'],
    },
  ],
  goods: [
    {
      year: 2015,
      euImports: bn(3.7),
      euExports: bn(5.7),
      euBalance: bn(2.0),
      sources: [dgTrade],
      quotes: ['fs-goods-2015'],
    },
    // 5.0 − 2.9 = 2.1, but DG Trade states 2.0: both are rounded, and the stated balance is kept.
    {
      year: 2016,
      euImports: bn(2.9),
      euExports: bn(5.0),
      euBalance: bn(2.0),
      sources: [dgTrade],
      quotes: ['fs-goods-2016'],
    },
    {
      year: 2017,
      euImports: bn(3.4),
      euExports: bn(6.1),
      euBalance: bn(2.7),
      sources: [dgTrade],
      quotes: ['fs-goods-2017'],
    },
  ],
  services: [
    { year: 2014, euImports: bn(1.4), euExports: bn(2.4), sources: [dgTrade], quotes: ['fs-services'] },
    { year: 2015, euImports: bn(1.3), euExports: bn(2.1), sources: [dgTrade], quotes: ['fs-services'] },
    { year: 2016, euImports: bn(1.2), euExports: bn(1.9), sources: [dgTrade], quotes: ['fs-services'] },
  ],
  investment: [{ year: 2016, inwardStocks: bn(0.4), outwardStocks: bn(2.5), sources: [dgTrade], quotes: ['fs-fdi'] }],
  gaps: [
    {
      id: 'no-goods-figures-after-2017',
      about: 'goods',
      after: 2017,
      text: {
        en: 'No EU-sourced figures for trade in goods between the EU and Belarus after 2017 were found; the latest, for 2017, come from DG Trade’s page as read in April 2018. Eurostat’s shares of the EU in Belarus’ trade run to 2020.',
        be: 'Даных ЕС пра гандаль таварамі паміж ЕС і Беларуссю пасля 2017 года не знойдзена; апошнія, за 2017 год, узятыя са старонкі Генеральнага дырэктарата па гандлі, прачытанай у красавіку 2018 года. Долі ЕС у гандлі Беларусі паводле Eurostat даступныя да 2020 года.',
        ru: 'Данных ЕС о торговле товарами между ЕС и Беларусью после 2017 года не найдено; последние, за 2017 год, взяты со страницы Генерального директората по торговле, прочитанной в апреле 2018 года. Доли ЕС в торговле Беларуси по данным Eurostat доступны до 2020 года.',
      },
    },
  ],
  sources: [
    page,
    dgTrade,
    'eurostat-enp-east-2018',
    'eurostat-enp-east-2020-01',
    'eurostat-enp-east-2021-04',
    'eurostat-enp-east-2022-01',
  ],
  quotes: ['seed-trade-partner', 'fs-shares', 'eurostat-2017-imports', 'eurostat-2020-exports'],
};
