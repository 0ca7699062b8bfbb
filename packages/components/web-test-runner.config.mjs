// Element tests in headless Chromium (`wtr`), and the server-rendering test (`pnpm test:ssr`:
// test/ssr/, which renders the built dist/ modules in Node through @lit-labs/testing's plugin;
// `pnpm test` runs it after the bundles, while the element tests run from the sources meanwhile).
// Uses Debian's chromium (or CHROME_PATH); never downloads a browser.
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.mjs';
import { failuresReporter } from './scripts/lib/failures-reporter.mjs';
import { fixtureServer } from './test/fixture-server.mjs';

export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  // The pure helpers' *.node.test.ts run in Node (vitest.config.mjs).
  files: ['./src/**/*.test.ts', '!./src/**/*.node.test.ts'].map((f) =>
    f.startsWith('!')
      ? `!${fileURLToPath(new URL(f.slice(1), import.meta.url))}`
      : fileURLToPath(new URL(f, import.meta.url)),
  ),
  nodeResolve: true,
  concurrency: 1,
  // Timeouts here only catch a hang; they are no speed check (that is `pnpm bench`). A file may hold
  // many tests (the elements' contract runs ~170 in one page): 10 minutes a file, not 2.
  testsFinishTimeout: 600_000,
  middleware: [fixtureServer],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    litSsrPlugin(),
  ],
  browsers: [
    // Playwright drives Chromium here too (as in the host-page and story tests): its emulateMedia
    // covers print, forced colours, contrast and reduced motion (@web/test-runner-commands).
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
    }),
  ],
  // 60 s a test: on 2 cores beside the other test lanes, axe over the largest element in two views
  // took over 10 s (session 10), and one test passed its 20 s in the CI run after session 12; a
  // timeline's test that takes 1.2 s here alone took 12–15 s with a slow machine's clock.
  testFramework: { config: { timeout: 60_000 } },
  reporters: [defaultReporter(), failuresReporter()],
  // The element tests keep Lit's development build (it throws where production renders silently
  // wrong, and warns of an update after an update); only its "Lit is in dev mode" notice, printed by
  // every test file, is marked as shown (as in .storybook/vitest.setup.ts).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>(globalThis.litIssuedWarnings ??= new Set()).add('dev-mode');</script><script type="module" src="${testFramework}"></script></body></html>`,
};
