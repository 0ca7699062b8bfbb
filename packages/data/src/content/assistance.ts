import type { AssistanceFramework } from '../schema/assistance.js';
import { assistanceSince2020 } from './assistance/since-2020.js';
import { assistance2014To2017 } from './assistance/until-2017.js';

const page = 'eeas-belarus-and-the-eu';

/** The EU's assistance to Belarus, each statement and figure dated. */
export const assistance: AssistanceFramework = {
  id: 'eu-assistance-to-belarus',
  title: { en: 'EU assistance to Belarus', be: 'Дапамога ЕС Беларусі', ru: 'Помощь ЕС Беларуси' },
  summary: {
    en: 'Since the election of August 2020 the EU has scaled down its cooperation with the Belarusian authorities and redirected its support to the people of Belarus and civil society: by June 2024 it had committed almost EUR 140 million. In 2016, before the turn, it had doubled its bilateral assistance to Belarus.',
    be: 'Пасля выбараў жніўня 2020 года ЕС скараціў супрацоўніцтва з беларускімі ўладамі і перанакіраваў сваю падтрымку на народ Беларусі і грамадзянскую супольнасць: да чэрвеня 2024 года ён накіраваў на гэта амаль 140 млн еўра. У 2016 годзе, да гэтага пералому, ЕС падвоіў сваю двухбаковую дапамогу Беларусі.',
    ru: 'После выборов августа 2020 года ЕС сократил сотрудничество с белорусскими властями и перенаправил свою поддержку на народ Беларуси и гражданское общество: к июню 2024 года он выделил на это почти 140 млн евро. В 2016 году, до этого перелома, ЕС удвоил свою двустороннюю помощь Беларуси.',
  },
  asOf: '2024-06-25',
  aims: [
    {
      en: 'Support for the Belarusian people and civil society (since October 2020)',
      be: 'Падтрымка беларускага народа і грамадзянскай супольнасці (з кастрычніка 2020 года)',
      ru: 'Поддержка белорусского народа и гражданского общества (с октября 2020 года)',
    },
    {
      en: 'Private sector development (2016)',
      be: 'Развіццё прыватнага сектара (2016)',
      ru: 'Развитие частного сектора (2016)',
    },
    { en: 'Stronger institutions (2016)', be: 'Умацаванне інстытутаў (2016)', ru: 'Укрепление институтов (2016)' },
  ],
  statements: [...assistanceSince2020.statements, ...assistance2014To2017.statements],
  figures: [...assistanceSince2020.figures, ...assistance2014To2017.figures],
  prioritySets: assistance2014To2017.prioritySets,
  sources: [
    ...new Set([
      ...[...assistanceSince2020.statements, ...assistanceSince2020.figures].flatMap((i) => i.sources),
      page,
      'eeas-eu-projects-2017',
    ]),
  ],
  quotes: ['eeas-2024-140m', 'seed-doubled'],
};
