import { figure, said, type AuthoredCriterion, type AuthoredOtherRegime } from './author.js';

/** Changes of whom the Belarus regime may list. */
export const criteria: AuthoredCriterion[] = [
  {
    id: 'rm-criterion-2021-11-15',
    date: '2021-11-15',
    reason: 'migration',
    title: {
      en: 'Listing criteria widened to those who organise or contribute to illegal crossings of the EU’s external borders',
      be: 'Крытэрыі ўнясення ў спіс пашыраны на тых, хто арганізуе незаконны перасяк знешніх межаў ЕС або спрыяе яму',
      ru: 'Критерии включения в список расширены на тех, кто организует незаконное пересечение внешних границ ЕС или содействует ему',
    },
    said: [
      said(
        'belsat-2021-11-15',
        'The EU will now be able to target individuals and entities organising or contributing to activities by the Lukashenka regime that facilitate illegal crossing of the EU’s external borders.',
      ),
    ],
    totals: {
      individuals: figure(
        166,
        '2021-11-15',
        said(
          'jurist-2021-11-15',
          'The council stated that a total of 166 individuals and 15 entities are now designated under the sanctions regime on Belarus',
        ),
      ),
      entities: figure(
        15,
        '2021-11-15',
        said(
          'jurist-2021-11-15',
          'The council stated that a total of 166 individuals and 15 entities are now designated under the sanctions regime on Belarus',
        ),
      ),
    },
  },
  {
    id: 'rm-criterion-2022-03-02',
    date: '2022-03-02',
    reason: 'russia-war',
    title: {
      en: 'The sanctions regime extended to Belarus’ involvement in Russia’s aggression against Ukraine',
      be: 'Санкцыйны рэжым пашыраны на ўдзел Беларусі ў агрэсіі Расіі супраць Украіны',
      ru: 'Санкционный режим распространён на участие Беларуси в агрессии России против Украины',
    },
    said: [
      said(
        'eur-lex-2022-356',
        'Russian armed forces began an attack on Ukraine, including from the territory of Belarus.',
      ),
      said(
        'eur-lex-2022-356',
        'it is appropriate to amend the title of Decision 2012/642/CFSP and to introduce further restrictive measures.',
      ),
    ],
  },
  {
    id: 'rm-criterion-2025-12-15',
    date: '2025-12-15',
    reason: 'hybrid',
    title: {
      en: 'A new listing criterion for hybrid actions attributable to Belarus, after balloon incursions into Lithuania',
      be: 'Новы крытэрый унясення ў спіс за гібрыдныя дзеянні, якія прыпісваюцца Беларусі, пасля залётаў паветраных шароў у Літву',
      ru: 'Новый критерий включения в список за гибридные действия, приписываемые Беларуси, после залётов воздушных шаров в Литву',
    },
    said: [
      said(
        'council-2025-12-15-republished',
        'Today, the Council introduced a new criterion for the listing of individuals, entities and bodies benefiting from, involved in or facilitating actions or policies attributable to the Republic of Belarus',
      ),
      said(
        'council-2025-12-15-republished',
        "Today's decision follows the recent meteorological balloon incursions into Lithuania's airspace.",
      ),
    ],
  },
];

/** Belarusian military officers listed under the separate regime on Russia's aggression against Ukraine: not in the Belarus-regime totals. */
export const otherRegimes: AuthoredOtherRegime[] = [
  {
    id: 'rm-ukraine-regime-2022-02-24',
    date: '2022-02-24',
    regime: 'ukraine',
    title: {
      en: 'Belarusian military personnel listed under the EU’s Ukraine regime',
      be: 'Беларускія ваеннаслужачыя ўнесены ў спіс у межах рэжыму ЕС па Украіне',
      ru: 'Белорусские военнослужащие внесены в список в рамках режима ЕС по Украине',
    },
    added: {
      individuals: figure(
        20,
        '2022-02-24',
        said(
          'sofiaglobe-2022-03-02',
          'On February 24, twenty members of Belarusian military personnel were already listed in the same context.',
        ),
      ),
    },
  },
  {
    id: 'rm-ukraine-regime-2022-03-02',
    date: '2022-03-02',
    regime: 'ukraine',
    title: {
      en: 'High-ranking Belarusian military officers listed under the EU’s Ukraine regime',
      be: 'Высокапастаўленыя беларускія вайскоўцы ўнесены ў спіс у межах рэжыму ЕС па Украіне',
      ru: 'Высокопоставленные белорусские военные внесены в список в рамках режима ЕС по Украине',
    },
    added: {
      individuals: figure(
        22,
        '2022-03-02',
        said(
          'sofiaglobe-2022-03-02',
          'The Council of the EU decided on March 2 to impose targeted restrictive measures on 22 high-ranking members of Belarusian military personnel',
        ),
      ),
    },
  },
];
