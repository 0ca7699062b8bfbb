/**
 * Content text in languages other than English, loaded on demand.
 *
 * A topic's subpath (`@eu-belarus/data/programmes`…) carries English text only, to stay small
 * in a browser bundle; each other language of a topic is a module of its own. `loadContentLocale`
 * fetches one and registers its text beside the topic's dataset (the dataset is not changed), so
 * `text(item.name, 'be')` answers in Belarusian afterwards. The root entry (`@eu-belarus/data`)
 * needs none of this: its datasets hold every language. Needs no zod.
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

/** Loads `topic`'s text in `locale` once, however often it is asked; resolves when `text()` can answer in it. */
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
