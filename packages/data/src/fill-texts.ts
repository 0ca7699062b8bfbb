import type { LocalizedText } from './schema/common.js';

const isText = (v: unknown): v is LocalizedText =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { en?: unknown }).en === 'string';

/**
 * Fills `locale`'s texts into `dataset` in place, in the depth-first order in which
 * scripts/split-content.mjs collected them. `expected` is how many texts it walked: a dataset
 * of another shape is left as it is, with a warning. Idempotent.
 */
export function fillTexts(
  dataset: unknown,
  locale: string,
  expected: number,
  strings: readonly (string | null)[],
): void {
  const found: LocalizedText[] = [];
  const walk = (value: unknown): void => {
    if (isText(value)) found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(dataset);
  if (found.length !== expected) {
    console.warn(
      `@eu-belarus/data: the dataset has ${found.length} texts, expected ${expected}; ${locale} text not added`,
    );
    return;
  }
  strings.forEach((s, i) => {
    if (s !== null) (found[i] as Record<string, string>)[locale] = s;
  });
}
