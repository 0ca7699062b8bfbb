import type { Topic, TopicData } from '@eu-belarus/data/schema';
import type { LoadProblem } from './fetch-data.js';

/**
 * Validates data from `src` or `.data` with the data package's zod schema. The schema (and zod)
 * is imported on first use, so pages that show the bundled data never download it.
 */
export async function validateData<T extends Topic>(
  topic: T,
  value: unknown,
): Promise<{ ok: true; data: TopicData<T> } | { ok: false; problem: LoadProblem }> {
  const { TopicSchemas, formatPath } = await import('@eu-belarus/data/schema');
  const result = TopicSchemas[topic].safeParse(value);
  if (result.success) return { ok: true, data: result.data as TopicData<T> };
  const issues = result.error.issues.map((issue) => ({ path: formatPath(topic, issue.path), message: issue.message }));
  const first = issues[0]!;
  return {
    ok: false,
    problem: {
      reason: 'schema',
      issues,
      message: `the data does not follow the ${topic} schema: ${first.path}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
    },
  };
}
