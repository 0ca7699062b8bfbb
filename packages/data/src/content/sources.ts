import type { Source } from '../schema/source.js';

/**
 * Every source the content cites. Where the fact sheet names a source without a page title, the
 * title describes the source and `note` says so.
 */
export const sources: Source[] = [
  {
    id: 'eeas-belarus-and-the-eu',
    title: 'Belarus and the EU',
    publisher: 'Delegation of the European Union to Belarus (EEAS)',
    url: 'https://eeas.europa.eu/delegations/belarus/15975/belarus-and-eu_en',
    published: '2016-05-11',
    note: 'Page first created on 2016-05-11; its text was current after the September 2016 elections (about late 2016 to 2018).',
  },
  {
    id: 'dg-trade-belarus-2018',
    title: 'Belarus: country page',
    publisher: 'European Commission, Directorate-General for Trade',
    url: 'https://ec.europa.eu/trade/policy/countries-and-regions/countries/belarus/',
    retrieved: '2018-04-16',
  },
  {
    id: 'dg-trade-belarus-later',
    title: 'Belarus: country page (a later version)',
    publisher: 'European Commission, Directorate-General for Trade',
    url: 'https://ec.europa.eu/trade/policy/countries-and-regions/countries/belarus/',
    note: 'A later version of the DG Trade country page than the one read on 2018-04-16; the date it was read is not recorded.',
  },
  {
    id: 'eeas-eu-projects-2017',
    title: 'EU Projects with Belarus',
    publisher: 'European External Action Service (EEAS)',
    published: '2017-12-04',
  },
  {
    id: 'eeas-regional-projects-archive',
    title: 'Belarus: projects overview (archived page)',
    publisher: 'European External Action Service (EEAS)',
    url: 'https://eeas.europa.eu/archives/delegations/belarus/projects/overview/index_en.htm',
    note: 'Archived page of the EU Delegation to Belarus; no date is recorded.',
  },
  {
    id: 'eeas-visa-negotiations-2014',
    title: 'Launch of visa facilitation and readmission negotiations with Belarus',
    publisher: 'European External Action Service (EEAS)',
    published: '2014',
    note: 'The fact sheet dates this EEAS source to about 2014 and gives no page title.',
  },
  {
    id: 'commission-horizon-2020-2014',
    title: 'Horizon 2020',
    publisher: 'European Commission',
    published: '2014-01-09',
    note: 'The fact sheet gives no page title.',
  },
  {
    id: 'eap-plus-2018',
    title: 'Belarus in Horizon 2020',
    publisher: 'EaP PLUS',
    published: '2018-12',
    note: 'Figures as of December 2018; the fact sheet gives no page title.',
  },
  {
    id: 'council-decision-2006-62-ec',
    title: 'Council Decision 2006/62/EC',
    publisher: 'Council of the European Union',
    published: '2006-01-23',
  },
  {
    id: 'lt-interior-ministry-2015',
    title: 'Latvia–Lithuania–Belarus Cross-border Cooperation Programme 2014–2020 approved',
    publisher: 'Ministry of the Interior of the Republic of Lithuania',
    published: '2015-12-22',
    note: 'The fact sheet gives no page title.',
  },
  {
    id: 'most-programme-site',
    title: 'MOST: Mobility Scheme for Targeted People-to-People-Contacts',
    publisher: 'MOST programme (Goethe-Institut and British Council)',
    url: 'https://most-belarus.eu',
    note: 'The programme site; no date is recorded.',
  },
  {
    id: 'pbu-programme-site',
    title: 'Poland–Belarus–Ukraine Cross-border Cooperation Programme 2014–2020',
    publisher: 'Poland–Belarus–Ukraine Cross-border Cooperation Programme',
    url: 'https://pbu2020.eu',
    note: 'The programme site; no date is recorded.',
  },
  {
    id: 'llb-programme-site',
    title: 'Latvia–Lithuania–Belarus Cross-border Cooperation Programme 2014–2020',
    publisher: 'Latvia–Lithuania–Belarus Cross-border Cooperation Programme',
    url: 'https://eni-cbc.eu/llb',
    note: 'The programme site; no date is recorded.',
  },
  {
    id: 'eu-programme-facts',
    title: 'Programme facts compiled from official EU pages',
    publisher: 'eu-belarus fact sheet',
    note: 'Facts the project fact sheet lists under official programme links and key figures without naming a page.',
  },
  {
    id: 'eeas-2020',
    title: 'EU–Belarus relations in 2020',
    publisher: 'European External Action Service (EEAS)',
    published: '2020',
    note: 'The fact sheet cites the EEAS for the 2020 events and gives no page title.',
  },
  {
    id: 'belarus-mfa-2021',
    title: 'Statement on the Eastern Partnership and the readmission agreement, as reported',
    publisher: 'Ministry of Foreign Affairs of the Republic of Belarus',
    published: '2021-06-28',
    note: 'As reported; the fact sheet gives no page title.',
  },
];
