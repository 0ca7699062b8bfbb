import type { TimelineEvent } from '../../schema/timeline.js';

/** Events of 2020 and 2021, oldest first (restrictive measures come from their own topic). */
export const events2020To2021: TimelineEvent[] = [
  {
    id: 'visa-readmission-agreements-signed',
    date: '2020-01-08',
    precision: 'day',
    category: 'agreement',
    title: {
      en: 'Visa facilitation and readmission agreements signed',
      be: 'Падпісаныя пагадненні аб спрашчэнні выдачы віз і аб рэадмісіі',
      ru: 'Подписаны соглашения об упрощении выдачи виз и о реадмиссии',
    },
    sources: ['europeansting-2020-01-09', 'newskitchen-2020-01-08'],
    quotes: ['commission-2020-signed', 'mfa-2020-signing-date'],
  },
  {
    id: 'visa-readmission-agreements-in-force',
    date: '2020-07-01',
    precision: 'day',
    category: 'agreement',
    title: {
      en: 'Visa facilitation and readmission agreements enter into force',
      be: 'Пагадненні аб спрашчэнні выдачы віз і аб рэадмісіі ўступаюць у сілу',
      ru: 'Соглашения об упрощении выдачи виз и о реадмиссии вступают в силу',
    },
    summary: {
      en: 'The visa fee is generally reduced to EUR 35.',
      be: 'Візавы збор у агульным выпадку зніжаецца да 35 еўра.',
      ru: 'Визовый сбор в общем случае снижается до 35 евро.',
    },
    sources: ['europeansting-2020-07-01'],
    quotes: ['commission-2020-in-force', 'commission-2020-visa-fee'],
  },
  {
    id: 'council-conclusions-2020',
    date: '2020-10-12',
    precision: 'day',
    category: 'policy',
    title: {
      en: 'Council conclusions: the election was neither free nor fair; cooperation with the central authorities is scaled down',
      be: 'Высновы Савета ЕС: выбары не былі ні свабоднымі, ні справядлівымі; супрацоўніцтва з цэнтральнымі ўладамі скарачаецца',
      ru: 'Выводы Совета ЕС: выборы не были ни свободными, ни честными; сотрудничество с центральными властями сокращается',
    },
    summary: {
      en: 'The Council found that Aleksandr Lukashenko lacked any democratic legitimacy; the EU would increase its support for the Belarusian people and civil society.',
      be: 'Савет ЕС канстатаваў, што ў Аляксандра Лукашэнкі няма ніякай дэмакратычнай легітымнасці; ЕС павялічыць падтрымку беларускага народа і грамадзянскай супольнасці.',
      ru: 'Совет ЕС констатировал, что у Александра Лукашенко нет никакой демократической легитимности; ЕС увеличит поддержку белорусского народа и гражданского общества.',
    },
    sources: ['dg-near-2020-10-12'],
    quotes: ['dg-near-2020-conclusions', 'dg-near-2020-scale-down'],
  },
  {
    id: 'most-period-ends',
    date: '2020-12-16',
    precision: 'day',
    category: 'programme',
    title: {
      en: 'Scheduled end of the period of the MOST mobility scheme',
      be: 'Запланаванае завяршэнне тэрміну схемы мабільнасці MOST',
      ru: 'Запланированное завершение срока схемы мобильности MOST',
    },
    sources: ['euprojects-by-most'],
    quotes: ['euprojects-most-period-budget'],
  },
  {
    id: 'eastern-partnership-suspended',
    date: '2021-06-28',
    precision: 'day',
    category: 'policy',
    title: {
      en: 'Belarus suspends its participation in the Eastern Partnership',
      be: 'Беларусь прыпыняе ўдзел ва Усходнім партнёрстве',
      ru: 'Беларусь приостанавливает участие в Восточном партнёрстве',
    },
    summary: {
      en: 'European Council President Charles Michel calls it another step backwards.',
      be: 'Старшыня Еўрапейскай рады Шарль Мішэль называе гэта яшчэ адным крокам назад.',
      ru: 'Председатель Европейского совета Шарль Мишель называет это ещё одним шагом назад.',
    },
    sources: ['europediplomatic-2021-06-28', 'armradio-2021-06-28'],
    quotes: ['michel-eap-step-backwards', 'borrell-eap-people'],
  },
  {
    id: 'readmission-agreement-suspended',
    date: '2021-06-28',
    precision: 'day',
    category: 'agreement',
    title: {
      en: 'Belarus announces that it suspends the readmission agreement',
      be: 'Беларусь абвяшчае, што прыпыняе пагадненне аб рэадмісіі',
      ru: 'Беларусь объявляет, что приостанавливает соглашение о реадмиссии',
    },
    sources: ['armradio-2021-06-28', 'euneighbourseast-2021-09-29'],
    quotes: ['armradio-readmission-suspended', 'commission-2021-readmission-suspension'],
  },
];
