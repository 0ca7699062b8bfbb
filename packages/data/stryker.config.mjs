// Mutation testing of the data package's logic (`pnpm test:mutation` at the root): StrykerJS
// changes the schemas, checks, helpers and facts one small bug at a time and runs the tests that
// reach the change (the node:test files, run in vitest: vitest.config.mjs); a bug no test notices
// survives. Not the content files (data, not
// logic). Reports: reports/mutation/data.{html,json} at the repository root. Fails below 80 %.
// The sampled property test (test/property.test.mjs) runs once per mutant it reaches: a sample of
// 20 mutations of the content instead of 1,500 keeps that under half a second.
process.env.PROPERTY_SAMPLE ??= '20';

// A run limited with `--mutate` keeps its results out of the committed baseline: Stryker carries
// the other mutants over, and once the test files have changed their killing tests no longer
// match, so every later run (CI's too) would test them all again.
const partialRun = process.argv.some((arg) => arg === '-m' || arg.startsWith('--mutate'));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'pnpm',
  // From this package's node_modules (pnpm keeps them out of reach of Stryker's own).
  plugins: [import.meta.resolve('@stryker-mutator/vitest-runner')],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.mjs' },
  // Some tests read the built JSON files and fact names, and src imports the generated content:
  // `pnpm test:mutation:data` builds them first and the sandbox copies them (no mutant affects
  // them). Building inside the sandbox instead would type-check the instrumented schemas.
  ignorePatterns: ['*.tsbuildinfo'],
  mutate: ['src/**/*.ts', '!src/content/**'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A static mutant (one in code run at import, e.g. a schema) reruns every test after reloading
  // the modules: about 10 s on a quiet machine, 20 s and more under load. With 5 s (+1.5 × the
  // tests' time) such runs were cut off and counted as "timeout", i.e. as detected, without any
  // test failing. 30 s is only spent on a mutant that really hangs.
  timeoutMS: 30_000,
  // In CI only the score table (the survivors are in the HTML report); locally the survivors too, and progress.
  reporters: process.env.CI ? ['clear-text', 'html', 'json'] : ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { reportMutants: !process.env.CI, reportTests: false },
  htmlReporter: { fileName: '../../reports/mutation/data.html' },
  jsonReporter: { fileName: '../../reports/mutation/data.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  // Incremental: the results for the committed code are in reports/stryker-incremental.json
  // (this package's reports/, committed; the root /reports is not), so a run re-tests only mutants
  // whose code or covering tests changed; CI on a fresh clone starts from it. After changing src/
  // or test/, run `pnpm test:mutation:data` and commit the updated file with the change. Stryker
  // does not see changes to files it does not mutate (the content): after a content change,
  // `pnpm test:mutation:data --force` re-tests every mutant.
  incremental: true,
  incrementalFile: partialRun ? '../../reports/mutation/data-partial.json' : 'reports/stryker-incremental.json',
  cleanTempDir: 'always',
};
