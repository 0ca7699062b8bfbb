// Element tests in headless Chromium. Uses Debian's chromium (or CHROME_PATH); never downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.mjs';
import { fixtureServer } from './test/fixture-server.mjs';
import { cssMediaPlugin } from './test/media-plugin.mjs';

export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: fileURLToPath(new URL('./src/**/*.test.ts', import.meta.url)),
  nodeResolve: true,
  concurrency: 1,
  middleware: [fixtureServer],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    cssMediaPlugin(),
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
