/**
 * UI strings with @lit/localize, one locale per element.
 *
 * @lit/localize's runtime keeps one global locale per page, and may be configured only once,
 * which a host page using it too would fight over. We never configure it: `msg` below has the
 * same signature and marker type (so `lit-localize extract` finds our strings) but looks up the
 * locale of the element that is rendering. The base element sets that locale around its
 * synchronous `update()`, so two elements on a page can speak two languages.
 */
import type { msg as litMsg } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { TemplateLike } from '@lit/localize/internal/types.js';
import type { Locale } from './locale.js';
import { localeLoaders } from './locale-loaders.js';

export { str } from '@lit/localize/internal/str-tag.js';

type Templates = Record<string, TemplateLike>;
const loaded = new Map<Locale, Templates>();
const pending = new Map<Locale, Promise<void>>();
let renderingLocale: Locale = 'en';

export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) =>
  runtimeMsg(loaded.get(renderingLocale), template as never, options)) as typeof litMsg;

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

/** True when `locale`'s strings are in memory (English always is: it is the source). */
export function isLocaleLoaded(locale: Locale): boolean {
  return locale === 'en' || loaded.has(locale) || !localeLoaders[locale];
}

/** Loads `locale`'s strings once, however many elements ask; a failed load leaves English. */
export function loadLocale(locale: Locale): Promise<void> {
  const loader = localeLoaders[locale];
  if (!loader || loaded.has(locale)) return Promise.resolve();
  let promise = pending.get(locale);
  if (!promise) {
    promise = loader()
      .then((module) => void loaded.set(locale, module.templates as Templates))
      .catch((error: unknown) => console.warn(`@eu-belarus/components: could not load the "${locale}" strings`, error))
      .finally(() => pending.delete(locale));
    pending.set(locale, promise);
  }
  return promise;
}
