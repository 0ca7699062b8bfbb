/**
 * How the restrictive-measures content is written: each figure and each claim next to the exact
 * words of its source (`said(...)`), so a fact-checker reads both together. `QuoteBook` turns the
 * authored items into the data model: the words become entries of the quote registry, the items
 * keep their ids and cite the sources those words come from.
 */
import { celexOf, eurLexUrl } from '../../legal-acts.js';
import type { LocalizedText } from '../../schema/common.js';
import type { Quote } from '../../schema/quote.js';
import type {
  CriterionChange,
  LegalAct,
  ListingFigure,
  ListingRound,
  NotFound,
  OtherRegimeListing,
  Prolongation,
  SectoralMeasure,
} from '../../schema/restrictive-measures.js';
import type { LegalActKind } from '../../legal-acts.js';

/** The words of a source, exactly as it has them. */
export interface Said {
  source: string;
  text: string;
  /** Language of the words, when not English; then `translation` is required. */
  lang?: string;
  translation?: string;
}

export const said = (source: string, text: string, other?: { lang: string; translation: string }): Said => ({
  source,
  text,
  ...other,
});

export interface AuthoredFigure {
  value: number;
  asOf: string;
  said: Said[];
  statedBy?: 'member-state';
  others?: { value: number; asOf: string; said: Said[] }[];
}

/** A count as a source states it (`said`), with other sources' figures for the same count (`others`). */
export const figure = (value: number, asOf: string, ...words: Said[]): AuthoredFigure => ({ value, asOf, said: words });

export interface AuthoredCounts {
  individuals?: AuthoredFigure;
  entities?: AuthoredFigure;
}

export interface AuthoredAct {
  kind: LegalActKind;
  series: LegalAct['series'];
  year: number;
  number: number;
  /** The source that names the act, with its words where they name it. */
  namedBy: string;
  said?: Said[];
}

export const act = (
  kind: LegalActKind,
  series: LegalAct['series'],
  designation: string,
  namedBy: string,
  ...words: Said[]
): AuthoredAct => {
  const [year, number] = designation.split('/').map(Number) as [number, number];
  return { kind, series, year, number, namedBy, ...(words.length ? { said: words } : {}) };
};

interface AuthoredEvent {
  id: string;
  date: string;
  /** Words that give the date or the decision itself, beside those of the figures. */
  said?: Said[];
  note?: { text: LocalizedText; said?: Said[] };
}
export type AuthoredRound = AuthoredEvent &
  Pick<ListingRound, 'reasons' | 'title' | 'summary'> & {
    added: AuthoredCounts;
    totals?: AuthoredCounts;
    acts?: AuthoredAct[];
  };
export type AuthoredProlongation = AuthoredEvent &
  Pick<Prolongation, 'until' | 'summary'> & { totals?: AuthoredCounts };
export type AuthoredCriterion = AuthoredEvent & Pick<CriterionChange, 'reason' | 'title'> & { totals?: AuthoredCounts };
export type AuthoredSectoral = AuthoredEvent &
  Pick<SectoralMeasure, 'areas' | 'reason' | 'instrument' | 'title'> & { acts?: AuthoredAct[] };
export type AuthoredOtherRegime = AuthoredEvent &
  Pick<OtherRegimeListing, 'regime' | 'title'> & { added: { individuals: AuthoredFigure } };
export type { NotFound };

const KIND_NAMES: Record<LegalActKind, LocalizedText> = {
  decision: { en: 'Council Decision', be: 'Рашэнне Савета', ru: 'Решение Совета' },
  'implementing-decision': {
    en: 'Council Implementing Decision',
    be: 'Выканаўчае рашэнне Савета',
    ru: 'Имплементационное решение Совета',
  },
  regulation: { en: 'Council Regulation', be: 'Рэгламент Савета', ru: 'Регламент Совета' },
  'implementing-regulation': {
    en: 'Council Implementing Regulation',
    be: 'Выканаўчы рэгламент Савета',
    ru: 'Имплементационный регламент Совета',
  },
};
const SERIES_NAMES: Record<LegalAct['series'], LocalizedText> = {
  CFSP: { en: 'CFSP', be: 'АЗПБ', ru: 'ОВПБ' },
  EU: { en: 'EU', be: 'ЕС', ru: 'ЕС' },
  EC: { en: 'EC', be: 'ЕС', ru: 'ЕС' },
};

