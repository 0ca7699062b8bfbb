import type { Dialogue, StatusEntry } from '../schema/dialogue.js';
import type { LocalizedText } from '../schema/common.js';
import { agreements } from './dialogues/agreements.js';

const page = 'eeas-belarus-and-the-eu';

/** The 2016 page: "Belarus and the EU already maintain regular sectoral dialogues …". */
const active2016: StatusEntry = { status: 'active', asOf: '2016', sources: [page], quotes: ['seed-sectoral'] };
/** The 2016 page: "The EU would like to expand sectoral dialogues also to other areas …" — a wish. */
const sought2016: StatusEntry = { status: 'sought', asOf: '2016', sources: [page], quotes: ['seed-expand'] };
/** December 2018: the Coordination Group discussed "recent dialogues on environment, customs, economic …". */
const held2018: StatusEntry = {
  status: 'active',
  asOf: '2018-12',
  note: {
    en: 'In December 2018 the EU–Belarus Coordination Group discussed the follow-up to recent dialogues in this field.',
    be: 'У снежні 2018 года Каардынацыйная група ЕС — Беларусь абмеркавала вынікі нядаўніх дыялогаў у гэтай сферы.',
    ru: 'В декабре 2018 года Координационная группа ЕС — Беларусь обсудила итоги недавних диалогов в этой сфере.',
  },
  sources: ['eap-plus-coordination-group-2018'],
  quotes: ['eap-plus-2018-dialogues'],
};

/** A regular sectoral dialogue the 2016 page reports, and what was reported later. */
function sectoral(id: string, title: LocalizedText, field: LocalizedText, later: StatusEntry[] = []): Dialogue {
  return {
    id,
    kind: 'sectoral',
    title,
    summary: {
      en: `In 2016 the EU reported a regular sectoral dialogue with Belarus on ${field.en}.`,
      be: `У 2016 годзе ЕС паведамляў пра рэгулярны галіновы дыялог з Беларуссю па ${field.be}.`,
      ru: `В 2016 году ЕС сообщал о регулярном отраслевом диалоге с Беларусью по ${field.ru}.`,
    },
    asOf: later.at(-1)?.asOf ?? '2016',
    history: [active2016, ...later],
    sources: [page, ...later.flatMap((e) => e.sources)],
  };
}

