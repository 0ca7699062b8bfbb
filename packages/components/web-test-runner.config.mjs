// Element tests in headless Chromium. Uses Debian's chromium (or CHROME_PATH); never downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixtureServer } from './test/fixture-server.mjs';
import { cssMediaPlugin } from './test/media-plugin.mjs';

const executablePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!executablePath) throw new Error('No Chromium found: install Debian\'s chromium or set CHROME_PATH.');

export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: fileURLToPath(new URL('./src/**/*.test.ts', import.meta.url)),
  nodeResolve: true,
  concurrency: 1,
  middleware: [fixtureServer],
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), cssMediaPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
