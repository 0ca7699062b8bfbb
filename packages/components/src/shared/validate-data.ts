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
  // zod compiles parsers with `new Function` after probing for it; under a CSP without
  // 'unsafe-eval', or with `require-trusted-types-for 'script'`, the probe alone is reported as a
  // violation. Its config is one object on globalThis, shared by every zod copy: set jitless
  // before ours loads, unless the page chose otherwise.
  const zod = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  (zod.__zod_globalConfig ??= {}).jitless ??= true;
  const { TopicSchemas, datasetOf, formatPath } = await import('@eu-belarus/data/schema');
  // A file of the package (`{ topic, contentVersion, asOf, data }`) or a bare dataset.
  const result = TopicSchemas[topic].safeParse(datasetOf(value));
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
