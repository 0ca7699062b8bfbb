// The pure helpers' tests (src/**/*.node.test.ts: links, formats, downloads, fetching, locales,
// periods, quantities) run in Node, where StrykerJS can mutate the helpers and run them fast; the
// element tests, which need a browser, run in Chromium under web-test-runner.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.node.test.ts'],
    // Each test starts with format.ts's remembered texts forgotten (see the file).
    setupFiles: ['test/node-setup.ts'],
    environment: 'node',
    // One worker: the machine is shared, and the files are small.
    pool: 'threads',
    maxWorkers: 1,
    // Not a speed check: the property-based tests (fast-check, every locale) took over Vitest's 5 s
    // beside the other test lanes on a loaded 2-core machine. Only a hang fails here.
    testTimeout: 120_000,
  },
});
