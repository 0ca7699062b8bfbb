import type { AssistanceFramework } from '../../schema/assistance.js';

const page = 'eeas-belarus-and-the-eu';

/** Bilateral assistance in 2014–2017 and the priorities it followed: dated history. */
export const assistance2014To2017: Pick<AssistanceFramework, 'statements' | 'figures' | 'prioritySets'> = {
  statements: [
    {
      id: 'assistance-doubled-2016',
      asOf: '2016',
      text: {
        en: 'In 2016 the EU doubled the package of bilateral assistance to Belarus, to support private sector development and help strengthen institutions.',
        be: 'У 2016 годзе ЕС падвоіў пакет двухбаковай дапамогі Беларусі, каб падтрымаць развіццё прыватнага сектара і дапамагчы ўмацаваць інстытуты.',
        ru: 'В 2016 году ЕС удвоил пакет двусторонней помощи Беларуси, чтобы поддержать развитие частного сектора и помочь укрепить институты.',
      },
      sources: [page],
      quotes: ['seed-doubled'],
    },
    {
      id: 'multi-annual-indicative-programme',
      asOf: '2017-12-04',
      text: {
        en: 'Bilateral assistance for 2014–2017 was set out in a Multi-annual Indicative Programme.',
        be: 'Двухбаковая дапамога на 2014–2017 гады была вызначана ў Шматгадовай індыкатыўнай праграме.',
        ru: 'Двусторонняя помощь на 2014–2017 годы была определена в Многолетней индикативной программе.',
      },
      sources: ['eeas-eu-projects-2017'],
      quotes: ['eeas-2017-mip'],
    },
    {
      id: 'national-programme-shapes-assistance',
      asOf: '2016',
      text: {
        en: 'In 2016 the programming of international assistance in Belarus was shaped by the National Programme of International Technical Co-operation.',
        be: 'У 2016 годзе праграмаванне міжнароднай дапамогі ў Беларусі фармавалася Нацыянальнай праграмай міжнароднага тэхнічнага супрацоўніцтва.',
        ru: 'В 2016 году программирование международной помощи в Беларуси формировалось Национальной программой международного технического сотрудничества.',
      },
      sources: [page],
      quotes: ['seed-national-programme'],
    },
  ],
  figures: [
    {
      id: 'eni-bilateral-2014-2017',
      label: {
        en: 'EU bilateral assistance to Belarus under the European Neighbourhood Instrument, 2014–2017, as raised after a decision of September 2016',
        be: 'Двухбаковая дапамога ЕС Беларусі ў межах Еўрапейскага інструмента суседства, 2014–2017 гады, павялічаная паводле рашэння, прынятага ў верасні 2016 года',
        ru: 'Двусторонняя помощь ЕС Беларуси в рамках Европейского инструмента соседства, 2014–2017 годы, увеличенная по решению, принятому в сентябре 2016 года',
      },
      quantity: { kind: 'money', currency: 'EUR', value: 91.5, scale: 'million' },
      coverage: 'belarus',
      asOf: '2017-12-04',
      sources: ['eeas-eu-projects-2017'],
      quotes: ['eeas-2017-eni'],
    },
  ],
  prioritySets: [
    {
      id: 'national-programme-2012-2016',
      owner: 'belarus',
      title: {
        en: 'National Programme of International Technical Co-operation 2012–2016',
        be: 'Нацыянальная праграма міжнароднага тэхнічнага супрацоўніцтва на 2012–2016 гады',
        ru: 'Национальная программа международного технического сотрудничества на 2012–2016 годы',
      },
      period: { start: '2012', end: '2016' },
      asOf: '2016',
      priorities: [
        {
          id: 'human-development',
          title: {
            en: 'Human development, improvement of level of life, social development and assistance',
            be: 'Чалавечае развіццё, павышэнне ўзроўню жыцця, сацыяльнае развіццё і дапамога',
            ru: 'Человеческое развитие, повышение уровня жизни, социальное развитие и помощь',
          },
        },
        {
          id: 'sustainable-growth',
          title: {
            en: 'Sustainable economic growth through innovation, international cooperation, investment and resource and energy efficiency',
            be: 'Устойлівы эканамічны рост праз інавацыі, міжнароднае супрацоўніцтва, інвестыцыі і рэсурса- і энергаэфектыўнасць',
            ru: 'Устойчивый экономический рост за счёт инноваций, международного сотрудничества, инвестиций и ресурсо- и энергоэффективности',
          },
        },
        {
          id: 'environment-chernobyl',
          title: {
            en: 'Environment protection, ecological sustainability, rehabilitation of Chernobyl affected areas',
            be: 'Ахова навакольнага асяроддзя, экалагічная ўстойлівасць, рэабілітацыя пацярпелых ад Чарнобыля тэрыторый',
            ru: 'Охрана окружающей среды, экологическая устойчивость, реабилитация пострадавших от Чернобыля территорий',
          },
        },
      ],
      sources: [page],
    },
    {
      id: 'eu-priorities-2014-2017',
      owner: 'eu',
      title: {
        en: 'EU priorities of development cooperation with Belarus 2014–2017 (broadly framed and interrelated)',
        be: 'Прыярытэты ЕС у супрацоўніцтве з Беларуссю ў мэтах развіцця на 2014–2017 гады (шырока сфармуляваныя і ўзаемазвязаныя)',
        ru: 'Приоритеты ЕС в сотрудничестве с Беларусью в целях развития на 2014–2017 годы (широко сформулированные и взаимосвязанные)',
      },
      period: { start: '2014', end: '2017' },
      asOf: '2016',
      priorities: [
        {
          id: 'social-inclusion',
          title: { en: 'Social inclusion', be: 'Сацыяльная інклюзія', ru: 'Социальная инклюзия' },
        },
        { id: 'environment', title: { en: 'Environment', be: 'Навакольнае асяроддзе', ru: 'Окружающая среда' } },
        {
          id: 'local-regional-development',
          title: {
            en: 'Local and regional economic development',
            be: 'Мясцовае і рэгіянальнае эканамічнае развіццё',
            ru: 'Местное и региональное экономическое развитие',
          },
        },
      ],
      sources: [page],
    },
  ],
};
