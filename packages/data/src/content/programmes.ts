import type { Programme } from '../schema/programme.js';

const page = 'eeas-belarus-and-the-eu';
const facts = 'eu-programme-facts';

export const programmes: Programme[] = [
  {
    id: 'erasmus-plus',
    name: { en: 'Erasmus+', be: 'Erasmus+', ru: 'Erasmus+' },
    category: 'education',
    scope: 'eu-wide',
    period: { start: '2014', end: '2020' },
    summary: {
      en: 'Higher education and vocational training are an important sphere of regional cooperation, implemented mostly via Erasmus+.',
      be: 'Вышэйшая адукацыя і прафесійнае навучанне — важная сфера рэгіянальнага супрацоўніцтва, якая ажыццяўляецца пераважна праз Erasmus+.',
      ru: 'Высшее образование и профессиональное обучение — важная сфера регионального сотрудничества, которая осуществляется преимущественно через Erasmus+.',
    },
    figures: [
      {
        id: 'erasmus-plus-budget',
        label: {
          en: 'Total budget, 2014–2020',
          be: 'Агульны бюджэт, 2014–2020 гады',
          ru: 'Общий бюджет, 2014–2020 годы',
        },
        quantity: { kind: 'money', currency: 'EUR', value: 14.7, scale: 'billion' },
        sources: ['eeas-eu-projects-2017'],
      },
      {
        id: 'erasmus-plus-belarus-to-eu',
        label: {
          en: 'Belarusian students and staff who went to the EU, 2015–2017',
          be: 'Беларускія студэнты і супрацоўнікі, якія паехалі ў ЕС, 2015–2017 гады',
          ru: 'Белорусские студенты и сотрудники, выехавшие в ЕС, 2015–2017 годы',
        },
        quantity: { kind: 'count', value: 1000 },
        asOf: '2017',
        sources: ['eeas-eu-projects-2017'],
      },
      {
        id: 'erasmus-plus-eu-to-belarus',
        label: {
          en: 'Europeans who went to Belarus, 2015–2017',
          be: 'Еўрапейцы, якія паехалі ў Беларусь, 2015–2017 гады',
          ru: 'Европейцы, выехавшие в Беларусь, 2015–2017 годы',
        },
        quantity: { kind: 'count', value: 420 },
        asOf: '2017',
        sources: ['eeas-eu-projects-2017'],
      },
    ],
    sources: [page, 'eeas-eu-projects-2017'],
  },
  {
    id: 'horizon-2020',
    name: { en: 'Horizon 2020', be: 'Гарызонт 2020', ru: '«Горизонт 2020»' },
    category: 'research',
    scope: 'eu-wide',
    period: { start: '2014', end: '2020' },
    summary: {
      en: 'The largest EU Research and Innovation programme is open for the Belarusian academic community; Belarus took part as a non-associated country.',
      be: 'Найбуйнейшая праграма ЕС у галіне даследаванняў і інавацый адкрыта для беларускай акадэмічнай супольнасці; Беларусь удзельнічала ў ёй як неасацыяваная краіна.',
      ru: 'Крупнейшая программа ЕС в области исследований и инноваций открыта для белорусского академического сообщества; Беларусь участвовала в ней как неассоциированная страна.',
    },
    figures: [
      {
        id: 'horizon-2020-budget',
        label: {
          en: 'Total budget, 2014–2020',
          be: 'Агульны бюджэт, 2014–2020 гады',
          ru: 'Общий бюджет, 2014–2020 годы',
        },
        quantity: { kind: 'money', currency: 'EUR', value: 80, scale: 'billion', qualifier: 'nearly' },
        sources: ['commission-horizon-2020-2014'],
      },
      {
        id: 'horizon-2020-belarus-projects',
        label: {
          en: 'Projects with Belarusian participants',
          be: 'Праекты з беларускімі ўдзельнікамі',
          ru: 'Проекты с белорусскими участниками',
        },
        quantity: { kind: 'count', value: 39 },
        asOf: '2018-12',
        sources: ['eap-plus-2018'],
      },
      {
        id: 'horizon-2020-belarus-contribution',
        label: {
          en: 'EU contribution to those projects',
          be: 'Уклад ЕС у гэтыя праекты',
          ru: 'Вклад ЕС в эти проекты',
        },
        quantity: { kind: 'money', currency: 'EUR', value: 6.5, scale: 'million', qualifier: 'over' },
        asOf: '2018-12',
        sources: ['eap-plus-2018'],
      },
    ],
    sources: [page, 'commission-horizon-2020-2014', 'eap-plus-2018'],
  },
  {
    id: 'taiex',
    name: {
      en: 'Technical Assistance and Information Exchange Instrument',
      be: 'Інструмент тэхнічнай дапамогі і абмену інфармацыяй',
      ru: 'Инструмент технической помощи и обмена информацией',
    },
    acronym: 'TAIEX',
    category: 'technical-assistance',
    scope: 'eu-wide',
    period: { start: '2006-01-23' },
    summary: {
      en: 'TAIEX is always open for Belarusian public administration agencies interested in studying the best European practices in a wide range of fields. It was extended to the neighbourhood countries, Belarus included, by Council Decision 2006/62/EC.',
      be: 'TAIEX заўсёды адкрыты для беларускіх органаў дзяржаўнага кіравання, зацікаўленых у вывучэнні лепшых еўрапейскіх практык у шырокім коле сфер. Дзеянне інструмента было пашырана на краіны-суседзі, уключаючы Беларусь, Рашэннем Савета 2006/62/EC.',
      ru: 'TAIEX всегда открыт для белорусских органов государственного управления, заинтересованных в изучении лучших европейских практик в широком круге областей. Действие инструмента было распространено на страны-соседи, включая Беларусь, Решением Совета 2006/62/EC.',
    },
    managedBy: ['DG NEAR'],
    figures: [],
    sources: [page, 'council-decision-2006-62-ec'],
  },
  {
    id: 'socieux',
    name: {
      en: 'Social Protection EU Expertise in Development Cooperation',
      be: 'Экспертыза ЕС у сферы сацыяльнай абароны для супрацоўніцтва ў мэтах развіцця',
      ru: 'Экспертиза ЕС в сфере социальной защиты для сотрудничества в целях развития',
    },
    acronym: 'SOCIEUX',
    category: 'social-protection',
    scope: 'eu-wide',
    period: { start: '2013', end: '2016' },
    summary: {
      en: 'SOCIEUX is open for Belarus. Its first period ran from 2013 to 2016; it was followed by SOCIEUX+, which added labour and employment.',
      be: 'SOCIEUX адкрыты для Беларусі. Яго першы перыяд доўжыўся з 2013 па 2016 год; за ім рушыў SOCIEUX+, які дадаў сферы працы і занятасці.',
      ru: 'SOCIEUX открыт для Беларуси. Его первый период длился с 2013 по 2016 год; за ним последовал SOCIEUX+, который добавил сферы труда и занятости.',
    },
    figures: [],
    sources: [page, facts],
  },
  {
    id: 'most',
    name: {
      en: 'Mobility Scheme for Targeted People-to-People-Contacts',
      be: 'Схема мабільнасці для мэтавых кантактаў паміж людзьмі',
      ru: 'Схема мобильности для целевых контактов между людьми',
    },
    acronym: 'MOST',
    category: 'mobility',
    scope: 'bilateral',
    period: { start: '2014-12-17', end: '2020-12-16' },
    summary: {
      en: 'A mobility programme for young professionals and a practical example of bilateral cooperation to foster people-to-people ties.',
      be: 'Праграма мабільнасці для маладых спецыялістаў і практычны прыклад двухбаковага супрацоўніцтва для развіцця кантактаў паміж людзьмі.',
      ru: 'Программа мобильности для молодых специалистов и практический пример двустороннего сотрудничества для развития контактов между людьми.',
    },
    managedBy: ['Goethe-Institut', 'British Council'],
    figures: [
      {
        id: 'most-eu-contribution',
        label: { en: 'EU contribution', be: 'Уклад ЕС', ru: 'Вклад ЕС' },
        quantity: { kind: 'money', currency: 'EUR', value: 9295000, scale: 'one' },
        sources: [facts],
      },
      {
        id: 'most-participants',
        label: { en: 'Participants', be: 'Удзельнікі', ru: 'Участники' },
        quantity: { kind: 'count', value: 2200, qualifier: 'about' },
        asOf: '2018-01',
        sources: [facts],
      },
    ],
    url: 'https://most-belarus.eu',
    sources: [page, facts, 'most-programme-site'],
  },
  {
    id: 'poland-belarus-ukraine-cbc',
    name: {
      en: 'Poland–Belarus–Ukraine Cross-border Cooperation Programme 2014–2020',
      be: 'Праграма трансгранічнага супрацоўніцтва Польшча–Беларусь–Украіна 2014–2020',
      ru: 'Программа трансграничного сотрудничества Польша–Беларусь–Украина 2014–2020',
    },
    category: 'cross-border',
    scope: 'cross-border',
    period: { start: '2014', end: '2020' },
    summary: {
      en: 'A programme of cross-border cooperation that is important for regional cooperation at local level. Adopted on 17 December 2015 by decision C(2015) 9138.',
      be: 'Праграма трансгранічнага супрацоўніцтва, важная для рэгіянальнага супрацоўніцтва на мясцовым узроўні. Прынята 17 снежня 2015 года рашэннем C(2015) 9138.',
      ru: 'Программа трансграничного сотрудничества, важная для регионального сотрудничества на местном уровне. Принята 17 декабря 2015 года решением C(2015) 9138.',
    },
    figures: [],
    url: 'https://pbu2020.eu',
    sources: [page, 'pbu-programme-site'],
  },
  {
    id: 'latvia-lithuania-belarus-cbc',
    name: {
      en: 'Latvia–Lithuania–Belarus Cross-border Cooperation Programme 2014–2020',
      be: 'Праграма трансгранічнага супрацоўніцтва Латвія–Літва–Беларусь 2014–2020',
      ru: 'Программа трансграничного сотрудничества Латвия–Литва–Беларусь 2014–2020',
    },
    category: 'cross-border',
    scope: 'cross-border',
    period: { start: '2014', end: '2020' },
    summary: {
      en: 'A programme of cross-border cooperation that is important for regional cooperation at local level. Approved on 17 December 2015, with 90% EU co-financing.',
      be: 'Праграма трансгранічнага супрацоўніцтва, важная для рэгіянальнага супрацоўніцтва на мясцовым узроўні. Зацверджана 17 снежня 2015 года з 90% сафінансаваннем ЕС.',
      ru: 'Программа трансграничного сотрудничества, важная для регионального сотрудничества на местном уровне. Утверждена 17 декабря 2015 года с 90% софинансированием ЕС.',
    },
    figures: [
      {
        id: 'llb-budget',
        label: { en: 'Total budget', be: 'Агульны бюджэт', ru: 'Общий бюджет' },
        quantity: { kind: 'money', currency: 'EUR', value: 81.4, scale: 'million' },
        sources: ['lt-interior-ministry-2015'],
      },
      {
        id: 'llb-eu-funds',
        label: { en: 'Of which EU funds', be: 'З іх сродкі ЕС', ru: 'Из них средства ЕС' },
        quantity: { kind: 'money', currency: 'EUR', value: 74, scale: 'million' },
        sources: ['lt-interior-ministry-2015'],
      },
      {
        id: 'llb-co-financing',
        label: { en: 'EU co-financing rate', be: 'Доля сафінансавання ЕС', ru: 'Доля софинансирования ЕС' },
        quantity: { kind: 'percent', value: 90 },
        sources: ['lt-interior-ministry-2015'],
      },
      {
        id: 'llb-grant-size',
        label: { en: 'Grant per project', be: 'Грант на праект', ru: 'Грант на проект' },
        quantity: { kind: 'money', currency: 'EUR', value: 100000, scale: 'one' },
        upTo: { kind: 'money', currency: 'EUR', value: 1.5, scale: 'million' },
        sources: ['lt-interior-ministry-2015'],
      },
    ],
    url: 'https://eni-cbc.eu/llb',
    sources: [page, 'lt-interior-ministry-2015', 'llb-programme-site'],
  },
  {
    id: 'regional-projects',
    name: { en: 'EU regional projects', be: 'Рэгіянальныя праекты ЕС', ru: 'Региональные проекты ЕС' },
    category: 'regional',
    scope: 'regional',
    summary: {
      en: 'Belarus participates in several regional projects funded by the EU, primarily in the fields of border management, environment, energy and transport.',
      be: 'Беларусь удзельнічае ў некалькіх рэгіянальных праектах, якія фінансуе ЕС, перш за ўсё ў сферах кіравання мяжой, навакольнага асяроддзя, энергетыкі і транспарту.',
      ru: 'Беларусь участвует в нескольких региональных проектах, финансируемых ЕС, прежде всего в сферах пограничного управления, окружающей среды, энергетики и транспорта.',
    },
    fields: [
      { en: 'Border management', be: 'Кіраванне мяжой', ru: 'Пограничное управление' },
      { en: 'Environment', be: 'Навакольнае асяроддзе', ru: 'Окружающая среда' },
      { en: 'Energy', be: 'Энергетыка', ru: 'Энергетика' },
      { en: 'Transport', be: 'Транспарт', ru: 'Транспорт' },
    ],
    figures: [
      {
        id: 'regional-projects-funding-2007-2013',
        label: {
          en: 'EU funding for Belarus, 2007–2013',
          be: 'Фінансаванне ЕС для Беларусі, 2007–2013 гады',
          ru: 'Финансирование ЕС для Беларуси, 2007–2013 годы',
        },
        quantity: { kind: 'money', currency: 'EUR', value: 53, scale: 'million', qualifier: 'nearly' },
        sources: ['eeas-regional-projects-archive'],
      },
    ],
    sources: [page, 'eeas-regional-projects-archive'],
  },
];
