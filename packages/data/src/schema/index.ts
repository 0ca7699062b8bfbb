/**
 * The zod schemas: the single definition of the data. Types are inferred from them and the JSON
 * Schema files are generated from them. Import this entry only to validate data of your own;
 * reading the bundled data does not need it (nor zod).
 */
import { z } from 'zod';
import { AssistanceFramework } from './assistance.js';
import { PartialDate, nonEmpty } from './common.js';
import { Dialogue } from './dialogue.js';
import { Overview } from './overview.js';
import { Programme } from './programme.js';
import { Quotes } from './quote.js';
import { RestrictiveMeasures } from './restrictive-measures.js';
import { Sources } from './source.js';
import { Timeline } from './timeline.js';
import { Trade } from './trade.js';

export * from './common.js';
export * from './source.js';
export * from './quote.js';
export * from './overview.js';
export * from './dialogue.js';
export * from './assistance.js';
export * from './programme.js';
export * from './trade.js';
export * from './timeline.js';
export * from './restrictive-measures.js';
export { formatIssue, formatPath, validateTopic, type ValidationResult } from './validate.js';

/** The schema of each topic's dataset, keyed by topic name (as in `json/<topic>.json`). */
export const TopicSchemas = {
  sources: Sources,
  quotes: Quotes,
  overview: Overview,
  dialogues: nonEmpty(Dialogue),
  assistance: AssistanceFramework,
  programmes: nonEmpty(Programme),
  trade: Trade,
  timeline: Timeline,
  'restrictive-measures': RestrictiveMeasures,
} as const;
export type Topic = keyof typeof TopicSchemas;
export type TopicData<T extends Topic> = z.infer<(typeof TopicSchemas)[T]>;
export const TOPICS = Object.keys(TopicSchemas) as Topic[];

/** The content's version and date, the same in every JSON file and exported by the package. */
export const ContentMeta = z.strictObject({
  /** `<asOf>+<hash>`: changes whenever any content changes; sorts by date. */
  contentVersion: z.string().regex(/^\d{4}(-\d{2}){0,2}\+[0-9a-f]{8,}$/, 'must be <asOf>+<hex hash>'),
  /** The newest date the content covers (of any statement, status, figure or event). */
  asOf: PartialDate,
});
export type ContentMeta = z.infer<typeof ContentMeta>;

/** The schema of the file `json/<topic>.json`: the topic's dataset under `data`, with the content's meta. */
export function topicFileSchema<T extends Topic>(topic: T) {
  return ContentMeta.extend({ topic: z.literal(topic), data: TopicSchemas[topic] });
}

/**
 * The dataset inside a `json/<topic>.json` file (`{ topic, contentVersion, asOf, data }`), or the
 * value itself when it is a bare dataset: both are accepted wherever data is loaded.
 */
export function datasetOf(value: unknown): unknown {
  const file = value as { contentVersion?: unknown; data?: unknown } | null;
  return file && typeof file === 'object' && !Array.isArray(file) && 'contentVersion' in file && 'data' in file
    ? file.data
    : value;
}
