/**
 * Which language an element speaks, and when its strings arrive: the element's `lang`, else the
 * nearest ancestor's (through shadow hosts), else the document's. `LocaleController` keeps that
 * locale current and loads what it needs: the UI strings (lit-localize) and the content text of
 * the topics the element shows (the data package's lazy locale modules).
 */
import { LOCALES, text, type Locale, type LocalizedText } from '@eu-belarus/data/text';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { useFallbacks, warmUp } from './format.js';
import { inLocale, loadLocale } from './localize.js';
import { noBreakDashes } from './no-break.js';

export type { Locale };
const SUPPORTED = new Set<string>(LOCALES);

/** The supported language of a BCP 47 tag (`pt-BR` → `pt`, `be-BY` → `be`), or undefined. */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return language && SUPPORTED.has(language) ? (language as Locale) : undefined;
}

/** The nearest non-empty `lang`, from the element up through ancestors and shadow hosts. */
function nearestLang(element: Element): string | undefined {
  // The element's own `lang` property first: our elements reflect one set before they connect
  // (as React wrappers and `el.lang = …` do) only at their first update, as `String(value)`.
  const own = (element as { lang?: unknown }).lang;
  const ownLang = own == null ? '' : String(own).trim();
  if (ownLang) return ownLang;
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

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document, so elements
 * follow a host page that switches language. One observer serves every element.
 */
function onLangChange(listener: () => void): () => void {
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

/** One load per page for each `ui.<locale>` and `<topic>.<locale>`, however many elements ask; a failure is warned and resolves. */
const loads = new Map<string, Promise<void>>();
/** The loads that have finished (failed ones too: they are not asked for again). */
const loaded = new Set<string>();
function loadOnce(key: string, load: () => Promise<void>): Promise<void> {
  let promise = loads.get(key);
  if (!promise)
    loads.set(
      key,
      (promise = load().catch((e: unknown) =>
        console.warn(`@eu-belarus/components: could not load the "${key}" text`, e),
      )),
    );
  return promise;
}

type Host = ReactiveControllerHost & HTMLElement;

export class LocaleController implements ReactiveController {
  /** The element's locale; the host re-renders when it changes. */
  locale: Locale = 'en';
  private readonly work = new Set<Promise<unknown>>();
  /** Loads this element has waited for once: a failed one is not asked for again on every render. */
  private readonly waited = new Set<string>();
  private stopWatching?: () => void;

  /** `topics`: the data topics whose content text the element shows. */
  constructor(
    private readonly host: Host,
    private readonly topics: () => readonly string[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopWatching = onLangChange(() => this.resolve());
    this.resolve();
    warmUp(this.locale);
  }

  hostDisconnected(): void {
    this.stopWatching?.();
  }

  hostUpdate(): void {
    this.load();
  }

  /** Resolves the locale again (call it when the host's own `lang` changes); re-renders on a change. */
  resolve(): void {
    const locale = resolveLocale(this.host);
    if (locale === this.locale) return;
    this.locale = locale;
    this.host.requestUpdate();
  }

  /** Loads still under way, for the host's `updateComplete`; undefined when there are none. */
  get pending(): Promise<unknown> | undefined {
    return this.work.size ? Promise.all(this.work) : undefined;
  }

  /** Runs `render` with `msg` answering in the element's locale. */
  within<R>(render: () => R): R {
    return inLocale(this.locale, render);
  }

  /** How many texts of the current render fell back to English (see `countFallbacks`). */
  fallbacks = 0;

  /** Starts counting the English fallbacks of a render afresh: the element notes them visibly. */
  countFallbacks(): void {
    this.fallbacks = 0;
  }

  /**
   * Content text in the locale; a fallback to English is marked `lang="en"` so screen readers
   * switch voice (and counted, see `countFallbacks`). Dashed words never break ("EU–Belarus").
   */
  text(value: LocalizedText): TemplateResult | string {
    const resolved = this.resolved(value);
    const shown = noBreakDashes(resolved.text);
    return resolved.fallback ? html`<span lang="en">${shown}</span>` : shown;
  }

  /** Content text and the language it is in (English where it fell back, which is counted). */
  resolved(value: LocalizedText): { text: string; fallback: boolean; lang: Locale } {
    const resolved = text(value, this.locale);
    if (resolved.fallback) this.fallbacks++;
    return { text: resolved.text, fallback: resolved.fallback, lang: resolved.fallback ? 'en' : this.locale };
  }

  /** Plain content text in the locale, for attributes and sorting. */
  plain(value: LocalizedText): string {
    return text(value, this.locale).text;
  }

  /**
   * Loads what the locale needs, if it is not here yet. English is the source language, in the
   * bundle; any other loads its strings, content text and date names (and their code) on demand.
   */
  load(): void {
    const { locale } = this;
    if (locale === 'en') return;
    const needed: [string, () => Promise<void>][] = this.topics().map((topic) => [
      `${topic}.${locale}`,
      () => import('@eu-belarus/data/content-locales').then((m) => m.loadContentLocale(topic, locale)),
    ]);
    // Per element: an element defined later may bring strings of its own (see `registerStrings`).
    needed.push([`ui.${locale}.${this.host.localName}`, () => loadLocale(locale)]);
    needed.push(['dates', () => import('./locale-fallbacks.js').then((m) => useFallbacks(m.fallbackFor))]);
    for (const [key, load] of needed) {
      if (loaded.has(key) || this.waited.has(key)) continue;
      this.waited.add(key);
      const done: Promise<unknown> = loadOnce(key, load)
        .then(() => {
          loaded.add(key);
          this.host.requestUpdate();
        })
        .finally(() => this.work.delete(done));
      this.work.add(done);
    }
  }
}
