import type { Overview } from '../schema/overview.js';

const page = 'eeas-belarus-and-the-eu';

export const overview: Overview = {
  id: 'eu-belarus-relations',
  title: {
    en: 'EU–Belarus relations',
    be: 'Адносіны ЕС і Беларусі',
    ru: 'Отношения ЕС и Беларуси',
  },
  summary: {
    en: 'The European Union remains committed to a policy of critical engagement with Belarus, seeking to build relations based on respect for human rights, democracy and the rule of law.',
    be: 'Еўрапейскі Саюз застаецца адданым палітыцы крытычнага ўзаемадзеяння з Беларуссю і імкнецца будаваць адносіны на аснове павагі да правоў чалавека, дэмакратыі і вяршэнства права.',
    ru: 'Европейский союз остаётся приверженным политике критического взаимодействия с Беларусью и стремится строить отношения на основе уважения прав человека, демократии и верховенства права.',
  },
  sections: [
    {
      id: 'critical-engagement',
      title: { en: 'Critical engagement', be: 'Крытычнае ўзаемадзеянне', ru: 'Критическое взаимодействие' },
      summary: {
        en: 'The EU seeks relations with Belarus based on respect for human rights, democracy and the rule of law, and stands ready to assist Belarus in meeting its international obligations in this regard.',
        be: 'ЕС імкнецца да адносін з Беларуссю на аснове павагі да правоў чалавека, дэмакратыі і вяршэнства права і гатовы дапамагаць Беларусі выконваць яе міжнародныя абавязацельствы ў гэтай сферы.',
        ru: 'ЕС стремится к отношениям с Беларусью на основе уважения прав человека, демократии и верховенства права и готов помогать Беларуси выполнять её международные обязательства в этой области.',
      },
      points: [
        { en: 'Respect for human rights', be: 'Павага да правоў чалавека', ru: 'Уважение прав человека' },
        { en: 'Democracy', be: 'Дэмакратыя', ru: 'Демократия' },
        { en: 'The rule of law', be: 'Вяршэнства права', ru: 'Верховенство права' },
      ],
      sources: [page],
    },
    {
      id: 'council-conclusions-2016',
      title: {
        en: 'Council Conclusions of February 2016',
        be: 'Высновы Савета ЕС, люты 2016 года',
        ru: 'Выводы Совета ЕС, февраль 2016 года',
      },
      summary: {
        en: 'In its relations with Belarus, the EU is governed by successive conclusions of the Foreign Affairs Council. Most recently, Council Conclusions on Belarus were adopted in February 2016.',
        be: 'У адносінах з Беларуссю ЕС кіруецца паслядоўнымі высновамі Савета ЕС па замежных справах. Апошнія высновы Савета па Беларусі былі прыняты ў лютым 2016 года.',
        ru: 'В отношениях с Беларусью ЕС руководствуется последовательными выводами Совета ЕС по иностранным делам. Последние выводы Совета по Беларуси были приняты в феврале 2016 года.',
      },
      date: '2016-02',
      sources: [page],
    },
    {
      id: 'electoral-reform',
      title: {
        en: 'Electoral reform after the September 2016 elections',
        be: 'Выбарчая рэформа пасля выбараў у верасні 2016 года',
        ru: 'Избирательная реформа после выборов в сентябре 2016 года',
      },
      summary: {
        en: 'Following the parliamentary elections in Belarus in September 2016, the EU called for a comprehensive electoral reform as part of a broader democratisation process, which will be the key for unlocking the full potential of EU–Belarus relations.',
        be: 'Пасля парламенцкіх выбараў у Беларусі ў верасні 2016 года ЕС заклікаў да комплекснай выбарчай рэформы як часткі больш шырокага працэсу дэмакратызацыі, што стане ключом да раскрыцця поўнага патэнцыялу адносін ЕС і Беларусі.',
        ru: 'После парламентских выборов в Беларуси в сентябре 2016 года ЕС призвал к всеобъемлющей избирательной реформе как части более широкого процесса демократизации, что станет ключом к раскрытию всего потенциала отношений ЕС и Беларуси.',
      },
      points: [
        {
          en: 'A comprehensive electoral reform, as part of a broader democratisation process',
          be: 'Комплексная выбарчая рэформа як частка больш шырокага працэсу дэмакратызацыі',
          ru: 'Всеобъемлющая избирательная реформа как часть более широкого процесса демократизации',
        },
        {
          en: 'The EU is committed to a stable, democratic and prosperous future of Belarus, for the benefit of the people of the country',
          be: 'ЕС адданы стабільнай, дэмакратычнай і квітнеючай будучыні Беларусі на карысць людзей краіны',
          ru: 'ЕС привержен стабильному, демократическому и процветающему будущему Беларуси на благо людей страны',
        },
      ],
      date: '2016-09',
      sources: [page],
    },
    {
      id: 'european-neighbourhood-policy',
      title: {
        en: 'The renewed European Neighbourhood Policy',
        be: 'Абноўленая Еўрапейская палітыка суседства',
        ru: 'Обновлённая Европейская политика соседства',
      },
      summary: {
        en: 'The EU seeks to work closely with Belarus, in a spirit of co-ownership and based on mutual interests, in the framework of the renewed European Neighbourhood Policy.',
        be: 'ЕС імкнецца цесна супрацоўнічаць з Беларуссю ў духу сумеснай адказнасці і на аснове ўзаемных інтарэсаў у рамках абноўленай Еўрапейскай палітыкі суседства.',
        ru: 'ЕС стремится тесно сотрудничать с Беларусью в духе совместной ответственности и на основе взаимных интересов в рамках обновлённой Европейской политики соседства.',
      },
      sources: [page],
    },
    {
      id: 'eastern-partnership',
      title: { en: 'The Eastern Partnership', be: 'Усходняе партнёрства', ru: 'Восточное партнерство' },
      summary: {
        en: 'Belarus took part in the Eastern Partnership until 28 June 2021, when it suspended its participation (as reported).',
        be: 'Беларусь удзельнічала ва Усходнім партнёрстве да 28 чэрвеня 2021 года, калі яна прыпыніла свой удзел (паводле паведамленняў).',
        ru: 'Беларусь участвовала в Восточном партнерстве до 28 июня 2021 года, когда она приостановила своё участие (по сообщениям).',
      },
      date: '2021-06-28',
      sources: ['belarus-mfa-2021'],
    },
  ],
  sources: [page],
};
