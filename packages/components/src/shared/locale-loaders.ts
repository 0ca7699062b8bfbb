import type { Locale } from './locale.js';

/**
 * Lazy loaders of the locale modules that `lit-localize build` generates from xliff/. Each is a
 * separate chunk, fetched relative to this module's own URL on first use, so it works from any
 * host path. English is the source language and needs none. `scripts/check-xliff.mjs` checks
 * that this list matches lit-localize.json.
 */
export const localeLoaders: Partial<Record<Locale, () => Promise<{ templates: unknown }>>> = {
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
