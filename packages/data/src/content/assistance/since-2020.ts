import type { AssistanceFramework } from '../../schema/assistance.js';
import type { Figure, Money } from '../../schema/common.js';

const eur = (value: number, scale: Money['scale'], qualifier?: Money['qualifier']): Money => ({
  kind: 'money',
  currency: 'EUR',
  value,
  scale,
  ...(qualifier ? { qualifier } : {}),
});

/** Assistance since the election of August 2020: support redirected to the people, newest first. */
export const assistanceSince2020: Pick<AssistanceFramework, 'statements' | 'figures'> = {
  statements: [
    {
      id: 'interreg-funds-moved',
      asOf: '2023-08-16',
      text: {
        en: 'In June 2022 the Commission proposed to move EUR 26.2 million, and in August 2023 it moved the remaining EUR 135 million, planned for the 2021–2027 Interreg NEXT programmes with Russia and Belarus to programmes with Ukraine and Moldova.',
        be: 'У чэрвені 2022 года Камісія прапанавала перанакіраваць 26,2 млн еўра, а ў жніўні 2023 года перанакіравала астатнія 135 млн еўра, прызначаныя для праграм Interreg NEXT на 2021–2027 гады з Расіяй і Беларуссю, на праграмы з Украінай і Малдовай.',
        ru: 'В июне 2022 года Комиссия предложила перенаправить 26,2 млн евро, а в августе 2023 года перенаправила оставшиеся 135 млн евро, предназначенные для программ Interreg NEXT на 2021–2027 годы с Россией и Беларусью, на программы с Украиной и Молдовой.',
      },
      sources: ['newslanes-2022-06-03', 'einpresswire-2023-08-16'],
      quotes: ['commission-2022-26m', 'commission-2023-135m'],
    },
    {
      id: 'support-since-2020-by-2022',
      asOf: '2022-12-07',
      text: {
        en: 'In December 2022 the Commission said that EU support to the people of Belarus since the fraudulent elections of August 2020 had passed EUR 100 million, and that new assistance would fund another 450 scholarships and 500 professional exchanges.',
        be: 'У снежні 2022 года Камісія паведаміла, што падтрымка ЕС народу Беларусі пасля сфальсіфікаваных выбараў жніўня 2020 года перавысіла 100 млн еўра і што новая дапамога прафінансуе яшчэ 450 стыпендый і 500 прафесійных абменаў.',
        ru: 'В декабре 2022 года Комиссия сообщила, что поддержка ЕС народу Беларуси после сфальсифицированных выборов августа 2020 года превысила 100 млн евро и что новая помощь профинансирует ещё 450 стипендий и 500 профессиональных обменов.',
      },
      sources: ['euneighbourseast-2022-12-07'],
      quotes: ['commission-2022-100m', 'commission-2022-scholarships'],
    },
    {
      id: 'scale-down-2020',
      asOf: '2020-10-12',
      text: {
        en: 'On 12 October 2020 the EU decided to scale down bilateral cooperation with the Belarusian authorities at central level and to increase its support for the Belarusian people and civil society.',
        be: '12 кастрычніка 2020 года ЕС вырашыў скараціць двухбаковае супрацоўніцтва з беларускімі ўладамі на цэнтральным узроўні і павялічыць падтрымку беларускага народа і грамадзянскай супольнасці.',
        ru: '12 октября 2020 года ЕС решил сократить двустороннее сотрудничество с белорусскими властями на центральном уровне и увеличить поддержку белорусского народа и гражданского общества.',
      },
      sources: ['dg-near-2020-10-12'],
      quotes: ['dg-near-2020-scale-down'],
    },
    {
      id: 'support-announced-2020-08',
      asOf: '2020-08-19',
      text: {
        en: 'On 19 August 2020 the Commission President announced additional support for the Belarusian people, including two million euros to assist the victims of repression and state violence and EUR 1 million to support civil society and independent media (as reported).',
        be: '19 жніўня 2020 года старшыня Камісіі абвясціла пра дадатковую падтрымку беларускага народа, у тым ліку два мільёны еўра на дапамогу ахвярам рэпрэсій і дзяржаўнага гвалту і 1 млн еўра на падтрымку грамадзянскай супольнасці і незалежных СМІ (паводле паведамленняў).',
        ru: '19 августа 2020 года председатель Комиссии объявила о дополнительной поддержке белорусского народа, в том числе два миллиона евро на помощь жертвам репрессий и государственного насилия и 1 млн евро на поддержку гражданского общества и независимых СМИ (по сообщениям).',
      },
      sources: ['urdupoint-2020-08-19'],
      quotes: ['vdl-2020-2m-1m'],
    },
  ],
  figures: supportFigures(),
};

