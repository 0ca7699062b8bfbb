/**
 * Content text in languages other than English, loaded on demand.
 *
 * A topic's subpath (`@eu-belarus/data/programmes`…) carries English text only, to stay small
 * in a browser bundle; each other language of a topic is a module of its own. `loadContentLocale`
 * fetches one and adds its text to the topic's dataset in place, so `text(item.name, 'be')`
 * answers in Belarusian afterwards. The root entry (`@eu-belarus/data`) loads every language
 * up front, so its datasets are complete. Needs no zod.
 *
 * @example
 * import { programmes } from '@eu-belarus/data/programmes';
 * import { loadContentLocale } from '@eu-belarus/data/content-locales';
 * await loadContentLocale('programmes', 'be');
 * text(programmes[0].summary, 'be'); // Belarusian
 */
import { contentLoaders } from './content/generated/loaders.js';

const loaded = new Set<string>();
const pending = new Map<string, Promise<void>>();

/** True when `topic` has no `locale` text to load, or it is loaded (English always is). */
export function isContentLocaleLoaded(topic: string, locale: string): boolean {
  return locale === 'en' || !contentLoaders[topic]?.[locale] || loaded.has(`${topic}.${locale}`);
}

/** The locales each topic has text in beside English, e.g. `{ programmes: ['be', 'ru'], … }`. */
export const contentLocales: Record<string, string[]> = Object.fromEntries(
  Object.entries(contentLoaders).map(([topic, byLocale]) => [topic, Object.keys(byLocale)]),
);

/** Loads `topic`'s text in `locale` once, however often it is asked; resolves when it is in the dataset. */
export function loadContentLocale(topic: string, locale: string): Promise<void> {
  const key = `${topic}.${locale}`;
  const loader = contentLoaders[topic]?.[locale];
  if (!loader || loaded.has(key)) return Promise.resolve();
  let promise = pending.get(key);
  if (!promise) {
    promise = loader()
      .then((module) => {
        module.default();
        loaded.add(key);
      })
      .finally(() => pending.delete(key));
    pending.set(key, promise);
  }
  return promise;
}

/** Marks every topic and locale loaded (the root entry fills them all). */
export function markAllContentLocalesLoaded(): void {
  for (const [topic, byLocale] of Object.entries(contentLoaders))
    for (const locale in byLocale) loaded.add(`${topic}.${locale}`);
}
