// Host pages in headless Chromium with Playwright: hostile CSS, strict CSP, two copies, quirks
// mode, lang on a wrapper, churn, bad input, and the autoloader. Needs the build (dist/ and
// custom-elements.json). Uses Debian's chromium (or CHROME_PATH); never downloads a browser.
//
//   npx playwright test                        everything (pnpm test:pages)
//   npx playwright test -g "eu-fact"           the tests whose title matches
//   npx playwright show-report test-results/report
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.mjs';
import { ELEMENTS, EMBED } from './test/pages/elements.mjs';

export default defineConfig({
  testDir: 'test/pages',
  outputDir: 'test-results/pages',
  reporter: [[process.env.CI ? 'dot' : 'list'], ['html', { outputFolder: 'test-results/report', open: 'never' }]],
  workers: Number(process.env.PAGES_WORKERS ?? 2),
  // Hang guards, not speed checks (that is `pnpm bench`): a CI run's load makes a second's wait ten.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One server for every page: it prints its port, which reaches the tests as EU_TEST_PORT.
  webServer: {
    command: 'node scripts/lib/server.mjs',
    wait: { stdout: /listening on http:\/\/127\.0\.0\.1:(?<eu_test_port>\d+)/ },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 },
  },
  use: {
    baseURL: `http://127.0.0.1:${process.env.EU_TEST_PORT}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    screenshot: 'only-on-failure',
  },
  // One project per way a host page loads the elements.
  projects: [
    {
      name: 'embed bundle',
      use: { scripts: [`${EMBED}eu-belarus.js`] },
      testIgnore: /autoloader/,
    },
    {
      name: 'per-element modules',
      use: { scripts: ELEMENTS.map((e) => e.module) },
      testMatch: /host-(css|policies)\.spec/,
    },
    {
      name: 'autoloader',
      use: { scripts: [`${EMBED}eu-autoloader.js`] },
      testMatch: /host-(css|policies)\.spec|autoloader\.spec/,
    },
  ],
});
