// Story tests: every story of packages/docs/stories in headless Chromium (Debian's, from
// CHROME_PATH; never a downloaded one), once per theme/locale combination below, each with axe.
// `pnpm --filter @eu-belarus/docs test:stories`; `-t <name>` runs the stories whose name matches.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from '../components/scripts/lib/chromium.mjs';

const configDir = fileURLToPath(new URL('../../.storybook', import.meta.url));

/** Light in English, dark in German, light in Belarusian (Cyrillic). */
const COMBOS = [
  { theme: 'light', locale: 'en' },
  { theme: 'dark', locale: 'de' },
  { theme: 'light', locale: 'be' },
];

export default defineConfig({
  plugins: [storybookTest({ configDir, tags: { exclude: ['no-test'] } })],
  // Scan and pre-bundle the stories' dependencies afresh each run: with a cache from an older
  // checkout, an import the sources gained since (lit/async-directive.js once) is found mid-run,
  // and Vite's reload then fails every story still loading ("Failed to fetch dynamically imported module").
  optimizeDeps: { force: true },
  test: {
    setupFiles: [`${configDir}/vitest.setup.ts`],
    // A story settles (every list made) and then axe checks it: on the timeline's ~8,000 nodes with
    // three browsers at once on two busy cores that took 8–22 s, past Vitest's 15 s default.
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
      viewport: { width: 1280, height: 900 },
      // Each browser connects once Vite has pre-bundled the stories' dependencies (forced above):
      // on two cores busy with the other test lanes that took past Vitest's 60 s default once
      // ("Failed to connect to the browser session [dark/de] within the timeout", session 12).
      connectTimeout: 180_000,
      // One browser setup per combination. Unlike one Vitest project each, they share one Vite
      // server, so the stories are transformed and their dependencies pre-bundled once, not three times.
      instances: COMBOS.map((globals) => ({
        browser: 'chromium' as const,
        name: `${globals.theme}/${globals.locale}`,
        provide: { storyGlobals: globals },
      })),
    },
  },
});
