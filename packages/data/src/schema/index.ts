/**
 * The zod schemas: the single definition of the data. Types are inferred from them and the JSON
 * Schema files are generated from them. Import this entry only to validate data of your own;
 * reading the bundled data does not need it (nor zod).
 */
import { z } from 'zod';
import { AssistanceFramework } from './assistance.js';
import { Dialogue } from './dialogue.js';
import { Overview } from './overview.js';
import { Programme } from './programme.js';
import { Sources } from './source.js';
import { Timeline } from './timeline.js';
import { Trade } from './trade.js';

export * from './common.js';
export * from './source.js';
export * from './overview.js';
export * from './dialogue.js';
export * from './assistance.js';
export * from './programme.js';
export * from './trade.js';
export * from './timeline.js';
export { formatIssue, formatPath, validateTopic, type ValidationResult } from './validate.js';

/** The schema of each topic's dataset, keyed by topic name (as in `json/<topic>.json`). */
export const TopicSchemas = {
  sources: Sources,
  overview: Overview,
  dialogues: z.array(Dialogue).min(1),
  assistance: AssistanceFramework,
  programmes: z.array(Programme).min(1),
  trade: Trade,
  timeline: Timeline,
} as const;
export type Topic = keyof typeof TopicSchemas;
export type TopicData<T extends Topic> = z.infer<(typeof TopicSchemas)[T]>;
export const TOPICS = Object.keys(TopicSchemas) as Topic[];
