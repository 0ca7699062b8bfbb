// Mutation testing of the data package's logic (`pnpm test:mutation` at the root): StrykerJS
// changes the schemas, checks, helpers and facts one small bug at a time and runs the tests that
// reach the change (the node:test files, run in vitest: vitest.config.mjs); a bug no test notices
// survives. Not the content files (data, not
// logic). Reports: reports/mutation/data.{html,json} at the repository root. Fails below 80 %.
// The sampled property test (test/property.test.mjs) runs once per mutant it reaches: a sample of
// 20 mutations of the content instead of 1,500 keeps that under half a second.
process.env.PROPERTY_SAMPLE ??= '20';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'pnpm',
  // From this package's node_modules (pnpm keeps them out of reach of Stryker's own).
  plugins: [import.meta.resolve('@stryker-mutator/vitest-runner')],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.mjs' },
  // Some tests read the built JSON files and fact names: build them once (no mutant is active then).
  buildCommand: 'pnpm run build',
  ignorePatterns: ['dist', '*.tsbuildinfo', 'src/content/generated'],
  mutate: ['src/**/*.ts', '!src/content/**'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '../../reports/mutation/data.html' },
  jsonReporter: { fileName: '../../reports/mutation/data.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  cleanTempDir: 'always',
};
