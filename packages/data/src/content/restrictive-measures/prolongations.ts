import { figure, said, type AuthoredProlongation, type NotFound } from './author.js';

const feb2023 = 'council-2023-02-27-republished';
const feb2024 = 'einpresswire-2024-02-27';
const reportAz = 'report-az-2026-02-26';
const lithuania = 'Currently, sanctions apply to 312 Belarusian individuals and 57 companies and organizations.';

/** The annual prolongations (to 28 February of the next year) that sources confirm. */
export const prolongations: AuthoredProlongation[] = [
  {
    id: 'rm-prolongation-2017',
    date: '2017-02-27',
    until: '2018-02-28',
    said: [
      said('rferl-2017-02-27', 'decided on February 27 to prolong its weapons embargo on Belarus by another year'),
      said('belsat-2017-02', 'prolonged sanctions against the official Minsk until 28 February 2018'),
    ],
    summary: {
      en: 'The arms embargo and the asset freeze and travel ban on persons linked to the disappearances of 1999–2000 were prolonged.',
      be: 'Падоўжаны эмбарга на пастаўкі зброі, а таксама замарожванне актываў і забарона на ўезд для асоб, звязаных са знікненнямі 1999–2000 гадоў.',
      ru: 'Продлены эмбарго на поставки оружия, а также замораживание активов и запрет на въезд для лиц, связанных с исчезновениями 1999–2000 годов.',
    },
  },
  {
    id: 'rm-prolongation-2019',
    date: '2019-02-25',
    until: '2020-02-28',
    said: [
      said(
        'tass-2019-02-25',
        'Today the Council decided to prolong the restrictive measures against Belarus for one year, until 28 February 2020',
      ),
    ],
  },
  {
    id: 'rm-prolongation-2020',
    date: '2020-02-17',
    until: '2021-02-28',
    said: [
      said(
        'europe-diplomatic-2020-02-17',
        'Today the Council decided to prolong the restrictive measures against Belarus for one year, until 28 February 2021.',
      ),
    ],
    summary: {
      en: 'The measures in force were the arms embargo and the listing of persons linked to the unresolved disappearances of two opposition politicians, a businessman and a journalist in 1999 and 2000.',
      be: 'Дзейнічалі эмбарга на пастаўкі зброі і санкцыі супраць асоб, звязаных з нераскрытымі знікненнямі двух апазіцыйных палітыкаў, прадпрымальніка і журналіста ў 1999 і 2000 гадах.',
      ru: 'Действовали эмбарго на поставки оружия и санкции против лиц, связанных с нераскрытыми исчезновениями двух оппозиционных политиков, предпринимателя и журналиста в 1999 и 2000 годах.',
    },
    totals: {
      individuals: figure(
        4,
        '2020-02-17',
        said(
          'europe-diplomatic-2020-02-17',
          'EU prolongs arms embargo and sanctions against 4 individuals for one year',
        ),
      ),
    },
  },
  {
    id: 'rm-prolongation-2021',
    date: '2021-02-25',
    until: '2022-02-28',
    said: [
      said(
        'urdupoint-2021-02-25',
        'The Council today decided to prolong until 28 February 2022 the restrictive measures targeting high-level officials responsible for the violent repression',
      ),
    ],
    totals: {
      individuals: figure(
        88,
        '2021-02-25',
        said(
          'pledgetimes-2021-02-25',
          '88 individuals and seven enterprises have been included in the sanctions list.',
        ),
      ),
      entities: figure(
        7,
        '2021-02-25',
        said(
          'pledgetimes-2021-02-25',
          '88 individuals and seven enterprises have been included in the sanctions list.',
        ),
      ),
    },
  },
  {
    id: 'rm-prolongation-2022',
    date: '2022-02',
    until: '2023-02-28',
    said: [
      said('reformby-2022-02', 'Санкции будут действовать до 28 февраля 2023 года. Изменений в санкции не вносилось.', {
        lang: 'ru',
        translation: 'The sanctions will apply until 28 February 2023. No changes were made.',
      }),
    ],
    totals: {
      individuals: figure(
        183,
        '2022-02',
        said('reformby-2022-02', '183 физических лица и 26 юрлиц', {
          lang: 'ru',
          translation: '183 individuals and 26 legal entities',
        }),
      ),
      entities: figure(
        26,
        '2022-02',
        said('reformby-2022-02', '183 физических лица и 26 юрлиц', {
          lang: 'ru',
          translation: '183 individuals and 26 legal entities',
        }),
      ),
    },
  },
  {
    id: 'rm-prolongation-2023',
    date: '2023-02-27',
    until: '2024-02-28',
    said: [said('einpresswire-2023-02-28', 'The measures now apply until 28 February 2024.')],
    totals: {
      individuals: figure(
        195,
        '2023-02-27',
        said(
          feb2023,
          'currently 195 individuals, including Alexandr Lukashenko – and an asset freeze applicable to 34 entities',
        ),
      ),
      entities: figure(
        34,
        '2023-02-27',
        said(
          feb2023,
          'currently 195 individuals, including Alexandr Lukashenko – and an asset freeze applicable to 34 entities',
        ),
      ),
    },
  },
  {
    id: 'rm-prolongation-2024',
    date: '2024-02-26',
    until: '2025-02-28',
    said: [
      said(
        feb2024,
        'extended the restrictive measures linked to internal repression in Belarus and the regime’s support for Russia’s war against Ukraine for another year, until 28 February 2025',
      ),
    ],
    totals: {
      individuals: figure(
        233,
        '2024-02-26',
        said(feb2024, 'There are currently 233 individuals, including Alexandr Lukashenka, and 37 entities listed.'),
      ),
      entities: figure(
        37,
        '2024-02-26',
        said(feb2024, 'There are currently 233 individuals, including Alexandr Lukashenka, and 37 entities listed.'),
      ),
    },
  },
  {
    id: 'rm-prolongation-2026',
    date: '2026-02-26',
    until: '2027-02-28',
    said: [
      said('gazeta-2026-02-26', 'Совет постановил продлить действие ограничительных мер до 28 февраля 2027 года', {
        lang: 'ru',
        translation: 'The Council decided to extend the restrictive measures until 28 February 2027',
      }),
    ],
    totals: {
      individuals: { ...figure(312, '2026-02-26', said(reportAz, lithuania)), statedBy: 'member-state' },
      entities: { ...figure(57, '2026-02-26', said(reportAz, lithuania)), statedBy: 'member-state' },
    },
    note: {
      said: [
        said(
          'haqqin-2026-02-26',
          'Евросоюз также ввел новые санкции против 54 белорусских силовиков, включая командиров и офицеров различных спецподразделений, и 7 юрлиц',
          {
            lang: 'ru',
            translation:
              'The European Union also imposed new sanctions on 54 Belarusian security officials, including commanders and officers of various special units, and 7 legal entities',
          },
        ),
        said(
          'haqqin-2026-02-26',
          'В черный список включили премьер-министра Александра Турчина, председателя Палаты представителей (нижняя палата) парламента Игоря Сергеенко, главу МИД Максима Рыженкова.',
          {
            lang: 'ru',
            translation:
              'The blacklist includes Prime Minister Aleksandr Turchin, the Chairman of the House of Representatives (lower house) of parliament Igor Sergeenko, and the head of the Foreign Ministry Maksim Ryzhenkov.',
          },
        ),
      ],
      text: {
        en: 'The totals are the Lithuanian foreign ministry’s figures. A report of the same day (Haqqin.az) speaks of new listings of security officials and companies, including the prime minister and the foreign minister; no EU source for them was found, and they are not counted here.',
        be: 'Агульныя лічбы — даныя МЗС Літвы. Паведамленне таго ж дня (Haqqin.az) кажа пра новыя ўнясенні ў спіс сілавікоў і кампаній, у тым ліку прэм’ер-міністра і міністра замежных спраў; крыніцы ЕС пра іх не знойдзена, і тут яны не ўлічаны.',
        ru: 'Общие цифры — данные МИД Литвы. Сообщение того же дня (Haqqin.az) говорит о новых включениях в список силовиков и компаний, в том числе премьер-министра и министра иностранных дел; источника ЕС о них не найдено, и здесь они не учтены.',
      },
    },
  },
];

