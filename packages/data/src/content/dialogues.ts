import type { Dialogue, StatusEntry } from '../schema/dialogue.js';

const page = 'eeas-belarus-and-the-eu';
/** The EEAS page's text dates from after the September 2016 elections. */
const pageAsOf = '2016';

const active: StatusEntry = { status: 'active', date: pageAsOf, sources: [page] };
const proposed: StatusEntry = { status: 'proposed', date: pageAsOf, sources: [page] };

/** Both agreements were negotiated, signed and brought into force together. */
const agreementHistory: StatusEntry[] = [
  { status: 'under-negotiation', date: '2014-01-30', sources: ['eeas-visa-negotiations-2014'] },
  {
    status: 'under-negotiation',
    date: pageAsOf,
    note: {
      en: 'The EU looks forward to the conclusion of negotiations and the signing of the agreement.',
      be: 'ЕС чакае завяршэння перамоваў і падпісання пагаднення.',
      ru: 'ЕС ожидает завершения переговоров и подписания соглашения.',
    },
    sources: [page],
  },
  {
    status: 'concluded',
    date: '2020-01-08',
    note: {
      en: 'Signed on 8 January 2020; in force since 1 July 2020.',
      be: 'Падпісана 8 студзеня 2020 года; дзейнічае з 1 ліпеня 2020 года.',
      ru: 'Подписано 8 января 2020 года; действует с 1 июля 2020 года.',
    },
    sources: ['eeas-2020'],
  },
];

