/**
 * @eu-belarus/data: EU–Belarus relations as typed, sourced data.
 *
 * Reading the data needs no zod: the content is plain objects typed by the schemas. Import
 * `@eu-belarus/data/schema` only to validate data of your own.
 */
import { assistance } from './content/assistance.js';
import { dialogues } from './content/dialogues.js';
import { overview } from './content/overview.js';
import { programmes } from './content/programmes.js';
import { sources } from './content/sources.js';
import { timeline } from './content/timeline.js';
import { trade } from './content/trade.js';

export * from './topics/sources.js';
export * from './topics/overview.js';
export * from './topics/dialogues.js';
export * from './topics/assistance.js';
export * from './topics/programmes.js';
export * from './topics/trade.js';
export * from './topics/timeline.js';
export * from './text.js';
export type { Figure, Locale, LocalizedText, Money, PartialDate, Period, Quantity, DatePrecision } from './schema/common.js';
export { LOCALES } from './locales.js';

/** Every topic's dataset, keyed as in `json/<topic>.json`. */
export const datasets = { sources, overview, dialogues, assistance, programmes, trade, timeline };
export type Datasets = typeof datasets;
