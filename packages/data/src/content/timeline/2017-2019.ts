import type { TimelineEvent } from '../../schema/timeline.js';

/** Events from 2017 to 2019, oldest first (restrictive measures come from their own topic). */
export const events2017To2019: TimelineEvent[] = [
  {
    id: 'partnership-priorities-negotiated',
    date: '2017-12',
    precision: 'month',
    category: 'dialogue',
    title: {
      en: 'The EU and Belarus in advanced negotiations on Partnership Priorities',
      be: 'ЕС і Беларусь на прасунутым этапе перамоваў аб прыярытэтах партнёрства',
      ru: 'ЕС и Беларусь на продвинутом этапе переговоров о приоритетах партнёрства',
    },
    summary: {
      en: 'Reported at the fourth meeting of the EU–Belarus Coordination Group.',
      be: 'Паведамлена на чацвёртым пасяджэнні Каардынацыйнай групы ЕС — Беларусь.',
      ru: 'Сообщено на четвёртом заседании Координационной группы ЕС — Беларусь.',
    },
    sources: ['eeas-coordination-group-2017-12'],
    quotes: ['cg-2017-partnership-priorities'],
  },
  {
    id: 'hahn-visits-minsk',
    date: '2018-01-30',
    precision: 'day',
    category: 'policy',
    title: {
      en: 'Commissioner Johannes Hahn visits Minsk and meets President Lukashenko',
      be: 'Камісар Ёханэс Хан наведвае Мінск і сустракаецца з прэзідэнтам Лукашэнкам',
      ru: 'Комиссар Йоханнес Хан посещает Минск и встречается с президентом Лукашенко',
    },
    summary: {
      en: 'He also meets the Prime Minister and the Minister of Foreign Affairs, and beneficiaries of the MOST mobility scheme.',
      be: 'Ён таксама сустракаецца з прэм’ер-міністрам і міністрам замежных спраў, а таксама з удзельнікамі схемы мабільнасці MOST.',
      ru: 'Он также встречается с премьер-министром и министром иностранных дел, а также с участниками схемы мобильности MOST.',
    },
    sources: ['eeas-most-2018'],
    quotes: ['hahn-2018-visit'],
  },
  {
    id: 'eib-first-loans',
    date: '2018-11-20',
    precision: 'day',
    category: 'assistance',
    title: {
      en: 'The European Investment Bank signs its first loans in Belarus',
      be: 'Еўрапейскі інвестыцыйны банк падпісвае першыя крэдыты ў Беларусі',
      ru: 'Европейский инвестиционный банк подписывает первые кредиты в Беларуси',
    },
    summary: {
      en: 'Among them EUR 84 million for the central wastewater treatment plant of Minsk (as reported).',
      be: 'Сярод іх 84 млн еўра на цэнтральныя ачышчальныя збудаванні Мінска (паводле паведамленняў).',
      ru: 'Среди них 84 млн евро на центральные очистные сооружения Минска (по сообщениям).',
    },
    sources: ['udf-2018-11', 'waterbriefing-2018-11'],
    quotes: ['eib-2018-first-loans', 'eib-2018-84m'],
  },
  {
    id: 'coordination-group-2018-12',
    date: '2018-12-12',
    precision: 'day',
    category: 'dialogue',
    title: {
      en: 'Sixth meeting of the EU–Belarus Coordination Group, in Brussels',
      be: 'Шостае пасяджэнне Каардынацыйнай групы ЕС — Беларусь у Бруселі',
      ru: 'Шестое заседание Координационной группы ЕС — Беларусь в Брюсселе',
    },
    summary: {
      en: 'The group met on 12 and 13 December 2018.',
      be: 'Група збіралася 12 і 13 снежня 2018 года.',
      ru: 'Группа собиралась 12 и 13 декабря 2018 года.',
    },
    sources: ['eeas-coordination-group-2018-12'],
    quotes: ['cg-2018-sixth'],
  },
  {
    id: 'elections-2019-lost-opportunity',
    date: '2019-12',
    precision: 'month',
    category: 'policy',
    title: {
      en: 'The EU calls the parliamentary elections of November 2019 a "lost opportunity"',
      be: 'ЕС называе парламенцкія выбары лістапада 2019 года «упушчанай магчымасцю»',
      ru: 'ЕС называет парламентские выборы ноября 2019 года «упущенной возможностью»',
    },
    summary: {
      en: 'At the EU–Belarus Coordination Group the EU recalled that the elections were a "lost opportunity" to conduct them in line with international standards.',
      be: 'На пасяджэнні Каардынацыйнай групы ЕС — Беларусь ЕС нагадаў, што выбары былі «упушчанай магчымасцю» правесці іх у адпаведнасці з міжнароднымі стандартамі.',
      ru: 'На заседании Координационной группы ЕС — Беларусь ЕС напомнил, что выборы стали «упущенной возможностью» провести их в соответствии с международными стандартами.',
    },
    sources: ['eeas-coordination-group-2019-12'],
    quotes: ['cg-2019-lost-opportunity'],
  },
];
