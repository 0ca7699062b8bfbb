// The data package's node:test files in vitest, for mutation testing only (stryker.config.mjs):
// `node:test` is mapped to a thin adapter, and the tests' imports of ../dist/*.js to the
// TypeScript sources, so StrykerJS's mutants are seen without a build. `pnpm test` runs the same
// files with `node --test`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      {
        find: 'node:test',
        replacement: fileURLToPath(new URL('./test/support/node-test-in-vitest.mjs', import.meta.url)),
      },
      { find: /^\.\.\/dist\/(.*)\.js$/, replacement: `${src}$1.ts` },
    ],
  },
  test: {
    include: ['test/*.test.mjs'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 1,
    testTimeout: 120_000,
  },
});
