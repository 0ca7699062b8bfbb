import { act, figure, said, type AuthoredRound } from './author.js';

const ukDecision = 'legislation-gov-uk-2020-1650';
const ukRegulation = 'legislation-gov-uk-2020-2129';
const council2020 = 'council-2020-12-17-republished';

/** Listing rounds of 2020 and 2021 under the Belarus regime. */
export const rounds2020to2021: AuthoredRound[] = [
  {
    id: 'rm-listing-2020-10-02',
    date: '2020-10-02',
    said: [said(ukDecision, 'On 2 October 2020, the Council adopted Implementing Decision (CFSP)')],
    reasons: ['repression'],
    title: {
      en: 'First listings over the 2020 presidential election',
      be: 'Першае ўнясенне ў спіс пасля прэзідэнцкіх выбараў 2020 года',
      ru: 'Первое включение в список после президентских выборов 2020 года',
    },
    summary: {
      en: 'Persons responsible for repression and intimidation of peaceful demonstrators, opposition members and journalists, and for the misconduct of the election by the Central Electoral Commission.',
      be: 'Асобы, адказныя за рэпрэсіі і запалохванне мірных дэманстрантаў, прадстаўнікоў апазіцыі і журналістаў, а таксама за парушэнні Цэнтральнай выбарчай камісіі пры правядзенні выбараў.',
      ru: 'Лица, ответственные за репрессии и запугивание мирных демонстрантов, представителей оппозиции и журналистов, а также за нарушения Центральной избирательной комиссии при проведении выборов.',
    },
    added: {
      individuals: {
        ...figure(
          40,
          '2020-10-02',
          said(
            ukDecision,
            'which designated 40 individuals identified as responsible for repression and intimidation of peaceful demonstrators, opposition members and journalists',
          ),
        ),
        others: [
          {
            value: 44,
            asOf: '2020-10',
            said: [
              said(
                council2020,
                'a first round of sanctions was imposed by the Council against 44 individuals on 1 October 2020',
              ),
              said('belsat-2020-11-06', 'European Union leaders agreed to impose sanctions on 44 Belarusian officials'),
            ],
          },
        ],
      },
    },
    acts: [
      act('implementing-decision', 'CFSP', '2020/1388', ukDecision),
      act('implementing-regulation', 'EU', '2020/1387', ukRegulation),
    ],
    note: {
      text: {
        en: 'The legal act counts the individuals it designated; the Council’s press release of December 2020 and a report of November 2020 give a higher number for the first round, and the press release dates it 1 October.',
        be: 'Прававы акт называе колькасць асоб, якіх ён унёс у спіс; прэс-рэліз Савета снежня 2020 года і паведамленне лістапада 2020 года даюць большую лічбу для першага пакета, а прэс-рэліз датуе яго 1 кастрычніка.',
        ru: 'Правовой акт называет число лиц, которых он внёс в список; пресс-релиз Совета декабря 2020 года и сообщение ноября 2020 года дают большее число для первого пакета, а пресс-релиз датирует его 1 октября.',
      },
    },
  },
  {
    id: 'rm-listing-2020-11-06',
    date: '2020-11-06',
    said: [
      said(
        ukRegulation,
        'which designated Alexandr Lukashenko and 14 other persons, among them persons from his close circle.',
      ),
    ],
    reasons: ['repression'],
    title: {
      en: 'Alexandr Lukashenko and members of his close circle listed',
      be: 'У спіс унесены Аляксандр Лукашэнка і асобы з яго бліжэйшага атачэння',
      ru: 'В список внесены Александр Лукашенко и лица из его ближайшего окружения',
    },
    added: {
      individuals: figure(
        15,
        '2020-11-06',
        said(
          'council-2020-11-06-republished',
          'The Council today added 15 members of the Belarusian authorities, including Alexandr Lukashenko',
        ),
      ),
    },
    totals: {
      individuals: {
        ...figure(
          59,
          '2020-11-06',
          said(
            'council-2020-11-06-republished',
            'Restrictive measures, which now apply to a total of 59 individuals, include a travel ban and an asset freeze.',
          ),
          said(
            'belsat-2020-11-06',
            'Restrictive measures, which now apply to a total of 59 individuals, include a travel ban and an asset freeze.',
          ),
        ),
        others: [
          {
            value: 55,
            asOf: '2020-12-07',
            said: [
              said(
                'tass-2020-12-07',
                'the EU imposed two packages of sanctions against Minsk, affecting 55 members of the country’s leadership',
              ),
            ],
          },
        ],
      },
    },
    acts: [
      act('implementing-decision', 'CFSP', '2020/1650', ukDecision),
      act('implementing-regulation', 'EU', '2020/1648', ukRegulation),
    ],
    note: {
      text: {
        en: 'Adding the rounds to the persons listed before 2020 gives the Council’s total; the figure of TASS equals the two packages of October and November 2020 alone. Neither source explains its count.',
        be: 'Калі дадаць пакеты да асоб, унесеных у спіс да 2020 года, атрымліваецца агульная колькасць паводле Савета; лічба TASS роўная двум пакетам кастрычніка і лістапада 2020 года. Ніводная крыніца не тлумачыць свой падлік.',
        ru: 'Если прибавить пакеты к лицам, внесённым в список до 2020 года, получается общее число по данным Совета; цифра ТАСС равна двум пакетам октября и ноября 2020 года. Ни один источник не объясняет свой подсчёт.',
      },
    },
  },
  {
    id: 'rm-listing-2020-12-17',
    date: '2020-12-17',
    said: [said(ukRegulation, 'Council Implementing Regulation (EU) 2020/2129 of 17 December 2020')],
    reasons: ['repression'],
    title: {
      en: 'Officials, businessmen and the first companies listed',
      be: 'У спіс унесены чыноўнікі, бізнесоўцы і першыя кампаніі',
      ru: 'В список внесены чиновники, бизнесмены и первые компании',
    },
    summary: {
      en: 'High-level officials responsible for the ongoing repression, and businessmen and companies that benefit from and support the regime.',
      be: 'Высокапастаўленыя чыноўнікі, адказныя за рэпрэсіі, якія працягваюцца, а таксама бізнесоўцы і кампаніі, якія атрымліваюць выгаду ад рэжыму і падтрымліваюць яго.',
      ru: 'Высокопоставленные чиновники, ответственные за продолжающиеся репрессии, а также бизнесмены и компании, которые извлекают выгоду из режима и поддерживают его.',
    },
    added: {
      individuals: figure(
        29,
        '2020-12-17',
        said('pledgetimes-2021-02-25', '29 new names and 7 enterprises were added to the sanctions list.'),
      ),
      entities: figure(
        7,
        '2020-12-17',
        said(
          council2020,
          'as well as against 2 individuals and 7 entities who benefit from their association with and support the Lukashenka regime',
        ),
      ),
    },
    totals: {
      individuals: figure(
        88,
        '2020-12-17',
        said(
          council2020,
          'A total of 88 individuals and 7 entities are now designated under the sanctions regime on Belarus.',
        ),
      ),
      entities: figure(
        7,
        '2020-12-17',
        said(
          council2020,
          'A total of 88 individuals and 7 entities are now designated under the sanctions regime on Belarus.',
        ),
      ),
    },
    acts: [act('implementing-regulation', 'EU', '2020/2129', ukRegulation)],
  },
  {
    id: 'rm-listing-2021-06-21',
    date: '2021-06-21',
    said: [
      said(
        'primepress-2021-06-21',
        'approved on 21 June 2021 the fourth package of individual sanctions on Belarus targeting 78 individuals and eight entities',
      ),
    ],
    reasons: ['repression', 'ryanair'],
    title: {
      en: 'Fourth round, including listings over the forced landing of a Ryanair flight',
      be: 'Чацвёрты пакет, у тым ліку за прымусовую пасадку самалёта Ryanair',
      ru: 'Четвёртый пакет, в том числе за принудительную посадку самолёта Ryanair',
    },
    summary: {
      en: 'Some of the listings concern the forced landing of a Ryanair flight in Minsk on 23 May 2021 and the detention of Raman Pratasevich and Sofia Sapega.',
      be: 'Частка ўнясенняў у спіс звязана з прымусовай пасадкай самалёта Ryanair у Мінску 23 мая 2021 года і затрыманнем Рамана Пратасевіча і Соф’і Сапегі.',
      ru: 'Часть включений в список связана с принудительной посадкой самолёта Ryanair в Минске 23 мая 2021 года и задержанием Романа Протасевича и Софии Сапеги.',
    },
    added: {
      individuals: figure(
        78,
        '2021-06-21',
        said(
          'eubusiness-2021-06-21',
          'the EU Council decided to impose restrictive measures against 78 Belarusian individuals and 8 entities',
        ),
      ),
      entities: figure(
        8,
        '2021-06-21',
        said(
          'eubusiness-2021-06-21',
          'the EU Council decided to impose restrictive measures against 78 Belarusian individuals and 8 entities',
        ),
      ),
    },
    totals: {
      individuals: figure(
        166,
        '2021-06-21',
        said(
          'eubusiness-2021-06-21',
          'EU restrictive measures on Belarus now apply to a total of 166 persons and 15 entities.',
        ),
      ),
      entities: figure(
        15,
        '2021-06-21',
        said(
          'eubusiness-2021-06-21',
          'EU restrictive measures on Belarus now apply to a total of 166 persons and 15 entities.',
        ),
      ),
    },
  },
  {
    id: 'rm-listing-2021-12-02',
    date: '2021-12-02',
    said: [],
    reasons: ['repression', 'migration'],
    title: {
      en: 'Fifth round: repression and the instrumentalisation of migrants',
      be: 'Пяты пакет: рэпрэсіі і інструменталізацыя мігрантаў',
      ru: 'Пятый пакет: репрессии и инструментализация мигрантов',
    },
    summary: {
      en: 'Judges, propaganda outlets and high-ranking officials, and companies such as Belavia, tour operators and hotels that helped organise illegal border crossings into the EU.',
      be: 'Суддзі, прапагандысцкія СМІ і высокапастаўленыя чыноўнікі, а таксама кампаніі — «Белавія», туроператары і гатэлі, — якія дапамагалі арганізоўваць незаконны перасяк мяжы ЕС.',
      ru: 'Судьи, пропагандистские СМИ и высокопоставленные чиновники, а также компании — «Белавиа», туроператоры и гостиницы, — которые помогали организовывать незаконное пересечение границы ЕС.',
    },
    added: {
      individuals: figure(
        17,
        '2021-12-02',
        said(
          'euneighbourseast-2021-12-03',
          'On 2 December, the Council decided to impose restrictive measures on an additional 17 individuals and 11 entities',
        ),
      ),
      entities: figure(
        11,
        '2021-12-02',
        said(
          'euneighbourseast-2021-12-03',
          'On 2 December, the Council decided to impose restrictive measures on an additional 17 individuals and 11 entities',
        ),
      ),
    },
    totals: {
      individuals: figure(
        183,
        '2021-12-02',
        said(
          'council-2021-12-02-republished',
          'Altogether, EU restrictive measures on Belarus now apply to a total of 183 individuals and 26 entities.',
        ),
      ),
      entities: figure(
        26,
        '2021-12-02',
        said(
          'council-2021-12-02-republished',
          'Altogether, EU restrictive measures on Belarus now apply to a total of 183 individuals and 26 entities.',
        ),
      ),
    },
  },
];
