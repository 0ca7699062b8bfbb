/**
 * Named, sourced figures for citing one number in running text (`<eu-fact name="…">`).
 *
 * Every fact is derived from the content: a trade year, an assistance figure or a programme
 * figure. Nothing here is kept by hand, so a corrected figure in the content corrects its fact.
 * Names:
 *
 * - `trade.goods.<year>.euImports|euExports|euBalance`
 * - `trade.services.<year>.euImports|euExports` (and `euBalance` when the source states one)
 * - `trade.investment.<year>.inwardStocks|outwardStocks`
 * - `trade.shares.<figureId>` (the EU's share in Belarus' imports or exports in a year)
 * - `assistance.<figureId>`
 * - `programmes.<programmeId>.<figureId>`
 * - `restrictive-measures.latest|council.individuals|entities` (the latest stated totals, by
 *   anyone or by the Council) and `restrictive-measures.<date>.individuals|entities`
 *
 * This module needs no zod: it reads the plain content.
 */
import { assistance } from './content/generated/assistance.js';
import { programmes } from './content/generated/programmes.js';
import { restrictiveMeasures } from './content/generated/restrictive-measures.js';
import { trade } from './content/generated/trade.js';
import type { AssistanceFramework } from './schema/assistance.js';
import type { Figure, FigureCoverage, LocalizedText, PartialDate, Quantity } from './schema/common.js';
import type { Programme } from './schema/programme.js';
import type { SourceId } from './schema/source.js';
import type { Trade, TradeYear } from './schema/trade.js';
import { balanceOf } from './query.js';
import { restrictiveMeasuresFacts } from './measures-facts.js';
import type { RestrictiveMeasures } from './schema/restrictive-measures.js';

/** One named figure with its label, value, the date it refers to and its sources. */
export interface Fact {
  /** The fact's name, e.g. `trade.goods.2017.euExports`. */
  name: string;
  /** What the figure is, in every locale the content has. */
  label: LocalizedText;
  quantity: Quantity;
  /** Upper bound of a range, when the figure is one ("EUR 100,000 to EUR 1.5 million"). */
  upTo?: Quantity;
  /** The date the figure held, at its source's precision. */
  asOf: PartialDate;
  /** What the figure covers, when the content says: Belarus alone, the programme, or the EU-wide budget. */
  coverage?: FigureCoverage;
  sources: SourceId[];
  /** The quotes (`@eu-belarus/data/quotes`) that state the figure. */
  quotes: string[];
  /** `computed` for a balance the source does not state (exports minus imports); otherwise absent. */
  origin?: 'computed';
  /** `member-state`: a member state's figure, not an EU institution's (its label says so too). */
  statedBy?: 'member-state';
}

/** The topics facts are derived from, i.e. the first segment of every fact name. */
export const FACT_TOPICS = ['trade', 'assistance', 'programmes', 'restrictive-measures'] as const;
export type FactTopic = (typeof FACT_TOPICS)[number];

/** The data facts are derived from; a topic left out yields no facts. */
export interface FactSources {
  trade?: Trade;
  assistance?: AssistanceFramework;
  programmes?: readonly Programme[];
  'restrictive-measures'?: RestrictiveMeasures;
}

/** A label with the year appended in each locale the label has: "EU exports of goods to Belarus, 2017". */
function withYear(label: LocalizedText, year: number): LocalizedText {
  return Object.fromEntries(
    Object.entries(label).map(([locale, text]) => [locale, `${text}, ${year}`]),
  ) as LocalizedText;
}

const LABELS = {
  goods: {
    euImports: {
      en: 'EU imports of goods from Belarus',
      be: 'Імпарт тавараў ЕС з Беларусі',
      ru: 'Импорт товаров ЕС из Беларуси',
    },
    euExports: {
      en: 'EU exports of goods to Belarus',
      be: 'Экспарт тавараў ЕС у Беларусь',
      ru: 'Экспорт товаров ЕС в Беларусь',
    },
    euBalance: {
      en: 'EU balance of trade in goods with Belarus',
      be: 'Сальда гандлю таварамі ЕС з Беларуссю',
      ru: 'Сальдо торговли товарами ЕС с Беларусью',
    },
  },
  services: {
    euImports: {
      en: 'EU imports of services from Belarus',
      be: 'Імпарт паслуг ЕС з Беларусі',
      ru: 'Импорт услуг ЕС из Беларуси',
    },
    euExports: {
      en: 'EU exports of services to Belarus',
      be: 'Экспарт паслуг ЕС у Беларусь',
      ru: 'Экспорт услуг ЕС в Беларусь',
    },
    euBalance: {
      en: 'EU balance of trade in services with Belarus',
      be: 'Сальда гандлю паслугамі ЕС з Беларуссю',
      ru: 'Сальдо торговли услугами ЕС с Беларусью',
    },
  },
  investment: {
    inwardStocks: {
      en: 'Stocks of Belarusian direct investment in the EU',
      be: 'Назапашаныя прамыя інвестыцыі Беларусі ў ЕС',
      ru: 'Накопленные прямые инвестиции Беларуси в ЕС',
    },
    outwardStocks: {
      en: 'Stocks of EU direct investment in Belarus',
      be: 'Назапашаныя прамыя інвестыцыі ЕС у Беларусі',
      ru: 'Накопленные прямые инвестиции ЕС в Беларуси',
    },
  },
} satisfies Record<string, Record<string, LocalizedText>>;

