/**
 * @eu-belarus/data: EU–Belarus relations as typed, sourced data.
 *
 * Reading the data needs no zod: the content is plain objects typed by the schemas. Import
 * `@eu-belarus/data/schema` only to validate data of your own.
 */
import { assistance } from './content/generated/assistance.js';
import { dialogues } from './content/generated/dialogues.js';
import { overview } from './content/generated/overview.js';
import { programmes } from './content/generated/programmes.js';
import { sources } from './content/generated/sources.js';
import { timeline } from './content/generated/timeline.js';
import { trade } from './content/generated/trade.js';
import { fillAllTexts } from './content/generated/all.js';
import { markAllContentLocalesLoaded } from './content-locales.js';

// The topic subpaths carry English only; the root entry keeps every language (see content-locales).
fillAllTexts();
markAllContentLocalesLoaded();

export * from './topics/sources.js';
export * from './topics/overview.js';
export * from './topics/dialogues.js';
export * from './topics/assistance.js';
export * from './topics/programmes.js';
export * from './topics/trade.js';
export * from './topics/timeline.js';
export * from './text.js';
export type {
  Figure,
  Locale,
  LocalizedText,
  Money,
  PartialDate,
  Period,
  Quantity,
  DatePrecision,
} from './schema/common.js';
export { LOCALES } from './locales.js';

/** Every topic's dataset, keyed as in `json/<topic>.json`. */
export const datasets = { sources, overview, dialogues, assistance, programmes, trade, timeline };
export type Datasets = typeof datasets;
