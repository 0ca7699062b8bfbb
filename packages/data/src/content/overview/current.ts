import type { PolicyPoint } from '../../schema/overview.js';
import { currentPolicyContext } from './current-context.js';

/** The EU's policy line since the election of 9 August 2020, as last reported, each section dated. */
export const currentPolicy: PolicyPoint[] = [
  {
    id: 'non-recognition',
    title: {
      en: 'No recognition of the August 2020 election',
      be: 'Непрызнанне выбараў жніўня 2020 года',
      ru: 'Непризнание выборов августа 2020 года',
    },
    summary: {
      en: 'On 19 August 2020 EU leaders stated that the presidential election of 9 August 2020 was neither free nor fair and that they did not recognise its results. On 12 October 2020 the Council found that Aleksandr Lukashenko lacked any democratic legitimacy; it reaffirmed those conclusions in February 2024. The EU called the presidential "elections" of 26 January 2025 a sham.',
      be: '19 жніўня 2020 года кіраўнікі ЕС заявілі, што прэзідэнцкія выбары 9 жніўня 2020 года не былі ні свабоднымі, ні справядлівымі і што яны не прызнаюць іх вынікаў. 12 кастрычніка 2020 года Савет ЕС канстатаваў, што ў Аляксандра Лукашэнкі няма ніякай дэмакратычнай легітымнасці; у лютым 2024 года ён пацвердзіў гэтыя высновы. ЕС назваў «выбары» прэзідэнта 26 студзеня 2025 года фіктыўнымі.',
      ru: '19 августа 2020 года лидеры ЕС заявили, что президентские выборы 9 августа 2020 года не были ни свободными, ни честными и что они не признают их результатов. 12 октября 2020 года Совет ЕС констатировал, что у Александра Лукашенко нет никакой демократической легитимности; в феврале 2024 года он подтвердил эти выводы. ЕС назвал «выборы» президента 26 января 2025 года фиктивными.',
    },
    timeframe: 'current',
    asOf: '2025-01-26',
    sources: ['wired-gov-2020-08-19', 'dg-near-2020-10-12', 'biztweet-2024-02-26', 'pravda-2025-01-26'],
    quotes: ['euco-2020-08-19', 'dg-near-2020-conclusions', 'fac-2024-reaffirm', 'kallas-kos-2025-sham'],
  },
  {
    id: 'dual-track',
    title: {
      en: 'The dual-track approach',
      be: 'Падыход па двух накірунках',
      ru: 'Подход по двум направлениям',
    },
    summary: {
      en: 'In March 2026 the EU reiterated its dual-track approach: maintaining pressure on the regime, including through targeted restrictive measures, while continuing to support the people of Belarus. In June 2024 it said it distinguished very clearly between the illegitimate Lukashenka regime and the oppressed Belarusian people, whom it supports.',
      be: 'У сакавіку 2026 года ЕС пацвердзіў свой падыход па двух накірунках: захоўваць ціск на рэжым, у тым ліку праз адрасныя абмежавальныя меры, і працягваць падтрымліваць народ Беларусі. У чэрвені 2024 года ЕС заявіў, што вельмі выразна адрознівае нелегітымны рэжым Лукашэнкі і прыгнечаны беларускі народ, які ён падтрымлівае.',
      ru: 'В марте 2026 года ЕС подтвердил свой подход по двум направлениям: сохранять давление на режим, в том числе с помощью адресных ограничительных мер, и продолжать поддерживать народ Беларуси. В июне 2024 года ЕС заявил, что очень чётко различает нелегитимный режим Лукашенко и угнетённый белорусский народ, который он поддерживает.',
    },
    timeframe: 'current',
    asOf: '2026-03-06',
    sources: ['aravot-2026-03-09', 'eeas-2024-06-25'],
    quotes: ['cg-2026-dual-track', 'eeas-2024-distinguishes'],
  },
  {
    id: 'democratic-belarus-plan',
    title: {
      en: 'Up to EUR 3 billion for a democratic Belarus',
      be: 'Да 3 млрд еўра для дэмакратычнай Беларусі',
      ru: 'До 3 млрд евро для демократической Беларуси',
    },
    summary: {
      en: 'On 28 May 2021 the Commission outlined a plan of economic support of up to EUR 3 billion for a future democratic Belarus, and a bilateral framework agreement on offer. In June 2023 the EU said it remained ready to activate the EUR 3 billion plan once Belarus embarks on a path to democratic transition.',
      be: '28 мая 2021 года Камісія прадставіла план эканамічнай падтрымкі будучай дэмакратычнай Беларусі на суму да 3 млрд еўра і прапанову рамачнага двухбаковага пагаднення. У чэрвені 2023 года ЕС заявіў, што па-ранейшаму гатовы задзейнічаць план на 3 млрд еўра, як толькі Беларусь стане на шлях дэмакратычнага пераходу.',
      ru: '28 мая 2021 года Комиссия представила план экономической поддержки будущей демократической Беларуси на сумму до 3 млрд евро и предложение рамочного двустороннего соглашения. В июне 2023 года ЕС заявил, что по-прежнему готов задействовать план на 3 млрд евро, как только Беларусь встанет на путь демократического перехода.',
    },
    timeframe: 'current',
    asOf: '2023-06-29',
    sources: ['cde-news-2021-05-28', 'einpresswire-2023-06-29'],
    quotes: ['commission-2021-3bn', 'commission-2021-framework', 'cg-2023-3bn'],
  },
  {
    id: 'support-to-the-people',
    title: {
      en: 'Support redirected to the people and civil society',
      be: 'Падтрымка, перанакіраваная на людзей і грамадзянскую супольнасць',
      ru: 'Поддержка, перенаправленная на людей и гражданское общество',
    },
    summary: {
      en: 'On 12 October 2020 the EU decided to scale down bilateral cooperation with the Belarusian authorities at central level and to increase its support for the Belarusian people and civil society. By June 2024 it had committed almost EUR 140 million to the Belarusian people since the fraudulent elections of August 2020.',
      be: '12 кастрычніка 2020 года ЕС вырашыў скараціць двухбаковае супрацоўніцтва з беларускімі ўладамі на цэнтральным узроўні і павялічыць падтрымку беларускага народа і грамадзянскай супольнасці. Да чэрвеня 2024 года ён накіраваў на падтрымку беларускага народа амаль 140 млн еўра пасля сфальсіфікаваных выбараў жніўня 2020 года.',
      ru: '12 октября 2020 года ЕС решил сократить двустороннее сотрудничество с белорусскими властями на центральном уровне и увеличить поддержку белорусского народа и гражданского общества. К июню 2024 года он выделил на поддержку белорусского народа почти 140 млн евро после сфальсифицированных выборов августа 2020 года.',
    },
    timeframe: 'current',
    asOf: '2024-06-25',
    sources: ['dg-near-2020-10-12', 'eeas-2024-06-25'],
    quotes: ['dg-near-2020-scale-down', 'eeas-2024-140m'],
  },
  ...currentPolicyContext,
];
