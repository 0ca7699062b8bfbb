import { LOCALES, type Locale } from '@eu-belarus/data/text';

export type { Locale };
const SUPPORTED = new Set<string>(LOCALES);

/** The supported language of a BCP 47 tag (`pt-BR` → `pt`, `be-BY` → `be`), or undefined. */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return language && SUPPORTED.has(language) ? (language as Locale) : undefined;
}

/** The nearest non-empty `lang`, from the element up through ancestors and shadow hosts. */
function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * The element's UI locale: its own `lang`, else the nearest ancestor's, else the document's; a
 * page that declares a language we do not support gets English. Only a page that declares none
 * falls through to the browser's languages.
 */
export function resolveLocale(element: Element): Locale {
  const declared = nearestLang(element) ?? document.documentElement.lang;
  if (declared) return supportedLocale(declared) ?? 'en';
  for (const tag of navigator.languages ?? []) {
    const locale = supportedLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}

type LangListener = () => void;
const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document, so elements
 * follow a host page that switches language. One observer serves every element.
 */
export function onLangChange(listener: LangListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
