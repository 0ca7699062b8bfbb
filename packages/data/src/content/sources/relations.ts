import type { Source } from '../../schema/source.js';

/**
 * Sources of the political relations from 2017 on, from the fact sheet FACTS-2017-2026.md and
 * pages read for this content. Many Council texts could be read only in republications or in
 * reports that quote them; those say so (`kind`, `quoting`).
 */
export const sourcesRelations: Source[] = [
  {
    id: 'dg-near-2020-10-12',
    title: 'Belarus: EU adopts conclusions',
    publisher: 'European Commission, Directorate-General for Neighbourhood and Enlargement Negotiations (DG NEAR)',
    kind: 'primary',
    url: 'https://neighbourhood-enlargement.ec.europa.eu/news/belarus-eu-adopts-conclusions-2020-10-12_en?prefLang=mt',
    published: '2020-10-12',
  },
];
