/**
 * Validation of the whole content: each topic against its schema, then the checks a schema of one
 * topic cannot make. Every problem is reported as `path: message`.
 */
import { formatPath, validateTopic } from './schema/validate.js';
import { TOPICS, TopicSchemas } from './schema/index.js';
import type { Datasets } from './index.js';
import { checkItemQuotes, checkQuoteList } from './check-quotes.js';
import { decimalsOf } from './precision.js';

type Visit = (value: unknown, path: string) => void;

function walk(value: unknown, path: string, visit: Visit): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(v, formatPath(path, [k]), visit);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalizedText = (v: unknown): v is Record<string, unknown> => isObject(v) && typeof v['en'] === 'string';

/** Locales every bundled title and summary must have, beyond English. */
export const REQUIRED_CONTENT_LOCALES = ['be', 'ru'] as const;

export function checkDatasets(data: Datasets): string[] {
  const errors: string[] = [];
  for (const topic of TOPICS) {
    const result = validateTopic(topic, TopicSchemas[topic], data[topic]);
    if (!result.ok) errors.push(...result.errors);
  }
  if (errors.length) return errors;

  const sourceIds = new Set<string>();
  data.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) errors.push(`sources[${i}].id: duplicate id "${s.id}"`);
    sourceIds.add(s.id);
  });

  const quotesById = new Map(data.quotes.map((q) => [q.id, q]));
  const usedQuotes = new Set<string>();
  data.quotes.forEach((q, i) => {
    if (!sourceIds.has(q.source)) errors.push(`quotes[${i}].source: unknown source "${q.source}"`);
  });

  const itemIds = new Map<string, string>();
  for (const topic of TOPICS) {
    if (topic === 'sources' || topic === 'quotes') continue;
    walk(data[topic], topic, (value, path) => {
      if (!isObject(value)) return;
      // Every citable item (one with sources) has an id unique across the whole content.
      if (Array.isArray(value['sources'])) {
        (value['sources'] as string[]).forEach((id, i) => {
          if (!sourceIds.has(id)) errors.push(`${path}.sources[${i}]: cites unknown source "${id}"`);
        });
        errors.push(...checkItemQuotes(value as Parameters<typeof checkItemQuotes>[0], path, quotesById, usedQuotes));
        const id = value['id'];
        if (typeof id === 'string') {
          const seen = itemIds.get(id);
          if (seen) errors.push(`${path}.id: duplicate id "${id}" (also at ${seen})`);
          else itemIds.set(id, path);
        }
      }
      if (isLocalizedText(value))
        for (const locale of REQUIRED_CONTENT_LOCALES)
          if (typeof value[locale] !== 'string') errors.push(`${path}.${locale}: missing translation`);
    });
  }

  errors.push(...checkQuoteList(data.quotes, usedQuotes));

  data.trade.goods.forEach((row, i) => {
    if (!row.euBalance) return;
    const stated = [row.euExports, row.euImports, row.euBalance];
    // Each stated figure is rounded to its last digit, so the three may disagree by 1.5 units of it.
    const tolerance = 1.5 * 10 ** -Math.max(...stated.map(decimalsOf)) + 1e-9;
    const difference = row.euExports.value - row.euImports.value;
    if (Math.abs(difference - row.euBalance.value) > tolerance)
      errors.push(
        `trade.goods[${i}].euBalance.value: ${row.euBalance.value} does not equal exports minus imports (${difference.toFixed(2)})`,
      );
    if (new Set([row.euExports.scale, row.euImports.scale, row.euBalance.scale]).size > 1)
      errors.push(`trade.goods[${i}].euBalance.scale: exports, imports and balance must share a scale`);
  });

  return errors;
}
