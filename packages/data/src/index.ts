/**
 * @eu-belarus/data: EU–Belarus relations as typed, sourced data.
 *
 * The root entry holds every language inline: its datasets are the content modules themselves,
 * equal to the JSON files. The topic subpaths (`@eu-belarus/data/programmes`…) hold English only
 * and load other languages on demand (see `content-locales`). Nothing here runs at import time
 * but plain definitions, so any bundler may drop what is not used (`sideEffects: false`).
 *
 * Reading the data needs no zod: the content is plain objects typed by the schemas. Import
 * `@eu-belarus/data/schema` only to validate data of your own.
 */
import { assistance } from './content/assistance.js';
import { dialogues } from './content/dialogues.js';
import { overview } from './content/overview.js';
import { programmes } from './content/programmes.js';
import { quotes } from './content/quotes.js';
import { restrictiveMeasures } from './content/restrictive-measures.js';
import { sources } from './content/sources.js';
import { timeline } from './content/timeline.js';
import { trade } from './content/trade.js';
import * as query from './query.js';
import type { Balance, DialogueFilter, EventFilter, ProgrammeFilter } from './query.js';
import type { Dialogue } from './schema/dialogue.js';
import type { Programme, ProgrammeStatusEntry } from './schema/programme.js';
import type { Quote, QuoteId } from './schema/quote.js';
import type { Source, SourceId } from './schema/source.js';
import type { TimelineEvent } from './schema/timeline.js';
import type { Trade } from './schema/trade.js';

export { assistance, dialogues, overview, programmes, quotes, restrictiveMeasures, sources, timeline, trade };
export { asOf, contentVersion } from './meta.js';

// The topics' helpers (documented in src/topics/), defaulting to this entry's datasets.

/** The source with this id, or `undefined`. */
export const sourceById = (id: SourceId, from: readonly Source[] = sources): Source | undefined =>
  from.find((s) => s.id === id);
/** The sources an item cites, in order. @throws Error naming the id of a source that does not exist. */
export const sourcesOf = (item: { sources: readonly SourceId[] }, from: readonly Source[] = sources): Source[] =>
  query.citedSources(item, from);
/** The quote with this id, or `undefined`. */
export const quoteById = (id: QuoteId, from: readonly Quote[] = quotes): Quote | undefined =>
  from.find((q) => q.id === id);
/** The quotes an item lists, in order. @throws Error naming the id of a quote that does not exist. */
export const quotesOf = (item: { quotes?: readonly QuoteId[] }, from: readonly Quote[] = quotes): Quote[] =>
  query.citedQuotes(item, from);
/** A programme's last reported status for Belarus, with the date it held (`asOf`): not a claim about today. */
export const programmeStatus = (programme: Programme): ProgrammeStatusEntry => query.lastReported(programme);
/** Dialogues filtered by kind and by last reported status; an empty or absent list means "any". */
export const dialoguesBy = (filter: DialogueFilter = {}, from: readonly Dialogue[] = dialogues): Dialogue[] =>
  query.selectDialogues(filter, from);
/** Programmes filtered by category, scope and last reported status; an empty or absent list means "any". */
export const programmesBy = (filter: ProgrammeFilter = {}, from: readonly Programme[] = programmes): Programme[] =>
  query.selectProgrammes(filter, from);
/** The EU's balance for `year` in goods (default) or services; a stated balance wins over arithmetic. */
export const tradeBalance = (
  year: number,
  kind: 'goods' | 'services' = 'goods',
  from: Trade = trade,
): Balance | undefined => query.balanceOf(year, kind, from);
/** Events between `from` and `to` (inclusive, any ISO precision) in the given categories. */
export const eventsBetween = (filter: EventFilter = {}, from: readonly TimelineEvent[] = timeline): TimelineEvent[] =>
  query.selectEvents(filter, from);

export { lastStatus as currentStatus, lastReported } from './query.js';
export { latestStated, listingTotals, LISTING_SERIES } from './listing-totals.js';
export { measuresTimeline } from './measures-timeline.js';
export {
  DIALOGUE_KINDS,
  DIALOGUE_STATUSES,
  PROGRAMME_CATEGORIES,
  PROGRAMME_SCOPES,
  PROGRAMME_STATUSES,
  FIGURE_COVERAGES,
  SOURCE_KINDS,
  QUOTE_WORDINGS,
  POLICY_TIMEFRAMES,
  TIMELINE_CATEGORIES,
  MEASURE_AREAS,
  MEASURE_REASONS,
  LEGAL_ACT_KINDS,
  TURN_OF_RELATIONS,
} from './vocabulary.js';
export type { Source, SourceId } from './topics/sources.js';
export type { Quote, QuoteId, QuoteWording } from './topics/quotes.js';
export type { Overview, PolicyPoint, PolicyTimeframe } from './topics/overview.js';
export type { Dialogue, DialogueKind, DialogueStatus, StatusEntry } from './topics/dialogues.js';
export type { AssistanceFramework, PrioritySet, Statement } from './topics/assistance.js';
export type {
  Programme,
  ProgrammeCategory,
  ProgrammeScope,
  ProgrammeStatus,
  ProgrammeStatusEntry,
} from './topics/programmes.js';
export type { DialogueFilter, EventFilter, ProgrammeFilter } from './query.js';
export type { Balance, InvestmentYear, PartnerShare, Trade, TradeFlow, TradeGap, TradeYear } from './topics/trade.js';
export type { DerivedFrom, TimelineCategory, TimelineEvent } from './topics/timeline.js';
export type {
  CriterionChange,
  LatestTotals,
  LegalAct,
  ListingFigure,
  ListingRound,
  ListingSeries,
  MeasureArea,
  MeasureReason,
  NotFound,
  OtherFigure,
  OtherRegimeListing,
  OtherTotal,
  Prolongation,
  RestrictiveMeasures,
  SectoralMeasure,
  TotalOrigin,
  TotalsPoint,
  TotalValue,
} from './topics/restrictive-measures.js';
export * from './text.js';
export type {
  Figure,
  FigureCoverage,
  Locale,
  LocalizedText,
  Money,
  PartialDate,
  Period,
  Quantity,
  DatePrecision,
} from './schema/common.js';
export { LOCALES } from './locales.js';

/** Every topic's dataset, keyed as in `json/<topic>.json`, with every language. */
export const datasets = {
  sources,
  quotes,
  overview,
  dialogues,
  assistance,
  programmes,
  trade,
  timeline,
  'restrictive-measures': restrictiveMeasures,
};
export type Datasets = typeof datasets;