/** An area the EU said in 2016 it would like to extend the sectoral dialogues to. */
function wished(id: string, title: LocalizedText, area: LocalizedText, later: StatusEntry[] = []): Dialogue {
  return {
    id,
    kind: 'sectoral',
    title,
    summary: {
      en: `In 2016 the EU said it would like to extend the sectoral dialogues to ${area.en}.`,
      be: `У 2016 годзе ЕС заявіў, што хацеў бы пашырыць галіновыя дыялогі на ${area.be}.`,
      ru: `В 2016 году ЕС заявил, что хотел бы расширить отраслевые диалоги на ${area.ru}.`,
    },
    asOf: later.at(-1)?.asOf ?? '2016',
    history: [sought2016, ...later],
    sources: [page, ...later.flatMap((e) => e.sources)],
  };
}

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
      en: 'In 2015 the EU and Belarus resumed their Human Rights Dialogue, as the EU reported in 2016. No later report on the dialogue was found.',
      be: 'У 2015 годзе ЕС і Беларусь аднавілі дыялог па правах чалавека, як паведамляў ЕС у 2016 годзе. Пазнейшых паведамленняў пра дыялог не знойдзена.',
      ru: 'В 2015 году ЕС и Беларусь возобновили диалог по правам человека, как сообщал ЕС в 2016 году. Более поздних сообщений о диалоге не найдено.',
    },
    asOf: '2016',
    history: [{ status: 'resumed', asOf: '2015', sources: [page], quotes: ['seed-sectoral'] }],
    sources: [page],
  },
  sectoral(
    'economic-dialogue',
    { en: 'Dialogue on economic issues', be: 'Дыялог па эканамічных пытаннях', ru: 'Диалог по экономическим вопросам' },
    { en: 'economic issues', be: 'эканамічных пытаннях', ru: 'экономическим вопросам' },
    [held2018],
  ),
  sectoral(
    'environment-dialogue',
    {
      en: 'Dialogue on environmental issues',
      be: 'Дыялог па экалагічных пытаннях',
      ru: 'Диалог по экологическим вопросам',
    },
    { en: 'environmental issues', be: 'экалагічных пытаннях', ru: 'экологическим вопросам' },
    [held2018],
  ),
  sectoral(
    'energy-dialogue',
    { en: 'Dialogue on energy', be: 'Дыялог па энергетыцы', ru: 'Диалог по энергетике' },
    { en: 'energy', be: 'энергетыцы', ru: 'энергетике' },
  ),
  sectoral(
    'transport-dialogue',
    { en: 'Dialogue on transport', be: 'Дыялог па транспарце', ru: 'Диалог по транспорту' },
    { en: 'transport', be: 'транспарце', ru: 'транспорту' },
  ),
  wished(
    'sps-dialogue',
    {
      en: 'Dialogue on sanitary and phytosanitary issues',
      be: 'Дыялог па санітарных і фітасанітарных пытаннях',
      ru: 'Диалог по санитарным и фитосанитарным вопросам',
    },
    {
      en: 'sanitary and phytosanitary issues',
      be: 'санітарныя і фітасанітарныя пытанні',
      ru: 'санитарные и фитосанитарные вопросы',
    },
  ),
  wished(
    'research-innovation-dialogue',
    {
      en: 'Dialogue on research and innovation',
      be: 'Дыялог па даследаваннях і інавацыях',
      ru: 'Диалог по исследованиям и инновациям',
    },
    { en: 'research and innovation', be: 'даследаванні і інавацыі', ru: 'исследования и инновации' },
  ),
  {
    ...wished(
      'energy-matters-dialogue',
      {
        en: 'Dialogue on energy matters',
        be: 'Дыялог па энергетычных пытаннях',
        ru: 'Диалог по энергетическим вопросам',
      },
      { en: 'energy matters', be: 'энергетычныя пытанні', ru: 'энергетические вопросы' },
    ),
    summary: {
      en: 'In 2016 the EU said it would like to extend the sectoral dialogues to energy matters, beside the dialogue on energy it already reported; the page does not say how the two differ.',
      be: 'У 2016 годзе ЕС заявіў, што хацеў бы пашырыць галіновыя дыялогі на энергетычныя пытанні, акрамя дыялогу па энергетыцы, пра які ўжо паведамляў; чым яны адрозніваюцца, на старонцы не сказана.',
      ru: 'В 2016 году ЕС заявил, что хотел бы расширить отраслевые диалоги на энергетические вопросы, помимо диалога по энергетике, о котором уже сообщал; чем они различаются, на странице не сказано.',
    },
  },
  wished(
    'customs-dialogue',
    {
      en: 'Enhanced dialogue on customs matters',
      be: 'Пашыраны дыялог па мытных пытаннях',
      ru: 'Расширенный диалог по таможенным вопросам',
    },
    {
      en: 'an enhanced dialogue on customs matters',
      be: 'пашыраны дыялог па мытных пытаннях',
      ru: 'расширенный диалог по таможенным вопросам',
    },
    [held2018],
  ),
  {
    id: 'trade-dialogue',
    kind: 'trade',
    title: {
      en: 'EU–Belarus trade dialogue',
      be: 'Гандлёвы дыялог ЕС і Беларусі',
      ru: 'Торговый диалог ЕС и Беларуси',
    },
    summary: {
      en: 'An EU–Belarus trade dialogue was set up in October 2016. It met twice a year, in July and December, up to July 2020, and has been suspended since then.',
      be: 'Гандлёвы дыялог ЕС і Беларусі быў створаны ў кастрычніку 2016 года. Ён праходзіў двойчы на год, у ліпені і снежні, да ліпеня 2020 года, і з таго часу прыпынены.',
      ru: 'Торговый диалог ЕС и Беларуси был создан в октябре 2016 года. Он проходил дважды в год, в июле и декабре, до июля 2020 года и с тех пор приостановлен.',
    },
    asOf: '2020-07',
    history: [
      { status: 'set-up', asOf: '2016-10', sources: ['dg-trade-belarus-later'], quotes: ['fs-trade-dialogue'] },
      {
        status: 'active',
        asOf: '2020-07',
        sources: ['dg-trade-belarus-current'],
        quotes: ['dg-trade-dialogue-suspended'],
      },
      {
        status: 'suspended',
        asOf: '2020-07',
        note: {
          en: 'Suspended after its meeting of July 2020, as DG Trade’s undated page states.',
          be: 'Прыпынены пасля сустрэчы ў ліпені 2020 года, як сказана на недатаванай старонцы Генеральнага дырэктарата па гандлі.',
          ru: 'Приостановлен после встречи в июле 2020 года, как сказано на недатированной странице Генерального директората по торговле.',
        },
        sources: ['dg-trade-belarus-current'],
        quotes: ['dg-trade-dialogue-suspended'],
      },
    ],
    sources: ['dg-trade-belarus-later', 'dg-trade-belarus-current'],
  },
  ...agreements,
];
