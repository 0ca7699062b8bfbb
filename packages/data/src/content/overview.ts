import type { Overview } from '../schema/overview.js';
import { currentPolicy } from './overview/current.js';
import { policyIn2016 } from './overview/history-2016.js';

/** The EU's policy towards Belarus: the current line first, then the 2016 line as dated history. */
export const overview: Overview = {
  id: 'eu-belarus-relations',
  title: {
    en: 'EU–Belarus relations',
    be: 'Адносіны ЕС і Беларусі',
    ru: 'Отношения ЕС и Беларуси',
  },
  summary: {
    en: 'The EU found the presidential election of 9 August 2020 neither free nor fair and does not recognise its results. It follows a dual-track approach: pressure on the regime, including targeted restrictive measures, and support for the people of Belarus, to whom it has redirected its aid. It offers up to EUR 3 billion of economic support to a future democratic Belarus.',
    be: 'ЕС прызнаў прэзідэнцкія выбары 9 жніўня 2020 года ні свабоднымі, ні справядлівымі і не прызнае іх вынікаў. Ён дзейнічае па двух накірунках: ціск на рэжым, у тым ліку праз адрасныя абмежавальныя меры, і падтрымка народа Беларусі, на які ён перанакіраваў сваю дапамогу. Будучай дэмакратычнай Беларусі ЕС прапануе да 3 млрд еўра эканамічнай падтрымкі.',
    ru: 'ЕС признал президентские выборы 9 августа 2020 года ни свободными, ни честными и не признаёт их результатов. Он действует по двум направлениям: давление на режим, в том числе с помощью адресных ограничительных мер, и поддержка народа Беларуси, на который он перенаправил свою помощь. Будущей демократической Беларуси ЕС предлагает до 3 млрд евро экономической поддержки.',
  },
  asOf: '2026-03-06',
  sections: [...currentPolicy, ...policyIn2016],
  sources: [...new Set([...currentPolicy, ...policyIn2016].flatMap((s) => s.sources))],
  quotes: ['euco-2020-08-19', 'cg-2026-dual-track', 'cg-2023-3bn'],
};