/** Prolongations and rounds looked for and not found in a source we could use. */
export const notFound: NotFound[] = [
  {
    id: 'rm-not-found-prolongation-2018',
    kind: 'prolongation',
    start: '2018-02',
    end: '2018-02',
    text: {
      en: 'The prolongation of February 2018 (until 28 February 2019) was not found in a source we could use.',
      be: 'Падаўжэнне лютага 2018 года (да 28 лютага 2019 года) не знойдзена ў крыніцы, якой можна карыстацца.',
      ru: 'Продление февраля 2018 года (до 28 февраля 2019 года) не найдено в источнике, которым можно пользоваться.',
    },
  },
  {
    id: 'rm-not-found-prolongation-2025',
    kind: 'prolongation',
    start: '2025-02',
    end: '2025-02',
    text: {
      en: 'The prolongation of February 2025 (until 28 February 2026) and the list totals at that date were not found.',
      be: 'Падаўжэнне лютага 2025 года (да 28 лютага 2026 года) і агульная колькасць у спісе на тую дату не знойдзены.',
      ru: 'Продление февраля 2025 года (до 28 февраля 2026 года) и общее число в списке на ту дату не найдены.',
    },
  },
  {
    id: 'rm-not-found-rounds-2025',
    kind: 'rounds',
    start: '2025-04',
    end: '2026-02',
    text: {
      en: 'The listing rounds between April 2025 and February 2026 were not found, so the totals of February 2026 cannot be added up from the rounds.',
      be: 'Пакеты санкцый паміж красавіком 2025 і лютым 2026 года не знойдзены, таму агульную колькасць на люты 2026 года нельга скласці з пакетаў.',
      ru: 'Пакеты санкций между апрелем 2025 и февралём 2026 года не найдены, поэтому общее число на февраль 2026 года нельзя сложить из пакетов.',
    },
  },
];