function tradeYearFacts(kind: 'goods' | 'services', row: TradeYear, from: Trade): Fact[] {
  const base = `trade.${kind}.${row.year}`;
  const asOf = String(row.year);
  const sources = [...row.sources];
  const quotes = [...row.quotes];
  const facts: Fact[] = [
    {
      name: `${base}.euImports`,
      label: withYear(LABELS[kind].euImports, row.year),
      quantity: row.euImports,
      asOf,
      sources,
      quotes,
    },
    {
      name: `${base}.euExports`,
      label: withYear(LABELS[kind].euExports, row.year),
      quantity: row.euExports,
      asOf,
      sources,
      quotes,
    },
  ];
  // Goods always have a balance (stated, else computed); services only when the source states one.
  const balance = kind === 'goods' || row.euBalance ? balanceOf(row.year, kind, from) : undefined;
  if (balance)
    facts.push({
      name: `${base}.euBalance`,
      label: withYear(LABELS[kind].euBalance, row.year),
      quantity: balance.balance,
      asOf,
      sources,
      quotes,
      ...(balance.origin === 'computed' ? { origin: 'computed' as const } : {}),
    });
  return facts;
}

/** The facts of a trade dataset: goods, services and investment, year by year. */
export function tradeFacts(from: Trade): Fact[] {
  return [
    ...from.goods.flatMap((row) => tradeYearFacts('goods', row, from)),
    ...from.services.flatMap((row) => tradeYearFacts('services', row, from)),
    ...from.investment.flatMap((row) =>
      (['inwardStocks', 'outwardStocks'] as const).map((key): Fact => ({
        name: `trade.investment.${row.year}.${key}`,
        label: withYear(LABELS.investment[key], row.year),
        quantity: row[key],
        asOf: String(row.year),
        sources: [...row.sources],
        quotes: [...row.quotes],
      })),
    ),
    ...from.shares.map((f) => figureFact(`trade.shares.${f.id}`, f)),
  ];
}

function figureFact(name: string, figure: Figure): Fact {
  return {
    name,
    label: figure.label,
    quantity: figure.quantity,
    ...(figure.upTo ? { upTo: figure.upTo } : {}),
    asOf: figure.asOf,
    ...(figure.coverage ? { coverage: figure.coverage } : {}),
    sources: [...figure.sources],
    quotes: [...figure.quotes],
  };
}

/** The facts of the assistance dataset: `assistance.<figureId>`. */
export function assistanceFacts(from: AssistanceFramework): Fact[] {
  return from.figures.map((f) => figureFact(`assistance.${f.id}`, f));
}

/** The facts of the programmes dataset: `programmes.<programmeId>.<figureId>`. */
export function programmeFacts(from: readonly Programme[]): Fact[] {
  return from.flatMap((p) => p.figures.map((f) => figureFact(`programmes.${p.id}.${f.id}`, f)));
}

/** Every fact of the given data, by name, in content order. */
export function deriveFacts(from: FactSources): Map<string, Fact> {
  const all = [
    ...(from.trade ? tradeFacts(from.trade) : []),
    ...(from.assistance ? assistanceFacts(from.assistance) : []),
    ...(from.programmes ? programmeFacts(from.programmes) : []),
    ...(from['restrictive-measures'] ? restrictiveMeasuresFacts(from['restrictive-measures']) : []),
  ];
  return new Map(all.map((f) => [f.name, f]));
}

/** The topic a fact name belongs to (its first segment), or `undefined` for a name of no known topic. */
export function factTopic(name: string): FactTopic | undefined {
  const topic = name.split('.', 1)[0];
  return (FACT_TOPICS as readonly string[]).includes(topic!) ? (topic as FactTopic) : undefined;
}

/** Every fact of the bundled content, by name. */
export const facts: ReadonlyMap<string, Fact> = deriveFacts({
  trade,
  assistance,
  programmes,
  'restrictive-measures': restrictiveMeasures,
});

/** The names of every bundled fact, in content order. */
export function factNames(): string[] {
  return [...facts.keys()];
}

/** The bundled fact with this name, or `undefined`. */
export function fact(name: string): Fact | undefined {
  return facts.get(name.trim());
}
