// Element tests in headless Chromium, and the server-rendering test (test/ssr/, which renders the
// built dist/ modules in Node through @lit-labs/testing's plugin). Uses Debian's chromium (or
// CHROME_PATH); never downloads a browser.
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.mjs';
import { fixtureServer } from './test/fixture-server.mjs';
import { cssMediaPlugin } from './test/media-plugin.mjs';

export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  // The pure helpers' *.node.test.ts run in Node (vitest.config.mjs).
  files: ['./src/**/*.test.ts', './test/ssr/*.test.ts', '!./src/**/*.node.test.ts'].map((f) =>
    f.startsWith('!')
      ? `!${fileURLToPath(new URL(f.slice(1), import.meta.url))}`
      : fileURLToPath(new URL(f, import.meta.url)),
  ),
  nodeResolve: true,
  concurrency: 1,
  middleware: [fixtureServer],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    cssMediaPlugin(),
    litSsrPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
