import type { Dialogue, StatusEntry } from '../../schema/dialogue.js';

const page = 'eeas-belarus-and-the-eu';

/** Both agreements were negotiated, signed and brought into force together. */
const agreementSteps: StatusEntry[] = [
  {
    status: 'under-negotiation',
    asOf: '2014-01-30',
    sources: ['eeas-visa-negotiations-2014'],
    quotes: ['fs-negotiations-launched'],
  },
  {
    status: 'under-negotiation',
    asOf: '2016',
    note: {
      en: 'In 2016 the EU looked forward to the conclusion of the negotiations and the signing of the agreement.',
      be: 'У 2016 годзе ЕС чакаў завяршэння перамоваў і падпісання пагаднення.',
      ru: 'В 2016 году ЕС ожидал завершения переговоров и подписания соглашения.',
    },
    sources: [page],
    quotes: ['seed-agreements'],
  },
  {
    status: 'signed',
    asOf: '2020-01-08',
    sources: ['europeansting-2020-01-09', 'newskitchen-2020-01-08'],
    quotes: ['commission-2020-signed', 'mfa-2020-signing-date'],
  },
  {
    status: 'in-force',
    asOf: '2020-07-01',
    sources: ['europeansting-2020-07-01'],
    quotes: ['commission-2020-in-force'],
  },
];
const agreementSources = [
  'eeas-visa-negotiations-2014',
  page,
  'europeansting-2020-01-09',
  'newskitchen-2020-01-08',
  'europeansting-2020-07-01',
];

