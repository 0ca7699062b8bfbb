import type { AssistanceFramework } from '../schema/assistance.js';

const page = 'eeas-belarus-and-the-eu';

export const assistance: AssistanceFramework = {
  id: 'eu-assistance-to-belarus',
  title: { en: 'EU assistance to Belarus', be: 'Дапамога ЕС Беларусі', ru: 'Помощь ЕС Беларуси' },
  summary: {
    en: 'In the context of the renewed European Neighbourhood Policy, in 2016 the EU doubled the package of bilateral assistance to Belarus to support private sector development and help strengthen institutions.',
    be: 'У кантэксце абноўленай Еўрапейскай палітыкі суседства ў 2016 годзе ЕС падвоіў пакет двухбаковай дапамогі Беларусі, каб падтрымаць развіццё прыватнага сектара і дапамагчы ўмацаваць інстытуты.',
    ru: 'В контексте обновлённой Европейской политики соседства в 2016 году ЕС удвоил пакет двусторонней помощи Беларуси, чтобы поддержать развитие частного сектора и помочь укрепить институты.',
  },
  aims: [
    { en: 'Private sector development', be: 'Развіццё прыватнага сектара', ru: 'Развитие частного сектора' },
    { en: 'Stronger institutions', be: 'Умацаванне інстытутаў', ru: 'Укрепление институтов' },
  ],
  statements: [
    {
      id: 'assistance-doubled-2016',
      date: '2016',
      text: {
        en: 'In 2016 the EU doubled the package of bilateral assistance to Belarus.',
        be: 'У 2016 годзе ЕС падвоіў пакет двухбаковай дапамогі Беларусі.',
        ru: 'В 2016 году ЕС удвоил пакет двусторонней помощи Беларуси.',
      },
      sources: [page],
    },
    {
      id: 'multi-annual-indicative-programme',
      text: {
        en: 'Bilateral assistance for 2014–2017 was set by a Multi-annual Indicative Programme.',
        be: 'Двухбаковая дапамога на 2014–2017 гады была вызначана Шматгадовай індыкатыўнай праграмай.',
        ru: 'Двусторонняя помощь на 2014–2017 годы была определена Многолетней индикативной программой.',
      },
      sources: ['eeas-eu-projects-2017'],
    },
    {
      id: 'national-programme-shapes-assistance',
      text: {
        en: 'Programming of international assistance in Belarus is shaped by the National Programme of International Technical Co-operation.',
        be: 'Праграмаванне міжнароднай дапамогі ў Беларусі вызначаецца Нацыянальнай праграмай міжнароднага тэхнічнага супрацоўніцтва.',
        ru: 'Программирование международной помощи в Беларуси определяется Национальной программой международного технического сотрудничества.',
      },
      sources: [page],
    },
  ],
  figures: [
    {
      id: 'eni-bilateral-2014-2017',
      label: {
        en: 'Bilateral assistance 2014–2017 (European Neighbourhood Instrument), raised after a September 2016 decision',
        be: 'Двухбаковая дапамога на 2014–2017 гады (Еўрапейскі інструмент суседства), павялічаная паводле рашэння верасня 2016 года',
        ru: 'Двусторонняя помощь на 2014–2017 годы (Европейский инструмент соседства), увеличенная по решению сентября 2016 года',
      },
      quantity: { kind: 'money', currency: 'EUR', value: 91.5, scale: 'million' },
      asOf: '2016-09',
      sources: ['eeas-eu-projects-2017'],
    },
    {
      id: 'regional-projects-2007-2013',
      label: {
        en: 'Regional projects, 2007–2013',
        be: 'Рэгіянальныя праекты, 2007–2013 гады',
        ru: 'Региональные проекты, 2007–2013 годы',
      },
      quantity: { kind: 'money', currency: 'EUR', value: 53, scale: 'million', qualifier: 'nearly' },
      sources: ['eeas-regional-projects-archive'],
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
        en: 'EU priorities of development cooperation with Belarus 2014–2017',
        be: 'Прыярытэты ЕС у супрацоўніцтве з Беларуссю ў мэтах развіцця на 2014–2017 гады',
        ru: 'Приоритеты ЕС в сотрудничестве с Беларусью в целях развития на 2014–2017 годы',
      },
      period: { start: '2014', end: '2017' },
      priorities: [
        {
          id: 'social-inclusion',
          title: { en: 'Social inclusion', be: 'Сацыяльная інклюзія', ru: 'Социальная интеграция' },
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
  sources: [page, 'eeas-eu-projects-2017', 'eeas-regional-projects-archive'],
};
