import type { PolicyPoint } from '../../schema/overview.js';

/** The rest of the current line: the war, hybrid attacks, political prisoners, the Eastern Partnership, the treaties. */
export const currentPolicyContext: PolicyPoint[] = [
  {
    id: 'role-in-the-war',
    title: {
      en: "Belarus' involvement in Russia's war against Ukraine",
      be: 'Удзел Беларусі ў вайне Расіі супраць Украіны',
      ru: 'Участие Беларуси в войне России против Украины',
    },
    summary: {
      en: "On 24 February 2022 the members of the European Council condemned the involvement of Belarus in Russia's aggression against Ukraine. The Council recorded on 2 March 2022 that the attack was launched partly from the territory of Belarus, which supported it, among other things by allowing Russia to fire ballistic missiles from Belarusian territory.",
      be: '24 лютага 2022 года члены Еўрапейскай рады асудзілі ўдзел Беларусі ў агрэсіі Расіі супраць Украіны. 2 сакавіка 2022 года Савет ЕС адзначыў, што напад быў распачаты ў тым ліку з тэрыторыі Беларусі, якая падтрымала яго, сярод іншага дазволіўшы Расіі запускаць балістычныя ракеты са сваёй тэрыторыі.',
      ru: '24 февраля 2022 года члены Европейского совета осудили участие Беларуси в агрессии России против Украины. 2 марта 2022 года Совет ЕС отметил, что нападение было начато в том числе с территории Беларуси, которая поддержала его, в частности позволив России запускать баллистические ракеты со своей территории.',
    },
    timeframe: 'current',
    asOf: '2022-03-02',
    sources: ['wired-gov-2022-02-24', 'eur-lex-2022-356', 'sofiaglobe-2022-03-02'],
    quotes: ['euco-2022-02-24', 'council-2022-03-02-territory', 'council-2022-03-02-support'],
  },
  {
    id: 'hybrid-attacks',
    title: {
      en: 'Instrumentalised migration and hybrid attacks',
      be: 'Інструменталізаваная міграцыя і гібрыдныя атакі',
      ru: 'Инструментализированная миграция и гибридные атаки',
    },
    summary: {
      en: "In October 2021 the European Council underlined that the EU does not accept any attempt by third countries to instrumentalise migrants for political purposes. In October 2025 it condemned Russia's and Belarus' intensified hybrid attacks and the recent violations of EU airspace, and the High Representative condemned, on behalf of the EU, Belarus' actions against the EU and its member states after balloon incursions into Lithuania.",
      be: 'У кастрычніку 2021 года Еўрапейская рада падкрэсліла, што ЕС не прымае ніякіх спроб трэціх краін выкарыстоўваць мігрантаў у палітычных мэтах. У кастрычніку 2025 года яна асудзіла ўзмоцненыя гібрыдныя атакі Расіі і Беларусі і нядаўнія парушэнні паветранай прасторы ЕС, а Высокі прадстаўнік ад імя ЕС асудзіў дзеянні Беларусі супраць ЕС і яго дзяржаў-членаў пасля пранікнення паветраных шароў у Літву.',
      ru: 'В октябре 2021 года Европейский совет подчеркнул, что ЕС не принимает никаких попыток третьих стран использовать мигрантов в политических целях. В октябре 2025 года он осудил усилившиеся гибридные атаки России и Беларуси и недавние нарушения воздушного пространства ЕС, а Высокий представитель от имени ЕС осудил действия Беларуси против ЕС и его государств-членов после проникновения воздушных шаров в Литву.',
    },
    timeframe: 'current',
    asOf: '2025-10-29',
    sources: ['com-2021-752', 'council-2025-12-15-republished'],
    quotes: ['euco-2021-10-migrants', 'euco-2025-10-23', 'hr-2025-10-29'],
  },
  {
    id: 'political-prisoners',
    title: {
      en: 'Political prisoners and the Consultative Group',
      be: 'Палітычныя зняволеныя і Кансультатыўная група',
      ru: 'Политические заключённые и Консультативная группа',
    },
    summary: {
      en: 'Since June 2023 the EU has met Belarusian democratic forces and civil society in a Consultative Group. At its sixth meeting, in March 2026, it counted nearly 1,150 political prisoners still detained, after more than 1,400 in June 2024. The EU welcomed the releases of 2025 and calls for the release of all political prisoners.',
      be: 'З чэрвеня 2023 года ЕС сустракаецца з беларускімі дэмакратычнымі сіламі і грамадзянскай супольнасцю ў Кансультатыўнай групе. На яе шостым пасяджэнні, у сакавіку 2026 года, ішлося пра амаль 1150 палітычных зняволеных, якія ўсё яшчэ ўтрымліваюцца пад вартай, пасля больш чым 1400 у чэрвені 2024 года. ЕС вітаў вызваленні 2025 года і заклікае вызваліць усіх палітычных зняволеных.',
      ru: 'С июня 2023 года ЕС встречается с белорусскими демократическими силами и гражданским обществом в Консультативной группе. На её шестом заседании, в марте 2026 года, речь шла почти о 1150 политических заключённых, которые всё ещё находятся под стражей, после более чем 1400 в июне 2024 года. ЕС приветствовал освобождения 2025 года и призывает освободить всех политических заключённых.',
    },
    timeframe: 'current',
    asOf: '2026-03-06',
    sources: [
      'einpresswire-2023-06-29',
      'eeas-2024-06-25',
      'aravot-2026-03-09',
      'charter97-2025-12-14',
      'menafn-2025-01-26',
    ],
    quotes: [
      'cg-2023-launch',
      'eeas-2024-prisoners',
      'cg-2026-prisoners',
      'kallas-2025-12-13',
      'kallas-kos-2025-prisoners',
    ],
  },
  {
    id: 'eastern-partnership',
    title: { en: 'The Eastern Partnership', be: 'Усходняе партнёрства', ru: 'Восточное партнёрство' },
    summary: {
      en: 'On 28 June 2021 Belarus suspended its participation in the Eastern Partnership. European Council President Charles Michel called it another step backwards; the High Representative, Josep Borrell, said the EU was ready to continue working with the Belarusian people. In December 2021 the Eastern Partnership summit regretted the decision.',
      be: '28 чэрвеня 2021 года Беларусь прыпыніла ўдзел ва Усходнім партнёрстве. Старшыня Еўрапейскай рады Шарль Мішэль назваў гэта яшчэ адным крокам назад; Высокі прадстаўнік Жузэп Барэль заявіў, што ЕС гатовы і далей працаваць з беларускім народам. У снежні 2021 года саміт Усходняга партнёрства выказаў шкадаванне ў сувязі з гэтым рашэннем.',
      ru: '28 июня 2021 года Беларусь приостановила участие в Восточном партнёрстве. Председатель Европейского совета Шарль Мишель назвал это ещё одним шагом назад; Высокий представитель Жозеп Боррель заявил, что ЕС готов и дальше работать с белорусским народом. В декабре 2021 года саммит Восточного партнёрства выразил сожаление в связи с этим решением.',
    },
    timeframe: 'current',
    asOf: '2021-12-15',
    sources: ['europediplomatic-2021-06-28', 'armradio-2021-06-28', 'vestikavkaza-2021-12-15'],
    quotes: ['michel-eap-step-backwards', 'borrell-eap-people', 'eap-summit-2021'],
  },
  {
    id: 'contractual-relations',
    title: {
      en: 'No partnership agreement in force',
      be: 'Пагадненне аб партнёрстве не дзейнічае',
      ru: 'Соглашение о партнёрстве не действует',
    },
    summary: {
      en: "DG Trade's page, written after February 2022, states that the EU has not ratified the Partnership and Cooperation Agreement concluded with Belarus in 1995, that Belarus' accession to the World Trade Organization has been suspended following its involvement in Russia's invasion of Ukraine, and that the EU–Belarus trade dialogue has been suspended since July 2020.",
      be: 'На старонцы Генеральнага дырэктарата па гандлі, напісанай пасля лютага 2022 года, сказана, што ЕС не ратыфікаваў Пагадненне аб партнёрстве і супрацоўніцтве, заключанае з Беларуссю ў 1995 годзе, што далучэнне Беларусі да Сусветнай гандлёвай арганізацыі прыпынена з-за яе ўдзелу ва ўварванні Расіі ва Украіну і што гандлёвы дыялог ЕС і Беларусі прыпынены з ліпеня 2020 года.',
      ru: 'На странице Генерального директората по торговле, написанной после февраля 2022 года, сказано, что ЕС не ратифицировал Соглашение о партнёрстве и сотрудничестве, заключённое с Беларусью в 1995 году, что присоединение Беларуси к Всемирной торговой организации приостановлено из-за её участия во вторжении России в Украину и что торговый диалог ЕС и Беларуси приостановлен с июля 2020 года.',
    },
    timeframe: 'current',
    asOf: '2022',
    sources: ['dg-trade-belarus-current'],
    quotes: ['dg-trade-pca', 'dg-trade-wto', 'dg-trade-dialogue-suspended'],
  },
];
