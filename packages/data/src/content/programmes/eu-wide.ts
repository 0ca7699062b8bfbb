import type { Programme } from '../../schema/programme.js';

const page = 'eeas-belarus-and-the-eu';

/** EU-wide programmes and instruments Belarus took part in or was open to, each with its status for Belarus. */
export const euWideProgrammes: Programme[] = [
  {
    id: 'erasmus-plus',
    name: { en: 'Erasmus+', be: 'Erasmus+', ru: 'Erasmus+' },
    category: 'education',
    scope: 'eu-wide',
    summary: {
      en: 'In 2016 the EU described higher education and vocational training as an important sphere of regional cooperation with Belarus, implemented mostly via Erasmus+. In December 2017 it reported that Belarus took part in Erasmus+; no later report on Belarus in the programme was found.',
      be: 'У 2016 годзе ЕС называў вышэйшую адукацыю і прафесійнае навучанне важнай сферай рэгіянальнага супрацоўніцтва з Беларуссю, якая ажыццяўлялася пераважна праз Erasmus+. У снежні 2017 года ЕС паведаміў, што Беларусь удзельнічае ў Erasmus+; пазнейшых паведамленняў пра ўдзел Беларусі ў праграме не знойдзена.',
      ru: 'В 2016 году ЕС называл высшее образование и профессиональное обучение важной сферой регионального сотрудничества с Беларусью, которая осуществлялась преимущественно через Erasmus+. В декабре 2017 года ЕС сообщил, что Беларусь участвует в Erasmus+; более поздних сообщений об участии Беларуси в программе не найдено.',
    },
    asOf: '2017-12-04',
    history: [
      { status: 'open', asOf: '2016', sources: [page], quotes: ['seed-erasmus'] },
      {
        status: 'unknown',
        asOf: '2017-12-04',
        note: {
          en: 'Last reported taking part in December 2017; no later source on Belarus in Erasmus+ was found.',
          be: 'Апошняе паведамленне пра ўдзел — снежань 2017 года; пазнейшых крыніц пра Беларусь у Erasmus+ не знойдзена.',
          ru: 'Последнее сообщение об участии — декабрь 2017 года; более поздних источников о Беларуси в Erasmus+ не найдено.',
        },
        sources: ['eeas-eu-projects-2017'],
        quotes: ['eeas-2017-erasmus'],
      },
    ],
    figures: [
      {
        id: 'erasmus-plus-belarus-to-eu',
        label: {
          en: 'Erasmus+: students and academic staff from Belarus who studied or taught in the EU, 2015–2017',
          be: 'Erasmus+: студэнты і выкладчыкі з Беларусі, якія вучыліся або выкладалі ў ЕС, 2015–2017 гады',
          ru: 'Erasmus+: студенты и преподаватели из Беларуси, которые учились или преподавали в ЕС, 2015–2017 годы',
        },
        quantity: { kind: 'count', value: 1000 },
        coverage: 'belarus',
        asOf: '2017-12-04',
        sources: ['eeas-eu-projects-2017'],
        quotes: ['eeas-2017-erasmus'],
      },
      {
        id: 'erasmus-plus-eu-to-belarus',
        label: {
          en: 'Erasmus+: Europeans who studied or taught in Belarus, 2015–2017',
          be: 'Erasmus+: еўрапейцы, якія вучыліся або выкладалі ў Беларусі, 2015–2017 гады',
          ru: 'Erasmus+: европейцы, которые учились или преподавали в Беларуси, 2015–2017 годы',
        },
        quantity: { kind: 'count', value: 420 },
        coverage: 'belarus',
        asOf: '2017-12-04',
        sources: ['eeas-eu-projects-2017'],
        quotes: ['eeas-2017-erasmus'],
      },
    ],
    sources: [page, 'eeas-eu-projects-2017'],
  },
  {
    id: 'horizon-2020',
    name: { en: 'Horizon 2020', be: '«Гарызонт 2020»', ru: '«Горизонт 2020»' },
    category: 'research',
    scope: 'eu-wide',
    period: { start: '2014', end: '2020' },
    summary: {
      en: 'In 2016 the EU described Horizon 2020, its largest research and innovation programme, as open for the Belarusian academic community. Belarus took part as a non-associated country. The programme ran from 2014 to 2020; no source on Belarus in its successor was found.',
      be: 'У 2016 годзе ЕС называў «Гарызонт 2020», сваю найбуйнейшую праграму даследаванняў і інавацый, адкрытай для беларускай акадэмічнай супольнасці. Беларусь удзельнічала ў ёй як неасацыяваная краіна. Праграма дзейнічала з 2014 па 2020 год; крыніц пра ўдзел Беларусі ў праграме-пераемніцы не знойдзена.',
      ru: 'В 2016 году ЕС называл «Горизонт 2020», свою крупнейшую программу исследований и инноваций, открытой для белорусского академического сообщества. Беларусь участвовала в ней как неассоциированная страна. Программа действовала с 2014 по 2020 год; источников об участии Беларуси в программе-преемнице не найдено.',
    },
    asOf: '2018-12',
    history: [
      { status: 'open', asOf: '2016', sources: [page], quotes: ['seed-horizon-socieux'] },
      {
        status: 'unknown',
        asOf: '2018-12',
        note: {
          en: 'Last reported taking part in December 2018; no later source on Belarus in EU research programmes was found.',
          be: 'Апошняе паведамленне пра ўдзел — снежань 2018 года; пазнейшых крыніц пра Беларусь у даследчых праграмах ЕС не знойдзена.',
          ru: 'Последнее сообщение об участии — декабрь 2018 года; более поздних источников о Беларуси в исследовательских программах ЕС не найдено.',
        },
        sources: ['eap-plus-coordination-group-2018'],
        quotes: ['eap-plus-2018-horizon'],
      },
    ],
    figures: [
      {
        id: 'horizon-2020-belarus-projects',
        label: {
          en: 'Horizon 2020: projects with Belarusian participants retained for funding, by December 2018',
          be: '«Гарызонт 2020»: праекты з беларускімі ўдзельнікамі, адабраныя для фінансавання, да снежня 2018 года',
          ru: '«Горизонт 2020»: проекты с белорусскими участниками, отобранные для финансирования, к декабрю 2018 года',
        },
        quantity: { kind: 'count', value: 39 },
        coverage: 'belarus',
        asOf: '2018-12',
        sources: ['eap-plus-coordination-group-2018'],
        quotes: ['eap-plus-2018-horizon'],
      },
      {
        id: 'horizon-2020-belarus-contribution',
        label: {
          en: 'Horizon 2020: contribution of the European Commission to Belarusian participants, by December 2018',
          be: '«Гарызонт 2020»: уклад Еўрапейскай камісіі для беларускіх удзельнікаў, да снежня 2018 года',
          ru: '«Горизонт 2020»: вклад Европейской комиссии для белорусских участников, к декабрю 2018 года',
        },
        quantity: { kind: 'money', currency: 'EUR', value: 6.5, scale: 'million', qualifier: 'over' },
        coverage: 'belarus',
        asOf: '2018-12',
        sources: ['eap-plus-coordination-group-2018'],
        quotes: ['eap-plus-2018-horizon'],
      },
      {
        id: 'horizon-2020-budget',
        label: {
          en: 'Horizon 2020: EU-wide budget for all countries, 2014–2020',
          be: '«Гарызонт 2020»: агульны бюджэт праграмы для ўсіх краін, 2014–2020 гады',
          ru: '«Горизонт 2020»: общий бюджет программы для всех стран, 2014–2020 годы',
        },
        quantity: { kind: 'money', currency: 'EUR', value: 80, scale: 'billion', qualifier: 'nearly' },
        coverage: 'eu-wide',
        asOf: '2014-01-09',
        sources: ['commission-horizon-2020-2014'],
        quotes: ['fs-horizon-2020-budget'],
      },
    ],
    sources: [page, 'eap-plus-h2020-participation', 'eap-plus-coordination-group-2018', 'commission-horizon-2020-2014'],
    quotes: ['eap-plus-non-associated'],
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
    summary: {
      en: 'In 2016 the EU described TAIEX as always open for Belarusian public administration agencies interested in studying the best European practices in a wide range of fields. A Council Decision of January 2006 had extended it to the countries of the European Neighbourhood Policy, Belarus included. An EU summary written after summer 2020 still lists Belarus among the countries TAIEX assistance is available for.',
      be: 'У 2016 годзе ЕС называў TAIEX заўсёды адкрытым для беларускіх органаў дзяржаўнага кіравання, зацікаўленых у вывучэнні лепшых еўрапейскіх практык у самых розных сферах. Рашэнне Савета ЕС са студзеня 2006 года пашырыла яго на краіны Еўрапейскай палітыкі суседства, у тым ліку на Беларусь. У аглядзе ЕС, напісаным пасля лета 2020 года, Беларусь па-ранейшаму названа сярод краін, якім даступная дапамога TAIEX.',
      ru: 'В 2016 году ЕС называл TAIEX всегда открытым для белорусских органов государственного управления, заинтересованных в изучении лучших европейских практик в самых разных областях. Решение Совета ЕС от января 2006 года распространило его на страны Европейской политики соседства, включая Беларусь. В обзоре ЕС, написанном после лета 2020 года, Беларусь по-прежнему названа среди стран, которым доступна помощь TAIEX.',
    },
    asOf: '2020',
    history: [
      { status: 'open', asOf: '2006-01-23', sources: ['council-decision-2006-62-ec'], quotes: ['fs-taiex-decision'] },
      { status: 'open', asOf: '2016', sources: [page], quotes: ['seed-taiex'] },
      {
        status: 'open',
        asOf: '2020',
        note: {
          en: 'An undated EUR-Lex summary, written after summer 2020, lists Belarus among the countries TAIEX assistance is available for; it does not say whether Belarus uses it.',
          be: 'Недатаваны агляд EUR-Lex, напісаны пасля лета 2020 года, называе Беларусь сярод краін, якім даступная дапамога TAIEX; ці карыстаецца ёю Беларусь, у ім не сказана.',
          ru: 'Недатированный обзор EUR-Lex, написанный после лета 2020 года, называет Беларусь среди стран, которым доступна помощь TAIEX; пользуется ли ею Беларусь, в нём не сказано.',
        },
        sources: ['eurlex-taiex-summary'],
        quotes: ['eurlex-taiex-belarus'],
      },
    ],
    managedBy: ['DG NEAR'],
    figures: [],
    sources: [page, 'council-decision-2006-62-ec', 'eurlex-taiex-summary'],
    quotes: ['eurlex-taiex-dg-near'],
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
    period: { start: '2013' },
    summary: {
      en: 'In 2016 the EU described SOCIEUX, set up in 2013, as open, like Horizon 2020, for the Belarusian academic community. Its second phase, SOCIEUX+, presented in June 2017, added work and employment; no source on Belarus in SOCIEUX+ was found.',
      be: 'У 2016 годзе ЕС называў SOCIEUX, створаны ў 2013 годзе, адкрытым, як і «Гарызонт 2020», для беларускай акадэмічнай супольнасці. Другі этап, SOCIEUX+, прадстаўлены ў чэрвені 2017 года, дадаў сферы працы і занятасці; крыніц пра ўдзел Беларусі ў SOCIEUX+ не знойдзена.',
      ru: 'В 2016 году ЕС называл SOCIEUX, созданный в 2013 году, открытым, как и «Горизонт 2020», для белорусского академического сообщества. Второй этап, SOCIEUX+, представленный в июне 2017 года, добавил сферы труда и занятости; источников об участии Беларуси в SOCIEUX+ не найдено.',
    },
    asOf: '2017-06-15',
    history: [
      { status: 'open', asOf: '2016', sources: [page], quotes: ['seed-horizon-socieux'] },
      {
        status: 'unknown',
        asOf: '2017-06-15',
        note: {
          en: 'SOCIEUX+ began in June 2017; no source on Belarus in it was found.',
          be: 'SOCIEUX+ пачаўся ў чэрвені 2017 года; крыніц пра ўдзел у ім Беларусі не знойдзена.',
          ru: 'SOCIEUX+ начался в июне 2017 года; источников об участии в нём Беларуси не найдено.',
        },
        sources: ['fiiapp-socieux-2017'],
        quotes: ['fiiapp-socieux-plus'],
      },
    ],
    figures: [],
    sources: [page, 'expertise-france-socieux', 'fiiapp-socieux-2017'],
    quotes: ['expertise-france-socieux-2013'],
  },
];
