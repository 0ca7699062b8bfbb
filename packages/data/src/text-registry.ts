/**
 * Content text in other languages than English, kept beside the English datasets instead of in
 * them: a topic's language module registers its strings here, and `text()` looks them up. No
 * module changes another module's exports, so the result does not depend on which imports a
 * bundler keeps (see content-locales.ts).
 */
import type { LocalizedText } from './schema/common.js';

/** An English text object of a bundled dataset → its text in each registered locale. */
const registry = new WeakMap<object, Record<string, string>>();

const isText = (v: unknown): v is LocalizedText =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { en?: unknown }).en === 'string';

/**
 * Registers `locale`'s texts for `dataset`, in the depth-first order in which
 * scripts/split-content.mjs collected them. `expected` is how many texts it walked: a dataset of
 * another shape gets nothing, with a warning. Registering twice is harmless.
 */
export function registerTexts(
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
      `@eu-belarus/data: the dataset has ${found.length} texts, expected ${expected}; ${locale} text not registered`,
    );
    return;
  }
  strings.forEach((s, i) => {
    if (s === null) return;
    const value = found[i]!;
    const byLocale = registry.get(value) ?? {};
    byLocale[locale] = s;
    registry.set(value, byLocale);
  });
}

/** The registered text of `value` in `locale`, if a language module registered one. */
export function registeredText(value: LocalizedText, locale: string): string | undefined {
  return registry.get(value)?.[locale];
}
