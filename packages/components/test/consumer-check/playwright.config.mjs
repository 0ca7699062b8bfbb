// The consumer check of both packages (`pnpm check:consumer`, after `pnpm build`): setup.mjs packs
// and installs them into a consumer project, consumer.spec.mjs checks it (tsc, Node, esbuild, Vite,
// React 18, Chromium). In order, one worker: the Vite builds feed the browser tests.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.mjs';

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/consumer',
  globalSetup: './setup.mjs',
  reporter: 'list',
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  use: { launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } },
});