/** The negotiations and agreements: Partnership Priorities, visa facilitation, readmission. */
export const agreements: Dialogue[] = [
  {
    id: 'partnership-priorities',
    kind: 'negotiation',
    title: {
      en: 'EU–Belarus Partnership Priorities',
      be: 'Прыярытэты партнёрства ЕС і Беларусі',
      ru: 'Приоритеты партнёрства ЕС и Беларуси',
    },
    summary: {
      en: 'In December 2017 the EU and Belarus were in advanced negotiations on new, tailor-made Partnership Priorities; in December 2018 the Coordination Group discussed the next steps towards finalising them. No source found says whether they were ever concluded.',
      be: 'У снежні 2017 года ЕС і Беларусь былі на прасунутым этапе перамоваў аб новых, спецыяльна распрацаваных прыярытэтах партнёрства; у снежні 2018 года Каардынацыйная група абмеркавала наступныя крокі да іх завяршэння. Ці былі яны калі-небудзь узгоднены, ні ў адной знойдзенай крыніцы не сказана.',
      ru: 'В декабре 2017 года ЕС и Беларусь находились на продвинутом этапе переговоров о новых, специально разработанных приоритетах партнёрства; в декабре 2018 года Координационная группа обсудила следующие шаги к их завершению. Были ли они когда-либо согласованы, ни в одном найденном источнике не сказано.',
    },
    asOf: '2018-12',
    history: [
      {
        status: 'under-negotiation',
        asOf: '2017-12',
        sources: ['eeas-coordination-group-2017-12'],
        quotes: ['cg-2017-partnership-priorities'],
      },
      {
        status: 'under-negotiation',
        asOf: '2018-12',
        note: {
          en: 'The last report found, of December 2018; whether the negotiations were concluded is not known.',
          be: 'Апошняе знойдзенае паведамленне, снежань 2018 года; ці былі перамовы завершаныя, невядома.',
          ru: 'Последнее найденное сообщение, декабрь 2018 года; были ли переговоры завершены, неизвестно.',
        },
        sources: ['eap-plus-coordination-group-2018'],
        quotes: ['eap-plus-2018-priorities'],
      },
    ],
    sources: ['eeas-coordination-group-2017-12', 'eap-plus-coordination-group-2018'],
  },
  {
    id: 'visa-facilitation-agreement',
    kind: 'negotiation',
    title: {
      en: 'Visa facilitation agreement',
      be: 'Пагадненне аб спрашчэнні выдачы віз',
      ru: 'Соглашение об упрощении выдачи виз',
    },
    summary: {
      en: 'Negotiations were launched on 30 January 2014; the agreement was signed on 8 January 2020 and entered into force on 1 July 2020. From 12 November 2021 the EU suspended parts of it for officials of the Belarusian regime; ordinary citizens of Belarus kept its benefits.',
      be: 'Перамовы пачаліся 30 студзеня 2014 года; пагадненне было падпісана 8 студзеня 2020 года і ўступіла ў сілу 1 ліпеня 2020 года. З 12 лістапада 2021 года ЕС прыпыніў частку яго палажэнняў для службовых асоб беларускага рэжыму; звычайныя грамадзяне Беларусі захавалі яго перавагі.',
      ru: 'Переговоры начались 30 января 2014 года; соглашение было подписано 8 января 2020 года и вступило в силу 1 июля 2020 года. С 12 ноября 2021 года ЕС приостановил часть его положений для должностных лиц белорусского режима; обычные граждане Беларуси сохранили его преимущества.',
    },
    asOf: '2021-11-12',
    history: [
      ...agreementSteps,
      {
        status: 'partially-suspended',
        asOf: '2021-11-12',
        note: {
          en: 'Council Decision (EU) 2021/1940 suspended fee reductions, multiple-entry rules and document waivers for officials of the regime; it entered into force on 12 November 2021.',
          be: 'Рашэнне Савета (ЕС) 2021/1940 прыпыніла зніжэнне збораў, правілы шматразовых віз і вызваленне ад дакументаў для службовых асоб рэжыму; яно ўступіла ў сілу 12 лістапада 2021 года.',
          ru: 'Решение Совета (ЕС) 2021/1940 приостановило снижение сборов, правила многократных виз и освобождение от документов для должностных лиц режима; оно вступило в силу 12 ноября 2021 года.',
        },
        sources: ['eumonitor-decision-2021-1940', 'pubaffairs-2021-11-09'],
        quotes: ['eumonitor-2021-1940-dates', 'council-2021-ordinary-citizens'],
      },
    ],
    sources: [...agreementSources, 'com-2021-612', 'eumonitor-decision-2021-1940', 'pubaffairs-2021-11-09'],
    quotes: ['com-2021-612-title', 'commission-2020-visa-fee'],
  },
  {
    id: 'readmission-agreement',
    kind: 'negotiation',
    title: { en: 'Readmission agreement', be: 'Пагадненне аб рэадмісіі', ru: 'Соглашение о реадмиссии' },
    summary: {
      en: 'Negotiations were launched on 30 January 2014; the agreement was signed on 8 January 2020 and entered into force on 1 July 2020. On 28 June 2021 Belarus announced that it would suspend it, as reported at the time and recalled by the Commission in September 2021.',
      be: 'Перамовы пачаліся 30 студзеня 2014 года; пагадненне было падпісана 8 студзеня 2020 года і ўступіла ў сілу 1 ліпеня 2020 года. 28 чэрвеня 2021 года Беларусь абвясціла, што прыпыняе яго, як паведамлялася тады і як нагадала Камісія ў верасні 2021 года.',
      ru: 'Переговоры начались 30 января 2014 года; соглашение было подписано 8 января 2020 года и вступило в силу 1 июля 2020 года. 28 июня 2021 года Беларусь объявила, что приостанавливает его, как сообщалось тогда и как напомнила Комиссия в сентябре 2021 года.',
    },
    asOf: '2021-06-28',
    history: [
      ...agreementSteps,
      {
        status: 'suspended',
        asOf: '2021-06-28',
        note: {
          en: 'Suspended by Belarus, as reported on the day and recalled in a Commission press release of September 2021.',
          be: 'Прыпынена Беларуссю, як паведамлялася ў той дзень і як нагадала Камісія ў прэс-рэлізе ў верасні 2021 года.',
          ru: 'Приостановлено Беларусью, как сообщалось в тот день и как напомнила Комиссия в пресс-релизе в сентябре 2021 года.',
        },
        sources: ['armradio-2021-06-28', 'euneighbourseast-2021-09-29'],
        quotes: ['armradio-readmission-suspended', 'commission-2021-readmission-suspension'],
      },
    ],
    sources: [...agreementSources, 'armradio-2021-06-28', 'euneighbourseast-2021-09-29'],
  },
];
