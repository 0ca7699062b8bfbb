import type { Quote } from '../../schema/quote.js';
import { verbatim, factSheet } from './make.js';

/** The quotes behind timeline events that no other topic quotes. */
export const timelineQuotes: Quote[] = [
  factSheet(
    'fs-gsp-withdrawn',
    'dg-trade-belarus-later',
    'The EU withdrew GSP trade preferences from Belarus in June 2007 (DG Trade, later page).',
  ),
  verbatim(
    'seed-council-2016',
    'eeas-belarus-and-the-eu',
    'Most recently, Council Conclusions on Belarus were adopted in February 2016.',
  ),
  verbatim(
    'dg-near-2020-conclusions',
    'dg-near-2020-10-12',
    'In its conclusions the Council reiterates that the 9 August presidential elections were neither free nor fair and that Aleksandr Lukashenko lacks any democratic legitimacy.',
  ),
  verbatim(
    'dg-near-2020-scale-down',
    'dg-near-2020-10-12',
    'The EU will scale down bilateral cooperation with the Belarusian authorities at central level, increase its support for the Belarusian people and civil society',
  ),
];
