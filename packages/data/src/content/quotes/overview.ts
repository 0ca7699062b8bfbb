import type { Quote } from '../../schema/quote.js';
import { verbatim } from './make.js';

const seed = 'eeas-belarus-and-the-eu';

/** The quotes behind the overview: the 2016 policy line and the current one. */
export const overviewQuotes: Quote[] = [
  verbatim(
    'seed-critical-engagement',
    seed,
    'The European Union remains committed to a policy of critical engagement with Belarus, seeking to build relations based on respect for human rights, democracy and the rule of law. The EU stands ready to assist Belarus in meeting its international obligations in this regard.',
  ),
  verbatim(
    'seed-council-conclusions',
    seed,
    'In its relations with Belarus, the Union is governed by successive conclusions of the Foreign Affairs Council. Most recently, Council Conclusions on Belarus were adopted in February 2016.',
  ),
  verbatim(
    'seed-electoral-reform',
    seed,
    'Following the parliamentary elections in Belarus in September 2016, the European Union called for a comprehensive electoral reform in Belarus as part of a broader democratisation process, which will be the key for unlocking the full potential of EU-Belarus relations.',
  ),
  verbatim(
    'seed-stable-future',
    seed,
    'The EU underlined that it is committed to a stable, democratic and prosperous future of Belarus, for the benefit of the people of the country, and will continue its work with this objective firmly in mind.',
  ),
  verbatim(
    'seed-enp',
    seed,
    'The EU seeks to work closely with Belarus, in a spirit of co-ownership and based on mutual interests in the framework of the renewed European Neighbourhood Policy.',
  ),
  verbatim(
    'michel-eap-step-backwards',
    'europediplomatic-2021-06-28',
    'Belarus has taken another step backwards today by suspending its participation in the Eastern Partnership',
  ),
  verbatim(
    'borrell-eap-people',
    'armradio-2021-06-28',
    'Despite the decision by the Lukashenko regime to suspend Belarus participation in the Eastern Partnership, we are ready to continue working with the Belarusian people',
  ),
];
