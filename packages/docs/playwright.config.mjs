// The guides and each element's docs page (MDX), which the story tests do not render: each page
// of the static Storybook build opens without a render error, a page error or a console error.
// Run after `pnpm build` (storybook-static/): `pnpm --filter @eu-belarus/docs test:docs-pages`.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../components/scripts/lib/chromium.mjs';

export default defineConfig({
  testDir: 'test',
  outputDir: 'test-results/docs-pages',
  reporter: [[process.env.CI ? 'dot' : 'list'], ['html', { outputFolder: 'test-results/report', open: 'never' }]],
  workers: 2,
  // Hang guards, not speed checks: a CI run's load makes a second's wait ten.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  webServer: {
    command: 'node ../components/scripts/lib/server.mjs storybook-static',
    wait: { stdout: /listening on http:\/\/127\.0\.0\.1:(?<eu_docs_port>\d+)/ },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 },
  },
  use: {
    baseURL: `http://127.0.0.1:${process.env.EU_DOCS_PORT}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    viewport: { width: 1280, height: 900 },
  },
});
