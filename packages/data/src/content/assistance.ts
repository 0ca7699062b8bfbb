import type { AssistanceFramework } from '../schema/assistance.js';
import { assistance2014To2017 } from './assistance/until-2017.js';

const page = 'eeas-belarus-and-the-eu';

/** The EU's assistance to Belarus, each statement and figure dated. */
export const assistance: AssistanceFramework = {
  id: 'eu-assistance-to-belarus',
  title: { en: 'EU assistance to Belarus', be: 'Дапамога ЕС Беларусі', ru: 'Помощь ЕС Беларуси' },
  summary: {
    en: 'In the context of the renewed European Neighbourhood Policy, in 2016 the EU doubled the package of bilateral assistance to Belarus, to support private sector development and help strengthen institutions.',
    be: 'У кантэксце абноўленай Еўрапейскай палітыкі суседства ў 2016 годзе ЕС падвоіў пакет двухбаковай дапамогі Беларусі, каб падтрымаць развіццё прыватнага сектара і дапамагчы ўмацаваць інстытуты.',
    ru: 'В контексте обновлённой Европейской политики соседства в 2016 году ЕС удвоил пакет двусторонней помощи Беларуси, чтобы поддержать развитие частного сектора и помочь укрепить институты.',
  },
  asOf: '2016',
  aims: [
    {
      en: 'Private sector development (2016)',
      be: 'Развіццё прыватнага сектара (2016)',
      ru: 'Развитие частного сектора (2016)',
    },
    { en: 'Stronger institutions (2016)', be: 'Умацаванне інстытутаў (2016)', ru: 'Укрепление институтов (2016)' },
  ],
  statements: [...assistance2014To2017.statements],
  figures: [...assistance2014To2017.figures],
  prioritySets: assistance2014To2017.prioritySets,
  sources: [page, 'eeas-eu-projects-2017'],
};