/** A short, stable hash of a text (FNV-1a, base 36): the same words always get the same id. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Collects the quotes of the authored content; each gets an id from its source and words: `<source>-<hash>`. */
export class QuoteBook {
  readonly quotes: Quote[] = [];
  private readonly ids = new Map<string, string>();

  /** The quote ids of `words`, registering each quote once. */
  quoteIds(words: readonly Said[]): string[] {
    return words.map((w) => {
      const key = `${w.source}\u0000${w.text}`;
      let id = this.ids.get(key);
      if (!id) {
        id = `${w.source}-${hash(w.text)}`;
        this.ids.set(key, id);
        this.quotes.push({
          id,
          source: w.source,
          text: w.text,
          lang: w.lang ?? 'en',
          ...(w.translation ? { translation: w.translation } : {}),
          wording: 'verbatim',
        });
      }
      return id;
    });
  }

  /** `sources` (each once, in order) and `quotes` of the words an item rests on. */
  cite(words: readonly Said[], extraSources: readonly string[] = []): { sources: string[]; quotes?: string[] } {
    const sources = [...new Set([...extraSources, ...words.map((w) => w.source)])];
    return words.length ? { sources, quotes: this.quoteIds(words) } : { sources };
  }

  figure(f: AuthoredFigure): ListingFigure {
    const { sources, quotes } = this.cite(f.said);
    return {
      quantity: { kind: 'count', value: f.value },
      asOf: f.asOf,
      ...(f.statedBy ? { statedBy: f.statedBy } : {}),
      sources,
      quotes: quotes!,
      ...(f.others
        ? {
            others: f.others.map((o) => {
              const cited = this.cite(o.said);
              return {
                quantity: { kind: 'count' as const, value: o.value },
                asOf: o.asOf,
                sources: cited.sources,
                quotes: cited.quotes!,
              };
            }),
          }
        : {}),
    };
  }

  counts(c: AuthoredCounts): { individuals?: ListingFigure; entities?: ListingFigure } {
    return {
      ...(c.individuals ? { individuals: this.figure(c.individuals) } : {}),
      ...(c.entities ? { entities: this.figure(c.entities) } : {}),
    };
  }

  act(a: AuthoredAct): LegalAct {
    const celex = celexOf(a);
    // Acts before 2015 were numbered "2012/642/CFSP" and "(EC) No 765/2006"; later ones "(CFSP) 2020/1388".
    const designation = (l: 'en' | 'be' | 'ru') =>
      a.year >= 2015
        ? `${KIND_NAMES[a.kind][l]} (${SERIES_NAMES[a.series][l]}) ${a.year}/${a.number}`
        : a.series === 'CFSP'
          ? `${KIND_NAMES[a.kind][l]} ${a.year}/${a.number}/${SERIES_NAMES.CFSP[l]}`
          : `${KIND_NAMES[a.kind][l]} (${SERIES_NAMES[a.series][l]}) № ${a.number}/${a.year}`.replace(
              '№',
              l === 'en' ? 'No' : '№',
            );
    return {
      id: `eu-act-${celex.toLowerCase()}`,
      kind: a.kind,
      series: a.series,
      year: a.year,
      number: a.number,
      title: { en: designation('en'), be: designation('be'), ru: designation('ru') },
      celex,
      url: eurLexUrl(celex),
      ...this.cite(a.said ?? [], [a.namedBy]),
    };
  }

  /** The fields every dated item shares: id, date, sources, quotes and note. */
  event(e: AuthoredEvent) {
    return {
      id: e.id,
      date: e.date,
      ...this.cite(e.said ?? []),
      ...(e.note ? { note: { text: e.note.text, asOf: e.date, ...(e.note.said ? this.cite(e.note.said) : {}) } } : {}),
    };
  }
}
