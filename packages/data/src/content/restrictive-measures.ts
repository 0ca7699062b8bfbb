/**
 * The EU's restrictive measures on Belarus: listing rounds, prolongations, criteria, sectoral
 * measures, listings under another regime and what was not found. Written in
 * ./restrictive-measures/ with each figure beside its source's words; assembled here into the
 * data model, with the quotes and sources it cites (added to the `quotes` and `sources` topics).
 */
import type { RestrictiveMeasures } from '../schema/restrictive-measures.js';
import type { Source } from '../schema/source.js';
import { QuoteBook, act, said, type AuthoredCounts } from './restrictive-measures/author.js';
import { criteria, otherRegimes } from './restrictive-measures/criteria.js';
import { sectoral } from './restrictive-measures/sectoral.js';
import { notFound, prolongations } from './restrictive-measures/prolongations.js';
import { rounds2020to2021 } from './restrictive-measures/rounds-2020-2021.js';
import { rounds2022to2025 } from './restrictive-measures/rounds-2022-2025.js';
import { sources2017to2021 } from './restrictive-measures/sources-2017-2021.js';
import { sources2022to2026 } from './restrictive-measures/sources-2022-2026.js';

const book = new QuoteBook();

/** An item's own sources, then those of its counts, each once. */
const withCounts = (own: { sources: string[] }, ...counts: (AuthoredCounts | undefined)[]) => {
  const figures = counts.flatMap((c) => [c?.individuals, c?.entities]).filter((f) => f !== undefined);
  const cited = figures.flatMap((f) => [...f.said, ...(f.others ?? []).flatMap((o) => o.said)]).map((w) => w.source);
  return [...new Set([...own.sources, ...cited])];
};

const items = [...rounds2020to2021, ...rounds2022to2025, ...prolongations, ...criteria, ...sectoral, ...otherRegimes];

export const restrictiveMeasures: RestrictiveMeasures = {
  id: 'eu-belarus-restrictive-measures',
  title: {
    en: 'EU restrictive measures in view of the situation in Belarus',
    be: 'Абмежавальныя меры ЕС у сувязі з сітуацыяй у Беларусі',
    ru: 'Ограничительные меры ЕС в связи с ситуацией в Беларуси',
  },
  summary: {
    en: 'Since October 2020 the EU has listed individuals and entities for repression and electoral fraud, the forced landing of a Ryanair flight, the instrumentalisation of migrants, support for Russia’s war against Ukraine and hybrid actions, and has added economic sanctions. Listed persons are subject to an asset freeze; individuals also to a travel ban.',
    be: 'З кастрычніка 2020 года ЕС уносіць у спіс фізічных і юрыдычных асоб за рэпрэсіі і фальсіфікацыю выбараў, прымусовую пасадку самалёта Ryanair, інструменталізацыю мігрантаў, падтрымку вайны Расіі супраць Украіны і гібрыдныя дзеянні, а таксама ўвёў эканамічныя санкцыі. Актывы асоб са спіса замарожваюцца; фізічным асобам, акрамя таго, забаронены ўезд.',
    ru: 'С октября 2020 года ЕС включает в список физических и юридических лиц за репрессии и фальсификацию выборов, принудительную посадку самолёта Ryanair, инструментализацию мигрантов, поддержку войны России против Украины и гибридные действия, а также ввёл экономические санкции. Активы лиц из списка замораживаются; физическим лицам, кроме того, запрещён въезд.',
  },
  asOf: items.map((i) => i.date).reduce((a, b) => (b > a ? b : a)),
  regimeActs: [
    book.act(
      act(
        'decision',
        'CFSP',
        '2012/642',
        'legislation-gov-uk-2020-1650',
        said(
          'legislation-gov-uk-2020-1650',
          'Council Decision 2012/642/CFSP of 15 October 2012 concerning restrictive measures against Belarus',
        ),
      ),
    ),
    book.act(
      act(
        'regulation',
        'EC',
        '2006/765',
        'legislation-gov-uk-2020-2129',
        said(
          'legislation-gov-uk-2020-2129',
          'Council Regulation (EC) No 765/2006 of 18 May 2006 concerning restrictive measures in respect of Belarus',
        ),
      ),
    ),
  ],
  rounds: [...rounds2020to2021, ...rounds2022to2025].map((r) => {
    const event = book.event(r);
    return {
      ...event,
      sources: withCounts(event, r.added, r.totals),
      reasons: r.reasons,
      title: r.title,
      ...(r.summary ? { summary: r.summary } : {}),
      added: book.counts(r.added),
      ...(r.totals ? { totals: book.counts(r.totals) } : {}),
      ...(r.acts ? { acts: r.acts.map((a) => book.act(a)) } : {}),
    };
  }),
  prolongations: prolongations.map((p) => {
    const event = book.event(p);
    return {
      ...event,
      sources: withCounts(event, p.totals),
      until: p.until,
      ...(p.summary ? { summary: p.summary } : {}),
      ...(p.totals ? { totals: book.counts(p.totals) } : {}),
    };
  }),
  criteria: criteria.map((c) => {
    const event = book.event(c);
    return {
      ...event,
      sources: withCounts(event, c.totals),
      reason: c.reason,
      title: c.title,
      ...(c.totals ? { totals: book.counts(c.totals) } : {}),
    };
  }),
  sectoral: sectoral.map((m) => ({
    ...book.event(m),
    areas: m.areas,
    ...(m.reason ? { reason: m.reason } : {}),
    instrument: m.instrument,
    title: m.title,
    ...(m.acts ? { acts: m.acts.map((a) => book.act(a)) } : {}),
  })),
  otherRegimes: otherRegimes.map((o) => {
    const event = book.event(o);
    return {
      ...event,
      sources: withCounts(event, o.added),
      regime: o.regime,
      title: o.title,
      added: { individuals: book.figure(o.added.individuals) },
    };
  }),
  notFound,
  sources: ['legislation-gov-uk-2020-1650', 'legislation-gov-uk-2020-2129'],
};

/** The quotes the topic cites, for the `quotes` topic. */
export const restrictiveMeasuresQuotes = book.quotes;

/** The sources the topic cites, for the `sources` topic. */
export const restrictiveMeasuresSources: Source[] = [...sources2017to2021, ...sources2022to2026];
