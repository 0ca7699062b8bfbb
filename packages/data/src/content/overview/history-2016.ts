import type { PolicyPoint } from '../../schema/overview.js';

const page = 'eeas-belarus-and-the-eu';

/** The EU's policy line as its Delegation's page stated it in late 2016: dated history, in the past tense. */
export const policyIn2016: PolicyPoint[] = [
  {
    id: 'critical-engagement',
    title: {
      en: 'Critical engagement (2016)',
      be: 'Крытычнае ўзаемадзеянне (2016)',
      ru: 'Критическое взаимодействие (2016)',
    },
    summary: {
      en: 'In 2016 the EU described its policy towards Belarus as one of critical engagement, seeking relations based on respect for human rights, democracy and the rule of law, and said it stood ready to assist Belarus in meeting its international obligations in this regard.',
      be: 'У 2016 годзе ЕС называў сваю палітыку ў дачыненні да Беларусі палітыкай крытычнага ўзаемадзеяння: ён імкнуўся да адносін на аснове павагі да правоў чалавека, дэмакратыі і вяршэнства права і заяўляў, што гатовы дапамагаць Беларусі выконваць яе міжнародныя абавязацельствы ў гэтай сферы.',
      ru: 'В 2016 году ЕС называл свою политику в отношении Беларуси политикой критического взаимодействия: он стремился к отношениям на основе уважения прав человека, демократии и верховенства права и заявлял, что готов помогать Беларуси выполнять её международные обязательства в этой области.',
    },
    points: [
      { en: 'Respect for human rights', be: 'Павага да правоў чалавека', ru: 'Уважение прав человека' },
      { en: 'Democracy', be: 'Дэмакратыя', ru: 'Демократия' },
      { en: 'The rule of law', be: 'Вяршэнства права', ru: 'Верховенство права' },
    ],
    timeframe: 'historical',
    asOf: '2016',
    sources: [page],
    quotes: ['seed-critical-engagement'],
  },
  {
    id: 'council-conclusions-2016',
    title: {
      en: 'Council Conclusions of February 2016',
      be: 'Высновы Савета ЕС, люты 2016 года',
      ru: 'Выводы Совета ЕС, февраль 2016 года',
    },
    summary: {
      en: 'In its relations with Belarus the EU was governed by the conclusions the Foreign Affairs Council adopted over the years; in late 2016 the most recent were those of February 2016. New conclusions followed on 12 October 2020.',
      be: 'У адносінах з Беларуссю ЕС кіраваўся высновамі, якія Савет ЕС па замежных справах прымаў на працягу гадоў; у канцы 2016 года апошнімі былі высновы лютага 2016 года. Новыя высновы былі прынятыя 12 кастрычніка 2020 года.',
      ru: 'В отношениях с Беларусью ЕС руководствовался выводами, которые Совет ЕС по иностранным делам принимал на протяжении ряда лет; в конце 2016 года последними были выводы февраля 2016 года. Новые выводы были приняты 12 октября 2020 года.',
    },
    timeframe: 'historical',
    asOf: '2016',
    sources: [page],
    quotes: ['seed-council-conclusions'],
  },
  {
    id: 'electoral-reform',
    title: {
      en: 'Electoral reform after the September 2016 elections',
      be: 'Выбарчая рэформа пасля выбараў у верасні 2016 года',
      ru: 'Избирательная реформа после выборов в сентябре 2016 года',
    },
    summary: {
      en: 'Following the parliamentary elections in Belarus in September 2016, the EU called for a comprehensive electoral reform as part of a broader democratisation process, which it saw as the key for unlocking the full potential of EU–Belarus relations.',
      be: 'Пасля парламенцкіх выбараў у Беларусі ў верасні 2016 года ЕС заклікаў да комплекснай выбарчай рэформы як часткі больш шырокага працэсу дэмакратызацыі, якую ён лічыў ключом да раскрыцця поўнага патэнцыялу адносін ЕС і Беларусі.',
      ru: 'После парламентских выборов в Беларуси в сентябре 2016 года ЕС призвал ко всеобъемлющей избирательной реформе как части более широкого процесса демократизации, которую он считал ключом к раскрытию всего потенциала отношений ЕС и Беларуси.',
    },
    points: [
      {
        en: 'A comprehensive electoral reform, as part of a broader democratisation process',
        be: 'Комплексная выбарчая рэформа як частка больш шырокага працэсу дэмакратызацыі',
        ru: 'Всеобъемлющая избирательная реформа как часть более широкого процесса демократизации',
      },
      {
        en: 'The EU underlined that it was committed to a stable, democratic and prosperous future of Belarus, for the benefit of the people of the country, and would continue its work with this objective firmly in mind',
        be: 'ЕС падкрэсліў, што ён прыхільны стабільнай, дэмакратычнай і заможнай будучыні Беларусі на карысць яе народа і будзе працягваць сваю працу, цвёрда памятаючы пра гэтую мэту',
        ru: 'ЕС подчеркнул, что привержен стабильному, демократическому и процветающему будущему Беларуси на благо её народа и будет продолжать свою работу, твёрдо помня об этой цели',
      },
    ],
    timeframe: 'historical',
    asOf: '2016',
    sources: [page],
    quotes: ['seed-electoral-reform', 'seed-stable-future'],
  },
  {
    id: 'european-neighbourhood-policy',
    title: {
      en: 'The renewed European Neighbourhood Policy (2016)',
      be: 'Абноўленая Еўрапейская палітыка суседства (2016)',
      ru: 'Обновлённая Европейская политика соседства (2016)',
    },
    summary: {
      en: 'In 2016 the EU sought to work closely with Belarus, in a spirit of co-ownership and based on mutual interests, in the framework of the renewed European Neighbourhood Policy.',
      be: 'У 2016 годзе ЕС імкнуўся цесна супрацоўнічаць з Беларуссю ў духу сумеснай адказнасці і на аснове ўзаемных інтарэсаў у рамках абноўленай Еўрапейскай палітыкі суседства.',
      ru: 'В 2016 году ЕС стремился тесно сотрудничать с Беларусью в духе совместной ответственности и на основе взаимных интересов в рамках обновлённой Европейской политики соседства.',
    },
    timeframe: 'historical',
    asOf: '2016',
    sources: [page],
    quotes: ['seed-enp'],
  },
];
