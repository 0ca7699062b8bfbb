/**
 * The toolbar globals (locale, theme, container width) and the frame that applies them around
 * every story: `lang` on a wrapper, `theme` on each `eu-` element and the page background to
 * match, and a wrapper with the chosen max-width.
 */
import { LOCALES } from '@eu-belarus/data/text';
import type { Decorator } from '@storybook/web-components-vite';
import type { GlobalTypes } from 'storybook/internal/types';
import { html } from 'lit';
import { useEffect } from 'storybook/preview-api';
import './frame.css';

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });
const nativeName = (locale: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;

export const WIDTHS = ['280', '480', '768', '1200', 'full'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;

export const globalTypes: GlobalTypes = {
  locale: {
    description: 'Language of the page around the elements (the `lang` they inherit)',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      dynamicTitle: true,
      items: LOCALES.map((locale) => ({
        value: locale,
        right: locale,
        title: `${nativeName(locale)} (${englishNames.of(locale)})`,
      })),
    },
  },
  theme: {
    description: 'The elements\u2019 `theme` attribute, and a page background to match',
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      dynamicTitle: true,
      items: THEMES.map((value) => ({ value, title: value })),
    },
  },
  width: {
    description: 'Width of the container the elements sit in',
    toolbar: {
      title: 'Container',
      icon: 'ruler',
      dynamicTitle: true,
      items: WIDTHS.map((value) => ({ value, title: value === 'full' ? 'full width' : `${value} px` })),
    },
  },
};

export const initialGlobals = { locale: 'en', theme: 'light', width: 'full' };

/** Sets `theme` on every `eu-` element in `root` whose story does not set one itself. */
function applyTheme(root: Element, theme: string): void {
  for (const element of root.querySelectorAll('*'))
    if (element.localName.startsWith('eu-') && !element.hasAttribute('data-story-theme'))
      element.setAttribute('theme', theme);
}

export const withFrame: Decorator = (story, context) => {
  const { locale = 'en', theme = 'light', width = 'full' } = context.globals as Record<string, string>;
  const explicitTheme = typeof context.args['theme'] === 'string' && context.args['theme'] !== '';
  useEffect(() => {
    const frame = context.canvasElement?.querySelector(':scope > .eu-story, .eu-story');
    if (frame && !explicitTheme) applyTheme(frame, theme);
    // The canvas page's background follows the theme; docs pages get it on each story's frame.
    if (context.viewMode === 'story')
      document.body.dataset['euTheme'] = explicitTheme ? String(context.args['theme']) : theme;
  });
  return html`<div
    class="eu-story"
    lang=${locale}
    data-width=${width}
    data-eu-theme=${explicitTheme ? String(context.args['theme']) : theme}
  >
    ${story()}
  </div>`;
};

/**
 * Requests to `NEVER_ANSWERS` (support/element-story.ts) stay pending until aborted, so the
 * loading stories are the same on every run, in `storybook dev` and in the static build.
 */
export function installNeverAnsweringRoute(prefix: string): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.href.startsWith(prefix)) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
  };
}
