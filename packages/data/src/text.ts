import type { Locale, LocalizedText } from './schema/common.js';
import { registeredText } from './text-registry.js';

/** A text in the locale that was asked for, or its English fallback, saying which it is. */
export interface ResolvedText {
  /** The text to show. */
  text: string;
  /** The locale the text is really in: the requested one, or `en` after a fallback. */
  locale: Locale;
  /** True when the requested locale had no text and English was used. */
  fallback: boolean;
}

/**
 * Picks the text for `locale`, falling back to English explicitly. The text comes from the value
 * itself (the root entry's datasets, the JSON files, a copy of your own) or, for the English-only
 * datasets of the topic subpaths, from a language loaded with `loadContentLocale`.
 *
 * @example
 * const { text: title, locale } = text(programme.name, 'be');
 * // render `title` with lang={locale}, so screen readers switch voice after a fallback
 */
export function text(value: LocalizedText, locale: Locale | string): ResolvedText {
  const wanted = (value as Record<string, string | undefined>)[locale] ?? registeredText(value, locale);
  if (wanted) return { text: wanted, locale: locale as Locale, fallback: false };
  return { text: value.en, locale: 'en', fallback: locale !== 'en' };
}

export { LOCALES } from './locales.js';
export type { Locale, LocalizedText } from './schema/common.js';
