import { act, said, type AuthoredSectoral } from './author.js';

/** Economic and sectoral measures, and trade measures outside the regime. */
export const sectoral: AuthoredSectoral[] = [
  {
    id: 'rm-airspace-2021-06-04',
    date: '2021-06-04',
    areas: ['airspace'],
    instrument: 'sanctions',
    reason: 'ryanair',
    title: {
      en: 'Belarusian carriers banned from EU airspace and EU airports',
      be: 'Беларускім перавозчыкам забаронены пралёт над ЕС і доступ у аэрапорты ЕС',
      ru: 'Белорусским перевозчикам запрещены пролёт над ЕС и доступ в аэропорты ЕС',
    },
    said: [
      said(
        'urdupoint-2021-06-04',
        'introducing a ban on the overflight of EU airspace and on access to EU airports by Belarusian carriers of all kinds.',
      ),
      said(
        'eubusiness-2021-06-21',
        'Consequently, on 4 June the Council decided to introduce a ban on the overflight of EU airspace and on access to EU airports by Belarusian carriers of all kinds.',
      ),
    ],
  },
  {
    id: 'rm-economic-2021-06-24',
    date: '2021-06-24',
    areas: ['potash-petroleum', 'finance'],
    instrument: 'sanctions',
    title: {
      en: 'First economic sanctions: petroleum products, potash, tobacco inputs and access to EU capital markets',
      be: 'Першыя эканамічныя санкцыі: нафтапрадукты, калійныя ўгнаенні, сыравіна для тытунёвай прамысловасці і доступ на рынкі капіталу ЕС',
      ru: 'Первые экономические санкции: нефтепродукты, калийные удобрения, сырьё для табачной промышленности и доступ на рынки капитала ЕС',
    },
    said: [
      said(
        'belsat-2021-06-24',
        'Trade in petroleum products, potassium chloride (‘potash’), and goods used for the production or manufacturing of tobacco products is restricted.',
      ),
      said(
        'eur-lex-2022-212',
        'On 24 June 2021, the Council adopted Decision (CFSP) 2021/1031 (3), which introduced further targeted economic restrictive measures',
      ),
    ],
    acts: [act('decision', 'CFSP', '2021/1031', 'eur-lex-2022-212')],
  },
  {
    id: 'rm-trade-2022-03-02',
    date: '2022-03-02',
    areas: ['potash-petroleum', 'trade-dual-use'],
    instrument: 'sanctions',
    reason: 'russia-war',
    title: {
      en: 'Trade restrictions extended (mineral fuels, potash, wood, cement, iron and steel, rubber) and exports of dual-use goods banned',
      be: 'Гандлёвыя абмежаванні пашыраны (мінеральнае паліва, калійныя ўгнаенні, драўніна, цэмент, чорныя металы, гума); экспарт тавараў падвойнага прызначэння забаронены',
      ru: 'Торговые ограничения расширены (минеральное топливо, калийные удобрения, древесина, цемент, чёрные металлы, резина); экспорт товаров двойного назначения запрещён',
    },
    said: [
      said(
        'sofiaglobe-2022-03-02',
        'further restrictions in the trade of goods used for the production or manufacturing of tobacco products, mineral fuels, bituminous substances and gaseous hydrocarbon products, potassium chloride (“potash”) products, wood products',
      ),
    ],
    acts: [act('decision', 'CFSP', '2022/356', 'eur-lex-2022-356')],
  },
  {
    id: 'rm-finance-2022-03-09',
    date: '2022-03-09',
    areas: ['finance'],
    instrument: 'sanctions',
    reason: 'russia-war',
    title: {
      en: 'SWIFT ban on three Belarusian banks, transactions with the central bank banned, deposits and euro banknotes restricted',
      be: 'Адключэнне трох беларускіх банкаў ад SWIFT, забарона аперацый з Нацыянальным банкам, абмежаванні на дэпазіты і пастаўкі наяўных еўра',
      ru: 'Отключение трёх белорусских банков от SWIFT, запрет операций с Национальным банком, ограничения на депозиты и поставки наличных евро',
    },
    said: [
      said(
        'worldecr-2022-03-09',
        'Restrict the provision of specialised financial messaging services (SWIFT) to Belagroprombank, Bank Dabrabyt, and the Development Bank of the Republic of Belarus',
      ),
    ],
  },
  {
    id: 'rm-road-transport-2022-04-09',
    date: '2022-04-09',
    areas: ['road-transport'],
    instrument: 'sanctions',
    reason: 'russia-war',
    title: {
      en: 'Road transport undertakings established in Belarus barred from carrying goods in the EU, including in transit',
      be: 'Аўтатранспартным прадпрыемствам, зарэгістраваным у Беларусі, забаронена перавозіць грузы па тэрыторыі ЕС, у тым ліку транзітам',
      ru: 'Автотранспортным предприятиям, зарегистрированным в Беларуси, запрещено перевозить грузы по территории ЕС, в том числе транзитом',
    },
    said: [
      said(
        'kse-road-transport-2022',
        'The prohibition shall not apply until 16 April 2022 to the transport of goods that started before 9 April 2022',
      ),
    ],
  },
  {
    id: 'rm-finance-2022-06-03',
    date: '2022-06-03',
    areas: ['finance'],
    instrument: 'sanctions',
    reason: 'russia-war',
    title: {
      en: 'SWIFT ban extended to the Belarusian Bank for Development and Reconstruction',
      be: 'Адключэнне ад SWIFT пашырана на Беларускі банк развіцця і рэканструкцыі',
      ru: 'Отключение от SWIFT распространено на Белорусский банк развития и реконструкции',
    },
    said: [
      said(
        'retailbanker-2022-06',
        'Other than Sberbank, Credit Bank of Moscow, Russian Agricultural Bank and Belarusian Bank For Development And Reconstruction have been targeted.',
      ),
    ],
  },
  {
    id: 'rm-trade-2023-08-03',
    date: '2023-08-03',
    areas: ['trade-dual-use'],
    instrument: 'sanctions',
    reason: 'russia-war',
    title: {
      en: 'Export bans extended to firearms and ammunition, and to aviation and space goods',
      be: 'Забароны на экспарт пашыраны на агнястрэльную зброю і боепрыпасы, а таксама на авіяцыйныя і касмічныя тавары',
      ru: 'Запреты на экспорт распространены на огнестрельное оружие и боеприпасы, а также на авиационные и космические товары',
    },
    said: [
      said('council-2023-08-03-republished', 'It also extended export bans to firearms, aviation and space industry.'),
    ],
  },
  {
    id: 'rm-alignment-2024-06-29',
    date: '2024-06-29',
    areas: ['russia-alignment', 'trade-dual-use'],
    instrument: 'sanctions',
    reason: 'russia-war',
    title: {
      en: 'Belarus sanctions aligned with those on Russia: wider export bans and import bans on gold, diamonds, helium, coal and mineral products',
      be: 'Санкцыі супраць Беларусі прыведзены ў адпаведнасць з расійскімі: шырэйшыя забароны экспарту і забароны імпарту золата, алмазаў, гелію, вугалю і мінеральных прадуктаў',
      ru: 'Санкции против Беларуси приведены в соответствие с российскими: более широкие запреты экспорта и запреты импорта золота, алмазов, гелия, угля и минеральных продуктов',
    },
    said: [
      said(
        'willkie-2024-06-29',
        'The measures were approved by the Council on June 29, 2024 with the adoption of Council Decision (CFSP) 2024/1864 and Council Regulation (EU) 2024/1865.',
      ),
      said(
        'european-pravda-2024-06-29',
        'it will be prohibited to directly or indirectly import, purchase, or transfer gold and diamonds, as well as helium, coal, and mineral products, including crude oil, from Belarus',
      ),
      said('reuters-2024-06-26', 'With this package, we just closed the biggest loophole of our sanctions regime'),
    ],
    acts: [
      act('decision', 'CFSP', '2024/1864', 'willkie-2024-06-29'),
      act('regulation', 'EU', '2024/1865', 'willkie-2024-06-29'),
    ],
  },
  {
    id: 'rm-tariffs-2025-03',
    date: '2025-03',
    areas: ['tariffs'],
    instrument: 'trade-regulation',
    title: {
      en: 'The Council agrees its position on tariffs on the remaining agricultural products and certain fertilisers from Russia and Belarus',
      be: 'Савет узгадняе сваю пазіцыю па пошлінах на астатнюю сельскагаспадарчую прадукцыю і некаторыя ўгнаенні з Расіі і Беларусі',
      ru: 'Совет согласует свою позицию по пошлинам на оставшуюся сельскохозяйственную продукцию и некоторые удобрения из России и Беларуси',
    },
    said: [
      said(
        'council-2025-03-tariffs-republished',
        'The Council has adopted its position, in view of negotiations with the European Parliament, on a regulation that will impose tariffs on the remaining agricultural products from Russia and Belarus',
      ),
    ],
  },
  {
    id: 'rm-tariffs-2025-06-12',
    date: '2025-06-12',
    areas: ['tariffs'],
    instrument: 'trade-regulation',
    title: {
      en: 'Tariffs on the remaining agricultural products and certain fertilisers from Russia and Belarus adopted, applying from 1 July 2025',
      be: 'Прыняты пошліны на астатнюю сельскагаспадарчую прадукцыю і некаторыя ўгнаенні з Расіі і Беларусі; дзейнічаюць з 1 ліпеня 2025 года',
      ru: 'Приняты пошлины на оставшуюся сельскохозяйственную продукцию и некоторые удобрения из России и Беларуси; действуют с 1 июля 2025 года',
    },
    said: [
      said(
        'sofiaglobe-2025-06-12',
        'European Union ministers have adopted a regulation, to take effect on July 1, that imposes new tariffs on the remaining agricultural products and certain fertilisers from Russia and Belarus',
      ),
    ],
  },
];
