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
    en: 'On 28 June 2021 Belarus suspended its participation in the Eastern Partnership; the EU said it remained ready to keep working with the Belarusian people. In 2016 the EU had described its policy as one of critical engagement.',
    be: '28 чэрвеня 2021 года Беларусь прыпыніла ўдзел ва Усходнім партнёрстве; ЕС заявіў, што гатовы і далей працаваць з беларускім народам. У 2016 годзе ЕС называў сваю палітыку палітыкай крытычнага ўзаемадзеяння.',
    ru: '28 июня 2021 года Беларусь приостановила участие в Восточном партнёрстве; ЕС заявил, что готов и дальше работать с белорусским народом. В 2016 году ЕС называл свою политику политикой критического взаимодействия.',
  },
  asOf: '2021-06-28',
  sections: [...currentPolicy, ...policyIn2016],
  sources: [...new Set([...currentPolicy, ...policyIn2016].flatMap((s) => s.sources))],
};
