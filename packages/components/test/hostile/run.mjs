// The hostile-page suite: host pages we do not control (hostile CSS, strict CSP as a header, two
// copies, quirks mode, lang on a wrapper, churn) and bad input (attributes, `src` responses,
// `.data`), driven in headless Chromium with playwright-core. Never downloads a browser.
//
//   node test/hostile/run.mjs            builds the embed bundle when src changed, runs everything
//   node test/hostile/run.mjs "two copies"   runs the cases whose name contains the text
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { launch } from '../../scripts/lib/chromium.mjs';
import { ELEMENTS, runAll } from './harness.mjs';
import { startServer } from './server.mjs';
import './cases-host.mjs';
import './cases-input.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const t0 = Date.now();
const pkg = fileURLToPath(new URL('../..', import.meta.url));
const at = (...p) => join(pkg, ...p);

/** A hash of everything the built bundles come from, to rebuild only when it changed. */
function sourceHash() {
  const hash = createHash('sha1');
  const add = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) add(path);
      else if (!/\.(test|stories)\.ts$/.test(entry.name)) hash.update(path).update(readFileSync(path));
    }
  };
  add(at('src'));
  add(at('../data/dist'));
  hash.update(readFileSync(at('rollup.config.mjs')));
  return hash.digest('hex');
}

const stamp = at('dist/embed/.source-hash');
const hash = sourceHash();
const built = existsSync(at('dist/embed/eu-belarus.js')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
if (!built || process.env.HOSTILE_REBUILD) {
  console.log('building the bundles (npx rollup -c)…');
  const result = spawnSync('npx', ['rollup', '-c', '--silent'], { cwd: pkg, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  writeFileSync(stamp, hash);
}

// The per-element modules as a bundler would consume them: their bare imports (lit, the data
// package) resolved, their lazy chunks split. A page under `script-src 'self'` cannot use an
// inline import map, so this is how such a page gets them.
const out = mkdtempSync(join(tmpdir(), 'eu-hostile-'));
await build({
  entryPoints: ELEMENTS.map((e) => at(`dist/${e.tag.slice(3)}.js`)),
  bundle: true,
  splitting: true,
  format: 'esm',
  outdir: join(out, 'per-element'),
  logLevel: 'error',
});
console.log(`bundles ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const server = await startServer({
  mounts: {
    '/embed/': at('dist/embed'),
    '/v1/': at('dist/embed'),
    '/v2/': at('dist/embed'),
    '/per-element/': join(out, 'per-element'),
  },
});
const browser = await launch(chromium);

let results;
try {
  results = await runAll(
    { server, browser },
    { concurrency: Number(process.env.HOSTILE_CONCURRENCY ?? 3), filter: process.argv[2] },
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(out, { recursive: true, force: true });
}

const byCategory = new Map();
for (const r of results) {
  const c = byCategory.get(r.category) ?? { passed: 0, failed: 0 };
  c[r.error ? 'failed' : 'passed']++;
  byCategory.set(r.category, c);
}
console.log('\nhostile-page suite:');
for (const [category, c] of byCategory)
  console.log(`  ${category.padEnd(28)} ${c.passed} passed${c.failed ? `, ${c.failed} FAILED` : ''}`);
const failed = results.filter((r) => r.error);
console.log(`  ${results.length} cases, ${failed.length} failed, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
if (failed.length) {
  console.log('\nfailed:');
  for (const f of failed)
    console.log(`  [${f.category}] ${f.name}: ${String(f.error?.message ?? f.error).split('\n')[0]}`);
}
process.exit(failed.length || !results.length ? 1 : 0);
