// Mutation testing of the components' pure helpers (`pnpm test:mutation` at the root): StrykerJS
// changes links, formats, downloads, fetching, locale tags, periods, quantities and the translation
// lookup one small bug at a time and runs the Node tests (vitest, src/**/*.node.test.ts) that reach
// the change. Code
// that needs a browser (what following a download link does, the locale controller) is tested in
// Chromium and left out here. Reports: reports/mutation/components.{html,json} at the repository
// root. Fails below 80 %.
import { readFileSync } from 'node:fs';

/** The line range of each top-level function or const named in `names` in `file` (to its closing brace). */
function ranges(file, names) {
  const lines = readFileSync(new URL(file, import.meta.url), 'utf8').split('\n');
  return names.map((name) => {
    const start = lines.findIndex((l) => new RegExp(`^(export )?(async )?(function|const) ${name}\\b`).test(l));
    if (start < 0) throw new Error(`stryker.config.mjs: no "${name}" in ${file}`);
    const end = lines.findIndex((l, i) => i > start && /^}/.test(l));
    return [start + 1, end + 1];
  });
}
/** Only the named functions of `file`. */
const only = (file, ...names) => ranges(file, names).map(([a, b]) => `${file}:${a}-${b}`);
/** All of `file` but the named functions. */
function without(file, ...names) {
  const total = readFileSync(new URL(file, import.meta.url), 'utf8').split('\n').length;
  const kept = [];
  let from = 1;
  for (const [a, b] of ranges(file, names).sort((x, y) => x[0] - y[0])) {
    if (a > from) kept.push(`${file}:${from}-${a - 1}`);
    from = b + 1;
  }
  if (from <= total) kept.push(`${file}:${from}-${total}`);
  return kept;
}

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
  mutate: [
    'src/shared/links.ts',
    'src/shared/format.ts',
    'src/shared/format-intl.ts',
    'src/shared/format-figures.ts',
    'src/shared/locale-fallbacks.ts',
    'src/shared/fetch-data.ts',
    'src/shared/period.ts',
    'src/shared/quantity.ts',
    'src/shared/download.ts',
    // The built bundles' translation lookup: its keys must be the build's (msg-lookup.node.test.ts).
    'src/shared/msg-lookup.ts',
    // `follow` is what a click on a download link does: tested in the browser (download.test.ts).
    ...without('src/shared/download-file.ts', 'follow'),
    // The rest of locale.ts resolves and follows the page's lang: tested in the browser (locale.test.ts).
    ...only('src/shared/locale.ts', 'supportedLocale'),
  ],
  coverageAnalysis: 'perTest',
  // As in the data package: a static mutant reloads the modules (several seconds here); 5 s cut
  // such runs off and counted them as detected.
  timeoutMS: 30_000,
  concurrency: 2,
  // In CI only the score table (the survivors are in the HTML report); locally the survivors too, and progress.
  reporters: process.env.CI ? ['clear-text', 'html', 'json'] : ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { reportMutants: !process.env.CI, reportTests: false },
  htmlReporter: { fileName: '../../reports/mutation/components.html' },
  jsonReporter: { fileName: '../../reports/mutation/components.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  // Incremental, as in the data package: reports/stryker-incremental.json (committed) holds the
  // results for the committed code; a run re-tests only mutants whose code or tests changed.
  incremental: true,
  incrementalFile: partialRun ? '../../reports/mutation/components-partial.json' : 'reports/stryker-incremental.json',
  cleanTempDir: 'always',
};