export const dialogues: Dialogue[] = [
  {
    id: 'human-rights-dialogue',
    kind: 'human-rights',
    title: {
      en: 'EU–Belarus Human Rights Dialogue',
      be: 'Дыялог ЕС і Беларусі па правах чалавека',
      ru: 'Диалог ЕС и Беларуси по правам человека',
    },
    summary: {
      en: 'In 2015 the EU and Belarus resumed their Human Rights Dialogue.',
      be: 'У 2015 годзе ЕС і Беларусь аднавілі свой дыялог па правах чалавека.',
      ru: 'В 2015 году ЕС и Беларусь возобновили свой диалог по правам человека.',
    },
    history: [{ status: 'resumed', date: '2015', sources: [page] }],
    sources: [page],
  },
  {
    id: 'economic-dialogue',
    kind: 'sectoral',
    title: {
      en: 'Dialogue on economic issues',
      be: 'Дыялог па эканамічных пытаннях',
      ru: 'Диалог по экономическим вопросам',
    },
    summary: {
      en: 'A regular sectoral dialogue between Belarus and the EU on economic issues.',
      be: 'Рэгулярны галіновы дыялог Беларусі і ЕС па эканамічных пытаннях.',
      ru: 'Регулярный отраслевой диалог Беларуси и ЕС по экономическим вопросам.',
    },
    history: [active],
    sources: [page],
  },
  {
    id: 'environment-dialogue',
    kind: 'sectoral',
    title: {
      en: 'Dialogue on environmental issues',
      be: 'Дыялог па экалагічных пытаннях',
      ru: 'Диалог по экологическим вопросам',
    },
    summary: {
      en: 'A regular sectoral dialogue between Belarus and the EU on environmental issues.',
      be: 'Рэгулярны галіновы дыялог Беларусі і ЕС па экалагічных пытаннях.',
      ru: 'Регулярный отраслевой диалог Беларуси и ЕС по экологическим вопросам.',
    },
    history: [active],
    sources: [page],
  },
  {
    id: 'energy-dialogue',
    kind: 'sectoral',
    title: { en: 'Dialogue on energy', be: 'Дыялог па энергетыцы', ru: 'Диалог по энергетике' },
    summary: {
      en: 'A regular sectoral dialogue between Belarus and the EU on energy.',
      be: 'Рэгулярны галіновы дыялог Беларусі і ЕС па энергетыцы.',
      ru: 'Регулярный отраслевой диалог Беларуси и ЕС по энергетике.',
    },
    history: [active],
    sources: [page],
  },
  {
    id: 'transport-dialogue',
    kind: 'sectoral',
    title: { en: 'Dialogue on transport', be: 'Дыялог па транспарце', ru: 'Диалог по транспорту' },
    summary: {
      en: 'A regular sectoral dialogue between Belarus and the EU on transport.',
      be: 'Рэгулярны галіновы дыялог Беларусі і ЕС па транспарце.',
      ru: 'Регулярный отраслевой диалог Беларуси и ЕС по транспорту.',
    },
    history: [active],
    sources: [page],
  },
  {
    id: 'sps-dialogue',
    kind: 'sectoral',
    title: {
      en: 'Dialogue on sanitary and phytosanitary issues',
      be: 'Дыялог па санітарных і фітасанітарных пытаннях',
      ru: 'Диалог по санитарным и фитосанитарным вопросам',
    },
    summary: {
      en: 'The EU would like to expand the sectoral dialogues to sanitary and phytosanitary issues.',
      be: 'ЕС хацеў бы пашырыць галіновыя дыялогі на санітарныя і фітасанітарныя пытанні.',
      ru: 'ЕС хотел бы расширить отраслевые диалоги на санитарные и фитосанитарные вопросы.',
    },
    history: [proposed],
    sources: [page],
  },
  {
    id: 'research-innovation-dialogue',
    kind: 'sectoral',
    title: {
      en: 'Dialogue on research and innovation',
      be: 'Дыялог па даследаваннях і інавацыях',
      ru: 'Диалог по исследованиям и инновациям',
    },
    summary: {
      en: 'The EU would like to expand the sectoral dialogues to research and innovation.',
      be: 'ЕС хацеў бы пашырыць галіновыя дыялогі на даследаванні і інавацыі.',
      ru: 'ЕС хотел бы расширить отраслевые диалоги на исследования и инновации.',
    },
    history: [proposed],
    sources: [page],
  },
  {
    id: 'energy-matters-dialogue',
    kind: 'sectoral',
    title: {
      en: 'Dialogue on energy matters',
      be: 'Дыялог па энергетычных пытаннях',
      ru: 'Диалог по энергетическим вопросам',
    },
    summary: {
      en: 'The EU would like to expand the sectoral dialogues to energy matters.',
      be: 'ЕС хацеў бы пашырыць галіновыя дыялогі на энергетычныя пытанні.',
      ru: 'ЕС хотел бы расширить отраслевые диалоги на энергетические вопросы.',
    },
    history: [proposed],
    sources: [page],
  },
  {
    id: 'customs-dialogue',
    kind: 'sectoral',
    title: {
      en: 'Enhanced dialogue on customs matters',
      be: 'Пашыраны дыялог па мытных пытаннях',
      ru: 'Расширенный диалог по таможенным вопросам',
    },
    summary: {
      en: 'The EU would like an enhanced dialogue with Belarus on customs matters.',
      be: 'ЕС хацеў бы пашыранага дыялогу з Беларуссю па мытных пытаннях.',
      ru: 'ЕС хотел бы расширенного диалога с Беларусью по таможенным вопросам.',
    },
    history: [proposed],
    sources: [page],
  },
  {
    id: 'trade-dialogue',
    kind: 'trade',
    title: {
      en: 'EU–Belarus trade dialogue',
      be: 'Гандлёвы дыялог ЕС і Беларусі',
      ru: 'Торговый диалог ЕС и Беларуси',
    },
    summary: {
      en: 'An EU–Belarus trade dialogue was set up in October 2016.',
      be: 'Гандлёвы дыялог ЕС і Беларусі быў створаны ў кастрычніку 2016 года.',
      ru: 'Торговый диалог ЕС и Беларуси был создан в октябре 2016 года.',
    },
    history: [{ status: 'active', date: '2016-10', sources: ['dg-trade-belarus-later'] }],
    sources: ['dg-trade-belarus-later'],
  },
  {
    id: 'visa-facilitation-agreement',
    kind: 'negotiation',
    title: {
      en: 'Visa facilitation agreement',
      be: 'Пагадненне аб спрашчэнні візавага рэжыму',
      ru: 'Соглашение об упрощении визового режима',
    },
    summary: {
      en: 'Negotiations on visa facilitation were launched on 30 January 2014; the agreement was signed on 8 January 2020 and entered into force on 1 July 2020.',
      be: 'Перамовы аб спрашчэнні візавага рэжыму пачаліся 30 студзеня 2014 года; пагадненне было падпісана 8 студзеня 2020 года і ўступіла ў сілу 1 ліпеня 2020 года.',
      ru: 'Переговоры об упрощении визового режима начались 30 января 2014 года; соглашение было подписано 8 января 2020 года и вступило в силу 1 июля 2020 года.',
    },
    history: [...agreementHistory],
    sources: ['eeas-visa-negotiations-2014', page, 'eeas-2020'],
  },
  {
    id: 'readmission-agreement',
    kind: 'negotiation',
    title: { en: 'Readmission agreement', be: 'Пагадненне аб рэадмісіі', ru: 'Соглашение о реадмиссии' },
    summary: {
      en: 'Negotiations on readmission were launched on 30 January 2014; the agreement was signed on 8 January 2020 and entered into force on 1 July 2020. On 28 June 2021 Belarus suspended its participation in it (as reported).',
      be: 'Перамовы аб рэадмісіі пачаліся 30 студзеня 2014 года; пагадненне было падпісана 8 студзеня 2020 года і ўступіла ў сілу 1 ліпеня 2020 года. 28 чэрвеня 2021 года Беларусь прыпыніла ўдзел у ім (паводле паведамленняў).',
      ru: 'Переговоры о реадмиссии начались 30 января 2014 года; соглашение было подписано 8 января 2020 года и вступило в силу 1 июля 2020 года. 28 июня 2021 года Беларусь приостановила участие в нём (по сообщениям).',
    },
    history: [
      ...agreementHistory,
      {
        status: 'suspended',
        date: '2021-06-28',
        note: {
          en: 'Belarus suspended its participation in the readmission agreement (as reported).',
          be: 'Беларусь прыпыніла ўдзел у пагадненні аб рэадмісіі (паводле паведамленняў).',
          ru: 'Беларусь приостановила участие в соглашении о реадмиссии (по сообщениям).',
        },
        sources: ['belarus-mfa-2021'],
      },
    ],
    sources: ['eeas-visa-negotiations-2014', page, 'eeas-2020', 'belarus-mfa-2021'],
  },
];
