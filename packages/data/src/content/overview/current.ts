import type { PolicyPoint } from '../../schema/overview.js';

/** The EU's policy line as last reported, each section dated. */
export const currentPolicy: PolicyPoint[] = [
  {
    id: 'eastern-partnership',
    title: { en: 'The Eastern Partnership', be: 'Усходняе партнёрства', ru: 'Восточное партнёрство' },
    summary: {
      en: 'On 28 June 2021 Belarus suspended its participation in the Eastern Partnership. European Council President Charles Michel called it another step backwards; the High Representative, Josep Borrell, said the EU was ready to continue working with the Belarusian people.',
      be: '28 чэрвеня 2021 года Беларусь прыпыніла ўдзел ва Усходнім партнёрстве. Старшыня Еўрапейскай рады Шарль Мішэль назваў гэта яшчэ адным крокам назад; Высокі прадстаўнік Жузэп Барэль заявіў, што ЕС гатовы і далей працаваць з беларускім народам.',
      ru: '28 июня 2021 года Беларусь приостановила участие в Восточном партнёрстве. Председатель Европейского совета Шарль Мишель назвал это ещё одним шагом назад; Высокий представитель Жозеп Боррель заявил, что ЕС готов и дальше работать с белорусским народом.',
    },
    timeframe: 'current',
    asOf: '2021-06-28',
    sources: ['europediplomatic-2021-06-28', 'armradio-2021-06-28'],
    quotes: ['michel-eap-step-backwards', 'borrell-eap-people'],
  },
];
