import type { Programme, ProgrammeStatusEntry } from '../../schema/programme.js';

const page = 'eeas-belarus-and-the-eu';

/** On 4 March 2022 the Commission suspended cooperation with Belarus in both cross-border programmes. */
const cbcSuspended: ProgrammeStatusEntry = {
  status: 'suspended',
  asOf: '2022-03-04',
  note: {
    en: 'The Commission suspended cooperation with Russia and Belarus in the cross-border cooperation programmes involving them.',
    be: 'Камісія прыпыніла супрацоўніцтва з Расіяй і Беларуссю ў праграмах трансгранічнага супрацоўніцтва з іх удзелам.',
    ru: 'Комиссия приостановила сотрудничество с Россией и Беларусью в программах трансграничного сотрудничества с их участием.',
  },
  sources: ['interreg-baltic-2022-03', 'devdiscourse-2022-03-04', 'tesim-2022-eni-cbc-meeting'],
  quotes: ['interreg-baltic-cbc-suspended', 'reuters-cbc-257', 'tesim-cbc-programmes'],
};

/** The bilateral mobility scheme, the two cross-border programmes and the regional projects. */
export const belarusAndRegionProgrammes: Programme[] = [
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
      en: 'A mobility programme for young professionals, which the EU called in 2016 a practical example of bilateral cooperation to foster people-to-people ties. In January 2018 the EU announced that MOST would be extended for three more years when its first phase ended in September 2018. No source on MOST after January 2019 was found.',
      be: 'Праграма мабільнасці для маладых спецыялістаў, якую ЕС у 2016 годзе называў практычным прыкладам двухбаковага супрацоўніцтва для развіцця кантактаў паміж людзьмі. У студзені 2018 года ЕС абвясціў, што MOST будзе падоўжана яшчэ на тры гады пасля завяршэння першага этапу ў верасні 2018 года. Крыніц пра MOST пасля студзеня 2019 года не знойдзена.',
      ru: 'Программа мобильности для молодых специалистов, которую ЕС в 2016 году называл практическим примером двустороннего сотрудничества для развития контактов между людьми. В январе 2018 года ЕС объявил, что MOST будет продлена ещё на три года после завершения первого этапа в сентябре 2018 года. Источников о MOST после января 2019 года не найдено.',
    },
    asOf: '2019-01',
    history: [
      { status: 'open', asOf: '2016', sources: [page], quotes: ['seed-most'] },
      { status: 'open', asOf: '2018-01-30', sources: ['eeas-most-2018'], quotes: ['eeas-most-2018-participants'] },
      {
        status: 'unknown',
        asOf: '2019-01',
        note: {
          en: 'Last reported running in January 2019; its period as published ended on 16 December 2020, and no successor was found.',
          be: 'Апошняе паведамленне пра працу праграмы — студзень 2019 года; яе апублікаваны тэрмін скончыўся 16 снежня 2020 года, пераемніцы не знойдзена.',
          ru: 'Последнее сообщение о работе программы — январь 2019 года; её опубликованный срок истёк 16 декабря 2020 года, преемницы не найдено.',
        },
        sources: ['euprojects-by-most'],
        quotes: ['euprojects-most-2019', 'euprojects-most-period-budget'],
      },
    ],
    managedBy: ['Goethe-Institut', 'British Council'],
    figures: [
      {
        id: 'most-participants-2018',
        label: {
          en: 'MOST: Belarusian participants by January 2018',
          be: 'MOST: беларускія ўдзельнікі да студзеня 2018 года',
          ru: 'MOST: белорусские участники к январю 2018 года',
        },
        quantity: { kind: 'count', value: 2200, qualifier: 'almost' },
        coverage: 'belarus',
        asOf: '2018-01-30',
        sources: ['eeas-most-2018'],
        quotes: ['eeas-most-2018-participants'],
      },
      {
        id: 'most-participants-2019',
        label: {
          en: 'MOST: people who had taken part by January 2019',
          be: 'MOST: людзі, якія ўзялі ўдзел да студзеня 2019 года',
          ru: 'MOST: люди, принявшие участие к январю 2019 года',
        },
        quantity: { kind: 'count', value: 3159 },
        coverage: 'belarus',
        asOf: '2019-01',
        sources: ['euprojects-by-most'],
        quotes: ['euprojects-most-2019'],
      },
      {
        id: 'most-eu-contribution',
        label: {
          en: 'MOST: EU contribution to the scheme, 2014–2020',
          be: 'MOST: уклад ЕС у праграму, 2014–2020 гады',
          ru: 'MOST: вклад ЕС в программу, 2014–2020 годы',
        },
        quantity: { kind: 'money', currency: 'EUR', value: 9295000, scale: 'one' },
        coverage: 'programme',
        asOf: '2019-01',
        sources: ['euprojects-by-most'],
        quotes: ['euprojects-most-period-budget'],
      },
    ],
    url: 'https://most-belarus.eu',
    sources: [page, 'eeas-most-2018', 'euprojects-by-most', 'most-programme-site'],
    quotes: ['most-site-consortium'],
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
      en: 'In 2016 the EU described this programme, like the Latvia–Lithuania–Belarus one, as important for regional cooperation at local level. In January 2022 the programme announced that its 2021–2027 successor would go on without Belarus for now, and in March 2022 the Commission suspended cooperation with Belarus in the 2014–2020 programme.',
      be: 'У 2016 годзе ЕС называў гэтую праграму, як і праграму Латвія–Літва–Беларусь, важнай для рэгіянальнага супрацоўніцтва на мясцовым узроўні. У студзені 2022 года праграма абвясціла, што яе пераемніца на 2021–2027 гады пакуль будзе працаваць без Беларусі, а ў сакавіку 2022 года Камісія прыпыніла супрацоўніцтва з Беларуссю ў праграме 2014–2020 гадоў.',
      ru: 'В 2016 году ЕС называл эту программу, как и программу Латвия–Литва–Беларусь, важной для регионального сотрудничества на местном уровне. В январе 2022 года программа объявила, что её преемница на 2021–2027 годы пока будет работать без Беларуси, а в марте 2022 года Комиссия приостановила сотрудничество с Беларусью в программе 2014–2020 годов.',
    },
    asOf: '2022-03-04',
    history: [
      { status: 'open', asOf: '2016', sources: [page], quotes: ['seed-cbc'] },
      {
        status: 'not-participating',
        asOf: '2022-01-11',
        note: {
          en: 'For 2021–2027 the programme continues as Poland–Ukraine; it says it will be ready for Belarus to join at a later stage.',
          be: 'На 2021–2027 гады праграма працягваецца як Польшча–Украіна; у ёй сказана, што яна будзе гатовая да далучэння Беларусі на пазнейшым этапе.',
          ru: 'На 2021–2027 годы программа продолжается как Польша–Украина; в ней сказано, что она будет готова к присоединению Беларуси на более позднем этапе.',
        },
        sources: ['pl-ua-2022-01-11'],
        quotes: ['pl-ua-2022-trilateral'],
      },
      cbcSuspended,
    ],
    figures: [],
    url: 'https://pbu2020.eu',
    sources: [page, 'pbu-programme-site', 'pl-ua-2022-01-11', ...cbcSuspended.sources],
    quotes: ['pbu-site-about'],
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
      en: 'Approved in December 2015; in 2016 the EU described it as important for regional cooperation at local level. In autumn 2020 its managing authority suspended payments to beneficiaries from Belarus, and in March 2022 the Commission suspended cooperation with Belarus in the programme.',
      be: 'Зацверджана ў снежні 2015 года; у 2016 годзе ЕС называў яе важнай для рэгіянальнага супрацоўніцтва на мясцовым узроўні. Восенню 2020 года кіруючы орган праграмы прыпыніў выплаты атрымальнікам з Беларусі, а ў сакавіку 2022 года Камісія прыпыніла супрацоўніцтва з Беларуссю ў праграме.',
      ru: 'Утверждена в декабре 2015 года; в 2016 году ЕС называл её важной для регионального сотрудничества на местном уровне. Осенью 2020 года управляющий орган программы приостановил выплаты получателям из Беларуси, а в марте 2022 года Комиссия приостановила сотрудничество с Беларусью в программе.',
    },
    asOf: '2022-03-04',
    history: [
      { status: 'open', asOf: '2015-12-17', sources: ['lt-interior-ministry-2015'], quotes: ['fs-llb-figures'] },
      { status: 'open', asOf: '2016', sources: [page], quotes: ['seed-cbc'] },
      {
        status: 'suspended',
        asOf: '2020-10-28',
        note: {
          en: 'After a decision of the Lithuanian government, the managing authority suspended payments to beneficiaries from Belarus.',
          be: 'Пасля рашэння ўрада Літвы кіруючы орган прыпыніў выплаты атрымальнікам з Беларусі.',
          ru: 'После решения правительства Литвы управляющий орган приостановил выплаты получателям из Беларуси.',
        },
        sources: ['llb-programme-page-54'],
        quotes: ['llb-payments-suspended'],
      },
      cbcSuspended,
    ],
    figures: [
      {
        id: 'llb-budget',
        label: {
          en: 'Latvia–Lithuania–Belarus programme 2014–2020: total budget for the three countries',
          be: 'Праграма Латвія–Літва–Беларусь 2014–2020: агульны бюджэт для трох краін',
          ru: 'Программа Латвия–Литва–Беларусь 2014–2020: общий бюджет для трёх стран',
        },
        quantity: { kind: 'money', currency: 'EUR', value: 81.4, scale: 'million' },
        coverage: 'programme',
        asOf: '2015-12-22',
        sources: ['lt-interior-ministry-2015'],
        quotes: ['fs-llb-figures'],
      },
      {
        id: 'llb-eu-funds',
        label: {
          en: 'Latvia–Lithuania–Belarus programme 2014–2020: EU funds in its budget',
          be: 'Праграма Латвія–Літва–Беларусь 2014–2020: сродкі ЕС у яе бюджэце',
          ru: 'Программа Латвия–Литва–Беларусь 2014–2020: средства ЕС в её бюджете',
        },
        quantity: { kind: 'money', currency: 'EUR', value: 74, scale: 'million' },
        coverage: 'programme',
        asOf: '2015-12-22',
        sources: ['lt-interior-ministry-2015'],
        quotes: ['fs-llb-figures'],
      },
      {
        id: 'llb-co-financing',
        label: {
          en: 'Latvia–Lithuania–Belarus programme 2014–2020: EU co-financing rate',
          be: 'Праграма Латвія–Літва–Беларусь 2014–2020: доля сафінансавання ЕС',
          ru: 'Программа Латвия–Литва–Беларусь 2014–2020: доля софинансирования ЕС',
        },
        quantity: { kind: 'percent', value: 90 },
        coverage: 'programme',
        asOf: '2015-12-22',
        sources: ['lt-interior-ministry-2015'],
        quotes: ['fs-llb-figures'],
      },
      {
        id: 'llb-grant-size',
        label: {
          en: 'Latvia–Lithuania–Belarus programme 2014–2020: grant per project',
          be: 'Праграма Латвія–Літва–Беларусь 2014–2020: грант на адзін праект',
          ru: 'Программа Латвия–Литва–Беларусь 2014–2020: грант на один проект',
        },
        quantity: { kind: 'money', currency: 'EUR', value: 100000, scale: 'one' },
        upTo: { kind: 'money', currency: 'EUR', value: 1.5, scale: 'million' },
        coverage: 'programme',
        asOf: '2015-12-22',
        sources: ['lt-interior-ministry-2015'],
        quotes: ['fs-llb-figures'],
      },
    ],
    url: 'https://eni-cbc.eu/llb',
    sources: [
      page,
      'lt-interior-ministry-2015',
      'llb-programme-site',
      'llb-programme-page-54',
      ...cbcSuspended.sources,
    ],
  },
  {
    id: 'regional-projects',
    name: { en: 'EU regional projects', be: 'Рэгіянальныя праекты ЕС', ru: 'Региональные проекты ЕС' },
    category: 'regional',
    scope: 'regional',
    summary: {
      en: 'In 2016 the EU reported that Belarus participated in several EU-funded regional projects, primarily in border management, environment, energy and transport. No later source on them was found.',
      be: 'У 2016 годзе ЕС паведамляў, што Беларусь удзельнічае ў некалькіх рэгіянальных праектах, якія фінансуе ЕС, перш за ўсё ў сферах кіравання межамі, навакольнага асяроддзя, энергетыкі і транспарту. Пазнейшых крыніц пра іх не знойдзена.',
      ru: 'В 2016 году ЕС сообщал, что Беларусь участвует в нескольких региональных проектах, финансируемых ЕС, прежде всего в сферах управления границами, окружающей среды, энергетики и транспорта. Более поздних источников о них не найдено.',
    },
    asOf: '2016',
    history: [{ status: 'open', asOf: '2016', sources: [page], quotes: ['seed-regional'] }],
    fields: [
      { en: 'Border management', be: 'Кіраванне межамі', ru: 'Управление границами' },
      { en: 'Environment', be: 'Навакольнае асяроддзе', ru: 'Окружающая среда' },
      { en: 'Energy', be: 'Энергетыка', ru: 'Энергетика' },
      { en: 'Transport', be: 'Транспарт', ru: 'Транспорт' },
    ],
    figures: [
      {
        id: 'regional-projects-funding-2007-2013',
        label: {
          en: 'EU allocation to Belarus in regional projects, 2007–2013',
          be: 'Сродкі, выдзеленыя ЕС Беларусі ў рэгіянальных праектах, 2007–2013 гады',
          ru: 'Средства, выделенные ЕС Беларуси в региональных проектах, 2007–2013 годы',
        },
        quantity: { kind: 'money', currency: 'EUR', value: 53, scale: 'million', qualifier: 'nearly' },
        coverage: 'belarus',
        asOf: '2013',
        sources: ['eeas-regional-projects-archive'],
        quotes: ['archive-regional-53'],
      },
    ],
    sources: [page, 'eeas-regional-projects-archive'],
  },
];
