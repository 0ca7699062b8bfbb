import type { Quote } from '../../schema/quote.js';
import { verbatim } from './make.js';

const seed = 'eeas-belarus-and-the-eu';

/** The quotes behind the assistance: the 2014–2017 package and the support since 2020. */
export const assistanceQuotes: Quote[] = [
  verbatim(
    'seed-doubled',
    seed,
    'In the context of the renewed European Neighbourhood Policy, in 2016 the EU doubled the package of bilateral assistance to Belarus to support private sector development and help strengthen institutions.',
  ),
  verbatim(
    'seed-national-programme',
    seed,
    'Programming of international assistance in Belarus is shaped by the National Programme of International Technical Co-operation.',
  ),
  verbatim(
    'eeas-2017-eni',
    'eeas-eu-projects-2017',
    "From 2014-2017, the EU's initial assistance package to Belarus under the European Neighbourhood Instrument was lower, but following a decision taken in September 2016 the amount was increased to €91.5 million.",
  ),
  verbatim(
    'eeas-2017-mip',
    'eeas-eu-projects-2017',
    "The strategic framework, key results and indicative financial allocations for the EU's bilateral cooperation with Belarus in 2014-2017 is set out in the Multi-annual indicative programme.",
  ),
];
