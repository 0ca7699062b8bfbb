import type { Locale } from './locale.js';

/**
 * Lazy loaders of the generated locale modules. Each is a separate chunk, fetched relative to
 * this module's own URL on first use. English is the source language and needs none.
 */
export const localeLoaders: Partial<Record<Locale, () => Promise<{ templates: unknown }>>> = {};
