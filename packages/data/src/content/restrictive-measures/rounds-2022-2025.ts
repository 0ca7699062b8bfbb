import { act, figure, said, type AuthoredRound } from './author.js';

const june2022 = 'euneighbourseast-2022-06-06';
const august2023 = 'council-2023-08-03-republished';
const december2024 = 'european-pravda-2024-12-16';
const lusa = said(
  'lusa-2025-03',
  'as medidas restritivas da UE contra a Bielorrússia aplicam-se agora a 310 pessoas e 46 entidades',
  {
    lang: 'pt',
    translation: 'EU restrictive measures against Belarus now apply to 310 persons and 46 entities',
  },
);

/** Listing rounds from 2022 under the Belarus regime. */
export const rounds2022to2025: AuthoredRound[] = [
  {
    id: 'rm-listing-2022-06-03',
    date: '2022-06-03',
    said: [],
    reasons: ['repression'],
    title: {
      en: 'Sixth round: Belaruskali, the Belarusian Potash Company and Belteleradio listed',
      be: 'Шосты пакет: у спіс унесены «Беларуськалій», Беларуская калійная кампанія і Белтэлерадыёкампанія',
      ru: 'Шестой пакет: в список внесены «Беларуськалий», Белорусская калийная компания и Белтелерадиокомпания',
    },
    summary: {
      en: 'High-ranking officials, businessmen, members of the judiciary and propagandists, and companies including the main potash producer and its export arm.',
      be: 'Высокапастаўленыя чыноўнікі, бізнесоўцы, суддзі і прапагандысты, а таксама кампаніі, у тым ліку асноўны вытворца калійных угнаенняў і яго экспартнае падраздзяленне.',
      ru: 'Высокопоставленные чиновники, бизнесмены, судьи и пропагандисты, а также компании, в том числе основной производитель калийных удобрений и его экспортное подразделение.',
    },
    added: {
      individuals: figure(
        12,
        '2022-06-03',
        said(
          june2022,
          'On 3 June, the Council imposed restrictive measures on an additional 12 individuals and 8 entities',
        ),
      ),
      entities: figure(
        8,
        '2022-06-03',
        said(
          june2022,
          'On 3 June, the Council imposed restrictive measures on an additional 12 individuals and 8 entities',
        ),
      ),
    },
    totals: {
      individuals: figure(
        195,
        '2022-06-03',
        said(
          june2022,
          'Altogether, EU restrictive measures on Belarus now apply to a total of 195 individuals and 35 entities.',
        ),
      ),
      entities: figure(
        35,
        '2022-06-03',
        said(
          june2022,
          'Altogether, EU restrictive measures on Belarus now apply to a total of 195 individuals and 35 entities.',
        ),
      ),
    },
    note: {
      text: {
        en: 'Adding this round’s entities gives one fewer than the Council states; at the prolongation of February 2023 the Council gave the lower number, and no removal from the list in between was found.',
        be: 'Калі дадаць арганізацыі гэтага пакета, атрымліваецца на адну менш, чым называе Савет; пры падаўжэнні ў лютым 2023 года Савет назваў меншую лічбу, а выключэння са спіса ў прамежку не знойдзена.',
        ru: 'Если прибавить организации этого пакета, получается на одну меньше, чем называет Совет; при продлении в феврале 2023 года Совет назвал меньшее число, а исключения из списка в промежутке не найдено.',
      },
    },
  },
  {
    id: 'rm-listing-2023-08-03',
    date: '2023-08-03',
    said: [],
    reasons: ['repression'],
    title: {
      en: 'Prison officials, propagandists, judges and state companies listed, including Belneftekhim',
      be: 'У спіс унесены кіраўнікі турмаў, прапагандысты, суддзі і дзяржаўныя кампаніі, у тым ліку «Белнафтахім»',
      ru: 'В список внесены руководители тюрем, пропагандисты, судьи и государственные компании, в том числе «Белнефтехим»',
    },
    added: {
      individuals: figure(
        38,
        '2023-08-03',
        said(august2023, 'The EU Council today imposed sanctions on an additional 38 individuals and 3 entities.'),
      ),
      entities: figure(
        3,
        '2023-08-03',
        said(august2023, 'The EU Council today imposed sanctions on an additional 38 individuals and 3 entities.'),
      ),
    },
    totals: {
      individuals: figure(233, '2023-08-03', said(august2023, 'a total of 233 individuals and 37 entities')),
      entities: figure(37, '2023-08-03', said(august2023, 'a total of 233 individuals and 37 entities')),
    },
  },
  {
    id: 'rm-listing-2024-08-05',
    date: '2024-08-05',
    said: [],
    reasons: ['repression'],
    title: {
      en: 'Judges, prosecutors, prison heads and propagandists listed',
      be: 'У спіс унесены суддзі, пракуроры, кіраўнікі турмаў і прапагандысты',
      ru: 'В список внесены судьи, прокуроры, руководители тюрем и пропагандисты',
    },
    added: {
      individuals: figure(
        28,
        '2024-08-05',
        said(
          'council-2024-08-05-republished',
          'The Council today decided to impose restrictive measures on an additional 28 individuals for their role in the ongoing internal repression and human rights violations in Belarus.',
        ),
      ),
    },
    totals: {
      individuals: figure(
        261,
        '2024-08-05',
        said('rferl-2024-08-05', 'which now apply to 261 individuals and 37 entities.'),
      ),
      entities: figure(
        37,
        '2024-08-05',
        said('rferl-2024-08-05', 'which now apply to 261 individuals and 37 entities.'),
      ),
    },
    acts: [
      act(
        'implementing-decision',
        'CFSP',
        '2024/2116',
        'finland-mfa-2024-08',
        said('finland-mfa-2024-08', 'Council Implementing Decision (CFSP) 2024/2116'),
      ),
      act('implementing-regulation', 'EU', '2024/2113', 'finland-mfa-2024-08'),
    ],
  },
  {
    id: 'rm-listing-2024-12-16',
    date: '2024-12-16',
    said: [],
    reasons: ['repression'],
    title: {
      en: 'Judges, security officials, prison heads and companies that helped circumvent EU sanctions listed',
      be: 'У спіс унесены суддзі, сілавікі, кіраўнікі турмаў і кампаніі, якія дапамагалі абыходзіць санкцыі ЕС',
      ru: 'В список внесены судьи, силовики, руководители тюрем и компании, помогавшие обходить санкции ЕС',
    },
    added: {
      individuals: figure(
        26,
        '2024-12-16',
        said(
          december2024,
          'The EU Council has adopted restrictive measures against another 26 individuals and two companies',
        ),
      ),
      entities: figure(
        2,
        '2024-12-16',
        said(
          december2024,
          'The EU Council has adopted restrictive measures against another 26 individuals and two companies',
        ),
      ),
    },
    totals: {
      individuals: figure(
        287,
        '2024-12-16',
        said(
          december2024,
          'With the added list, the EU\'s "Belarusian" sanctions now cover 287 individuals and 39 companies.',
        ),
      ),
      entities: figure(
        39,
        '2024-12-16',
        said(
          december2024,
          'With the added list, the EU\'s "Belarusian" sanctions now cover 287 individuals and 39 companies.',
        ),
      ),
    },
  },
  {
    id: 'rm-listing-2025-03-27',
    date: '2025-03-27',
    said: [
      said(
        'sofiaglobe-2025-03-28',
        'European Union foreign ministers decided on March 27 to impose restrictive measures on an additional 25 individuals and seven entities',
      ),
    ],
    reasons: ['repression', 'russia-war'],
    title: {
      en: 'The Central Election Commission listed after the 2025 presidential election',
      be: 'Цэнтральная выбарчая камісія ўнесена ў спіс пасля прэзідэнцкіх выбараў 2025 года',
      ru: 'Центральная избирательная комиссия внесена в список после президентских выборов 2025 года',
    },
    summary: {
      en: 'Members of the Central Election Commission, judges, members of the President Property Management Directorate, and companies benefiting from the regime or active in the military-industrial complex.',
      be: 'Члены Цэнтральнай выбарчай камісіі, суддзі, супрацоўнікі Упраўлення справамі прэзідэнта, а таксама кампаніі, якія атрымліваюць выгаду ад рэжыму або працуюць у ваенна-прамысловым комплексе.',
      ru: 'Члены Центральной избирательной комиссии, судьи, сотрудники Управления делами президента, а также компании, извлекающие выгоду из режима или работающие в военно-промышленном комплексе.',
    },
    added: {
      individuals: figure(
        25,
        '2025-03-27',
        said(
          'council-2025-03-republished',
          'The Council today decided to impose restrictive measures on an additional 25 individuals and 7 entities',
        ),
      ),
      entities: figure(
        7,
        '2025-03-27',
        said(
          'council-2025-03-republished',
          'The Council today decided to impose restrictive measures on an additional 25 individuals and 7 entities',
        ),
      ),
    },
    totals: {
      individuals: figure(310, '2025-03-27', lusa),
      entities: figure(46, '2025-03-27', lusa),
    },
    note: {
      text: {
        en: 'Adding this round to the total of December 2024 gives more individuals than the Council states; the changes in between were not found.',
        be: 'Калі дадаць гэты пакет да агульнай колькасці на снежань 2024 года, атрымліваецца больш фізічных асоб, чым называе Савет; змены ў прамежку не знойдзены.',
        ru: 'Если прибавить этот пакет к общему числу на декабрь 2024 года, получается больше физических лиц, чем называет Совет; изменения в промежутке не найдены.',
      },
    },
  },
];
