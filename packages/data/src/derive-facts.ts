/**
 * How named facts are derived from data passed in (see `./facts.ts` for the names). No dataset is
 * imported here, so code that loads datasets lazily can derive facts without bundling them.
 */
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

export { FACT_TOPICS, factTopic, type FactTopic } from './fact-topic.js';

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
  const fact = (key: keyof (typeof LABELS)[typeof kind], quantity: Fact['quantity']): Fact => ({
    name: `${base}.${key}`,
    label: withYear(LABELS[kind][key], row.year),
    quantity,
    asOf,
    sources,
    quotes,
  });
  const facts = [fact('euImports', row.euImports), fact('euExports', row.euExports)];
  // Goods always have a balance (stated, else computed); services only when the source states one.
  const balance = kind === 'goods' || row.euBalance ? balanceOf(row.year, kind, from) : undefined;
  if (balance)
    facts.push({
      ...fact('euBalance', balance.balance),
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
