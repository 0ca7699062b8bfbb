/**
 * UI strings with @lit/localize, one locale per element.
 *
 * @lit/localize's runtime keeps one global locale per page, and may be configured only once,
 * which a host page using it too would fight over. We never configure it: `msg` below has the
 * same signature and marker type (so `lit-localize extract` finds our strings) but looks up the
 * locale of the element that is rendering. The element's `LocaleController` sets that locale
 * around its synchronous `update()`, so two elements on a page can speak two languages.
 */
import type { Locale } from '@eu-belarus/data/text';
import type { msg as litMsg } from '@lit/localize';
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import type { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { TemplateLike } from '@lit/localize/internal/types.js';
import type { allLocales, targetLocales } from '../locales/locale-codes.js';

export { str } from '@lit/localize/internal/str-tag.js';

type TargetLocale = (typeof targetLocales)[number];
type Templates = Record<string, TemplateLike>;

/**
 * Lazy loaders of the locale modules that `lit-localize build` generates from xliff/: one chunk
 * each, fetched relative to this module's own URL on first use, so it works from any host path.
 * Typed by lit-localize's generated `targetLocales`, so the compiler rejects a missing or extra one.
 */
const loaders: Record<TargetLocale, () => Promise<{ templates: unknown }>> = {
  bg: () => import('../locales/bg.js'),
  cs: () => import('../locales/cs.js'),
  da: () => import('../locales/da.js'),
  de: () => import('../locales/de.js'),
  el: () => import('../locales/el.js'),
  es: () => import('../locales/es.js'),
  et: () => import('../locales/et.js'),
  fi: () => import('../locales/fi.js'),
  fr: () => import('../locales/fr.js'),
  ga: () => import('../locales/ga.js'),
  hr: () => import('../locales/hr.js'),
  hu: () => import('../locales/hu.js'),
  it: () => import('../locales/it.js'),
  lt: () => import('../locales/lt.js'),
  lv: () => import('../locales/lv.js'),
  mt: () => import('../locales/mt.js'),
  nl: () => import('../locales/nl.js'),
  pl: () => import('../locales/pl.js'),
  pt: () => import('../locales/pt.js'),
  ro: () => import('../locales/ro.js'),
  sk: () => import('../locales/sk.js'),
  sl: () => import('../locales/sl.js'),
  sv: () => import('../locales/sv.js'),
  be: () => import('../locales/be.js'),
  ru: () => import('../locales/ru.js'),
};

/** The UI's locales (lit-localize's) are the content's (the data package's): a compile-time check. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameLocales: Same<(typeof allLocales)[number], Locale> = true;
void sameLocales;

/**
 * Each locale's strings by key. Built, a string's key is a short hash of its text, which the build
 * gives the strings chunks and msg-lookup.ts computes (rollup.strings.mjs puts that lookup in place
 * of lit-localize's); served unbuilt (tests, Storybook's dev server), lit-localize's id.
 */
const loaded = new Map<Locale, Templates>();
let renderingLocale: Locale = 'en';

/**
 * The translation lookup (it hashes each string to its key) loads with the first language other
 * than English: a page in English, the source language, never downloads it.
 */
let lookUp: typeof runtimeMsg | undefined;
/** The source text (str`` templates joined): `defaultMsg` retyped, so `lit-localize extract` does not take it for a message. */
const sourceText = defaultMsg as (template: unknown) => ReturnType<typeof litMsg>;

export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) => {
  const templates = loaded.get(renderingLocale);
  return templates && lookUp ? lookUp(templates, template as never, options) : sourceText(template);
}) as typeof litMsg;

/** Runs `render` with `msg` answering in `locale`. */
export function inLocale<R>(locale: Locale, render: () => R): R {
  const previous = renderingLocale;
  renderingLocale = locale;
  try {
    return render();
  } finally {
    renderingLocale = previous;
  }
}

const loaderOf = (locale: Locale) => (loaders as Partial<Record<Locale, (typeof loaders)[TargetLocale]>>)[locale];

type Strings = (locale: Locale) => Promise<{ templates: unknown }>;
/**
 * Each element's own strings. In the autoloader build the locale modules above hold only the
 * strings every element uses, and each element's module registers how to load the rest
 * (rollup.strings.mjs), so a page loads the strings of the elements it has; a module loaded on
 * demand registers its own and waits for them in the languages already loaded before it runs.
 * Elsewhere none registers.
 */
const parts = new Set<Strings>();
export function registerStrings(strings: Strings): Promise<void> {
  parts.add(strings);
  const shown = [...(loads.get(core)?.keys() ?? [])];
  return Promise.all(shown.map((locale) => load(strings, locale))).then(() => undefined);
}

const core: Strings = (locale) => loaderOf(locale)!();
/** One load of each strings module per page, however many elements ask. */
const loads = new Map<Strings, Map<Locale, Promise<void>>>();

function load(strings: Strings, locale: Locale): Promise<void> {
  const byLocale = loads.get(strings) ?? new Map<Locale, Promise<void>>();
  loads.set(strings, byLocale);
  let promise = byLocale.get(locale);
  if (!promise) {
    promise = Promise.all([strings(locale), import('@lit/localize/internal/runtime-msg.js')])
      .then(([module, runtime]) => {
        lookUp = runtime.runtimeMsg;
        loaded.set(locale, Object.assign(loaded.get(locale) ?? {}, module.templates as Templates));
      })
      .catch((error: unknown) => {
        byLocale.delete(locale);
        console.warn(`@eu-belarus/components: could not load the "${locale}" strings`, error);
      });
    byLocale.set(locale, promise);
  }
  return promise;
}

/** Loads `locale`'s strings (those of every element registered so far) once; a failed load leaves English. */
export function loadLocale(locale: Locale): Promise<void> {
  if (!loaderOf(locale)) return Promise.resolve();
  return Promise.all([core, ...parts].map((strings) => load(strings, locale))).then(() => undefined);
}