function supportFigures(): Figure[] {
  return [
    {
      id: 'support-since-2020-by-2024',
      label: {
        en: 'EU support committed to the Belarusian people since the elections of August 2020, as of June 2024',
        be: 'Падтрымка ЕС беларускаму народу пасля выбараў жніўня 2020 года, на чэрвень 2024 года',
        ru: 'Поддержка ЕС белорусскому народу после выборов августа 2020 года, на июнь 2024 года',
      },
      quantity: eur(140, 'million', 'almost'),
      coverage: 'belarus',
      asOf: '2024-06-25',
      sources: ['eeas-2024-06-25'],
      quotes: ['eeas-2024-140m'],
    },
    {
      id: 'civil-society-2023-12',
      label: {
        en: 'Additional EU support for Belarusian civil society and democratic forces, announced in December 2023',
        be: 'Дадатковая падтрымка ЕС беларускай грамадзянскай супольнасці і дэмакратычным сілам, абвешчаная ў снежні 2023 года',
        ru: 'Дополнительная поддержка ЕС белорусскому гражданскому обществу и демократическим силам, объявленная в декабре 2023 года',
      },
      quantity: eur(30, 'million'),
      coverage: 'belarus',
      asOf: '2023-12-10',
      sources: ['einpresswire-2023-12'],
      quotes: ['borrell-2023-30m'],
    },
    {
      id: 'cbc-budget-halted-2022',
      label: {
        en: 'Combined budget of the two cross-border cooperation programmes with Belarus halted in March 2022',
        be: 'Агульны бюджэт дзвюх праграм трансгранічнага супрацоўніцтва з Беларуссю, спыненых у сакавіку 2022 года',
        ru: 'Общий бюджет двух программ трансграничного сотрудничества с Беларусью, остановленных в марте 2022 года',
      },
      quantity: eur(257, 'million'),
      coverage: 'programme',
      asOf: '2022-03-04',
      sources: ['devdiscourse-2022-03-04'],
      quotes: ['reuters-cbc-257'],
    },
    {
      id: 'support-2021-12',
      label: {
        en: 'Additional EU support to the people of Belarus, announced in December 2021',
        be: 'Дадатковая падтрымка ЕС народу Беларусі, абвешчаная ў снежні 2021 года',
        ru: 'Дополнительная поддержка ЕС народу Беларуси, объявленная в декабре 2021 года',
      },
      quantity: eur(30, 'million'),
      coverage: 'belarus',
      asOf: '2021-12-13',
      sources: ['agensir-2021-12-13'],
      quotes: ['commission-2021-30m'],
    },
    {
      id: 'democratic-belarus-plan-3bn',
      label: {
        en: 'Plan of economic support to a future democratic Belarus, outlined in May 2021',
        be: 'План эканамічнай падтрымкі будучай дэмакратычнай Беларусі, прадстаўлены ў маі 2021 года',
        ru: 'План экономической поддержки будущей демократической Беларуси, представленный в мае 2021 года',
      },
      quantity: eur(3, 'billion', 'up-to'),
      coverage: 'belarus',
      asOf: '2021-05-28',
      sources: ['cde-news-2021-05-28'],
      quotes: ['commission-2021-3bn'],
    },
    {
      id: 'democratic-belarus-transition-package',
      label: {
        en: 'Grants of the transition package in that plan (May 2021)',
        be: 'Гранты пераходнага пакета ў гэтым плане (май 2021 года)',
        ru: 'Гранты переходного пакета в этом плане (май 2021 года)',
      },
      quantity: eur(400, 'million', 'up-to'),
      coverage: 'belarus',
      asOf: '2021-05-28',
      sources: ['ecopnet-2021-05-28'],
      quotes: ['commission-2021-400m'],
    },
    {
      id: 'eu4belarus-2020-12',
      label: {
        en: 'Assistance package "EU4Belarus: Solidarity with the people of Belarus", adopted in December 2020',
        be: 'Пакет дапамогі «EU4Belarus: салідарнасць з народам Беларусі», прыняты ў снежні 2020 года',
        ru: 'Пакет помощи «EU4Belarus: солидарность с народом Беларуси», принятый в декабре 2020 года',
      },
      quantity: eur(24, 'million'),
      coverage: 'belarus',
      asOf: '2020-12-11',
      sources: ['agensir-2020-12-11'],
      quotes: ['commission-2020-24m'],
    },
    {
      id: 'support-mobilised-2020-08',
      label: {
        en: 'Additional EU support for the Belarusian people, announced in August 2020',
        be: 'Дадатковая падтрымка ЕС беларускаму народу, абвешчаная ў жніўні 2020 года',
        ru: 'Дополнительная поддержка ЕС белорусскому народу, объявленная в августе 2020 года',
      },
      quantity: eur(53, 'million'),
      coverage: 'belarus',
      asOf: '2020-08-19',
      sources: ['urdupoint-2020-08-19'],
      quotes: ['vdl-2020-53m'],
    },
  ];
}
