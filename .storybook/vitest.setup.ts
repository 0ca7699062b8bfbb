/**
 * Story tests (`packages/docs/vitest.config.ts`): every story renders in Chromium with the
 * toolbar globals of its Vitest project (theme and locale), settles, must show a rendered `eu-`
 * element and log no console error, then the a11y addon runs axe on it (`a11y.test = 'error'` in
 * preview.ts: a violation fails the story).
 */
import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { expect, inject } from 'vitest';
import { NEVER_ANSWERS } from '../packages/docs/support/element-story.js';
import preview from './preview.js';

// The story tests load the elements from their sources through Vite's development server, so with
// Lit's development build (its `development` export condition); the built Storybook has Lit's
// production build. Kept on purpose: the development build throws where the production build renders
// silently wrong (a class field hiding a reactive property, a duplicated or misplaced binding in a
// template), and warns of an update scheduled after an update. Only its notice "Lit is in dev mode",
// printed by each browser before any story, is marked as shown (Lit queues it for after the modules run).
((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set()).add('dev-mode');

declare module 'vitest' {
  export interface ProvidedContext {
    storyGlobals: { theme: string; locale: string };
  }
}

type EuHost = HTMLElement & {
  updateComplete?: Promise<unknown>;
  hasUpdated?: boolean;
  isUpdatePending?: boolean;
  // EuElement's controllers (protected in TypeScript), read to see that the loading state is complete.
  loader?: { status?: string; bundledPending?: unknown };
  i18n?: { pending?: unknown };
};

/**
 * Lets every element finish (data, locale strings). A loading story's element, whose `src` never
 * answers, never does: it has settled once it shows its loading state in its language, over its
 * bundled layout. No fixed wait: a slow machine only makes the story take longer.
 */
async function settle(root: HTMLElement): Promise<void> {
  const elements = [...root.querySelectorAll<EuHost>('*')].filter((e) => e.localName.startsWith('eu-'));
  await Promise.all(
    elements.map((e) => (e.getAttribute('src')?.startsWith(NEVER_ANSWERS) ? showsLoading(e) : e.updateComplete)),
  );
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function showsLoading(e: EuHost): Promise<void> {
  const done = () =>
    e.hasUpdated &&
    !e.isUpdatePending &&
    e.loader?.status === 'loading' &&
    !e.loader.bundledPending &&
    !e.i18n?.pending;
  while (!done()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

const storyChecks = {
  beforeEach() {
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => {
      logged.push(args);
      original(...args);
    };
    (globalThis as { __storyConsoleErrors?: unknown[][] }).__storyConsoleErrors = logged;
    return () => void (console.error = original);
  },
  // Storybook runs afterEach hooks last-registered first: listed last below, this runs before the
  // a11y addon's, so axe sees the settled story.
  async afterEach({ canvasElement }: { canvasElement: HTMLElement }) {
    await settle(canvasElement);
    // axe passes on an empty root: the story must show an element that rendered.
    const rendered = [...canvasElement.querySelectorAll('*')].some(
      (e) =>
        e.localName.startsWith('eu-') &&
        // Its own text, or the page's fallback content it shows in a slot (<eu-fact> with an unknown name).
        ((e.shadowRoot?.textContent ?? '').trim().length > 0 ||
          (Boolean(e.shadowRoot?.querySelector('slot')) && (e.textContent ?? '').trim().length > 0)),
    );
    expect(rendered, 'a rendered eu- element in the story').toBe(true);
    const logged = (globalThis as { __storyConsoleErrors?: unknown[][] }).__storyConsoleErrors ?? [];
    expect(
      logged.map((args) => args.map(String).join(' ')),
      'console errors',
    ).toEqual([]);
  },
};

setProjectAnnotations([
  a11yAnnotations,
  preview,
  {
    initialGlobals: { ...preview.initialGlobals, ...inject('storyGlobals') },
    // axe runs every rule on every node as before, but lists one node per passed or inapplicable
    // rule instead of every node: only violations fail a story, and building and reporting the
    // full lists of passes took most of a story's time on the long stories.
    parameters: { a11y: { options: { resultTypes: ['violations'] } } },
  },
  storyChecks,
]);
