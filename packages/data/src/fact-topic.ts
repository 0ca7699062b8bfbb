// The topics of fact names (`<topic>.…`): plain, so the name of a fact can be read without its data.

/** The topics facts are derived from, i.e. the first segment of every fact name. */
export const FACT_TOPICS = ['trade', 'assistance', 'programmes', 'restrictive-measures'] as const;
export type FactTopic = (typeof FACT_TOPICS)[number];

/** The topic a fact name belongs to (its first segment), or `undefined` for a name of no known topic. */
export function factTopic(name: string): FactTopic | undefined {
  const topic = name.split('.', 1)[0];
  return (FACT_TOPICS as readonly string[]).includes(topic!) ? (topic as FactTopic) : undefined;
}
