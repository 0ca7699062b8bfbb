import type { Quote } from '../../schema/quote.js';

/** An English quote in the source's own words. */
export const verbatim = (id: string, source: string, text: string): Quote => ({
  id,
  source,
  text,
  lang: 'en',
  wording: 'verbatim',
});

/** A quote in the words of the project's fact sheet (sources/FACTS.md), which names the source. */
export const factSheet = (id: string, source: string, text: string): Quote => ({
  id,
  source,
  text,
  lang: 'en',
  wording: 'fact-sheet',
});

/** A quote of the EEAS page "Belarus and the EU" as it read in late 2016. */
export const seedQuote = (id: string, text: string): Quote => verbatim(id, 'eeas-belarus-and-the-eu', text);
