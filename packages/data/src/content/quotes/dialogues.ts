import type { Quote } from '../../schema/quote.js';
import { verbatim, factSheet } from './make.js';

const seed = 'eeas-belarus-and-the-eu';

/** The quotes behind the dialogues and agreements and their statuses. */
export const dialogueQuotes: Quote[] = [
  verbatim(
    'seed-agreements',
    seed,
    'The EU looks forward to conclusion of negotiations and signing of a visa facilitation agreement, readmission agreement with Belarus.',
  ),
  verbatim(
    'seed-sectoral',
    seed,
    'Belarus and the EU already maintain regular sectoral dialogues on economic and environmental issues, as well as energy and transport, and in 2015 the EU and Belarus resumed their Human Rights Dialogue.',
  ),
  verbatim(
    'seed-expand',
    seed,
    'The EU would like to expand sectoral dialogues also to other areas, such as sanitary and phyto-sanitary issues, research and innovation, energy matters, as well as an enhanced dialogue on customs matters.',
  ),
  verbatim(
    'eap-plus-2018-priorities',
    'eap-plus-coordination-group-2018',
    'the next steps towards finalising negotiations on the EU-Belarus Partnership Priorities, which, once concluded, will shape future cooperation based on common interests and values',
  ),
  verbatim(
    'eap-plus-2018-dialogues',
    'eap-plus-coordination-group-2018',
    'the participants discussed the follow-up to recent dialogues on environment, customs, economic, financial issues and trade',
  ),
  factSheet(
    'fs-trade-dialogue',
    'dg-trade-belarus-later',
    'An EU–Belarus trade dialogue was set up in October 2016 (DG Trade, later page).',
  ),
  verbatim(
    'dg-trade-dialogue-suspended',
    'dg-trade-belarus-current',
    'The dialogue took place twice a year in July and December up to July 2020. Since then, the dialogue has been suspended',
  ),
  factSheet(
    'fs-negotiations-launched',
    'eeas-visa-negotiations-2014',
    'Visa facilitation and readmission negotiations were launched on 2014-01-30 (EEAS, about 2014).',
  ),
  verbatim(
    'commission-2020-signed',
    'europeansting-2020-01-09',
    'Today, the European Union and Belarus signed a visa facilitation agreement and a readmission agreement.',
  ),
  verbatim(
    'mfa-2020-signing-date',
    'newskitchen-2020-01-08',
    'On January 8, 2020 Brussels (Belgium) hosted the signing ceremony',
  ),
  verbatim(
    'commission-2020-in-force',
    'europeansting-2020-07-01',
    'Today, the EU-Belarus visa facilitation and readmission agreements enter into force.',
  ),
  verbatim(
    'commission-2020-visa-fee',
    'europeansting-2020-07-01',
    'with the visa fee generally reduced to €35 and waived for certain categories of travellers',
  ),
  verbatim(
    'armradio-readmission-suspended',
    'armradio-2021-06-28',
    'Belarus said it would also suspend a readmission agreement with the European Union',
  ),
  verbatim(
    'commission-2021-readmission-suspension',
    'euneighbourseast-2021-09-29',
    'as well as its decision on 28 June 2021 to suspend the EUBelarus Readmission Agreement',
  ),
  verbatim(
    'com-2021-612-title',
    'com-2021-612',
    'on the partial suspension of the application of the Agreement between the European Union and the Republic of Belarus on the facilitation of the issuance of visas',
  ),
  verbatim(
    'eumonitor-2021-1940-dates',
    'eumonitor-decision-2021-1940',
    'This decision has been published on November 10, 2021 and entered into force on November 12, 2021.',
  ),
  verbatim(
    'council-2021-ordinary-citizens',
    'pubaffairs-2021-11-09',
    'This decision will not affect ordinary citizens of Belarus, who will continue to enjoy the same benefits under the visa facilitation agreement as they do currently.',
  ),
];
