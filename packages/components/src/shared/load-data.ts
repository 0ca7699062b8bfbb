/**
 * A load of `src` or `.data`, for the pages that ask for one: the fetch (with abort and timeout)
 * and the validation with the topic's schema, one chunk that the data controller imports on the
 * first such load (zod and the schemas load on the first validation).
 */
import type { Topic, TopicData } from '@eu-belarus/data/schema';
import type { EuDataErrorDetail } from './events.js';
import { fetchJson } from './fetch-data.js';
import { validateData } from './validate-data.js';

/** The validated data, or undefined when the load was cut short (`signal`); throws what went wrong. */
export async function loadData<T extends Topic>(
  element: string,
  [src, data, topic]: readonly [src: string, data: unknown, topic: T],
  signal: AbortSignal,
  timeoutMs: number,
): Promise<TopicData<T> | undefined> {
  // Called even when `signal` has aborted meanwhile: the request starts and is aborted at once.
  const fetched = src ? await fetchJson(src, signal, timeoutMs) : { ok: true as const, json: data };
  // Aborted (a newer load, or disconnection): the outcome of this run is never shown.
  if (signal.aborted) return undefined;
  if (!fetched.ok) throw { element, ...fetched.problem } satisfies EuDataErrorDetail;
  const valid = await validateData(topic, fetched.json);
  if (signal.aborted) return undefined;
  if (!valid.ok) throw { element, ...valid.problem, ...(src ? { src } : {}) } satisfies EuDataErrorDetail;
  return valid.data;
}
