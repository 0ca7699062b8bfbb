// Sizes of what a page downloads, from the real build (run `pnpm build` first), each beside a
// baseline measured in the same run: Lit alone, and the raw JSON of the content.
//
//   node test/benchmark/size.mjs            print the table
//
// min = bytes as shipped (minified), gzip level 9, brotli quality 11. The budgets are checked by
// size-limit (.size-limit.mjs, `pnpm size`), not here.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const pkg = fileURLToPath(new URL('../..', import.meta.url));
const dataPkg = join(pkg, '../data');
const KB = 1024;

export function sizes(code) {
  const buffer = Buffer.isBuffer(code) ? code : Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const rows = [];
const kb = (n) => (n / KB).toFixed(1).padStart(6);
function row(section, name, s, { baseline, target } = {}) {
  rows.push({ section, name, s, baseline, target });
}
/** Issue 9's target for a data subpath import, printed beside each (not a gate: see .size-limit.mjs). */
const DATA_SUBPATH_TARGET = 3 * KB;

for (const needed of ['dist/embed/eu-belarus.js', '../data/dist/index.js']) {
  if (!existsSync(join(pkg, needed))) {
    console.error(`size bench: ${needed} is missing; run \`pnpm build\` first`);
    process.exit(1);
  }
}

/** Bundles `code` (an entry module) the way a user's bundler would, tree-shaken and minified, with Lit's production build. */
async function bundle(code, resolveDir = pkg) {
  const outdir = mkdtempSync(join(tmpdir(), 'eu-size-'));
  try {
    const result = await build({
      stdin: { contents: code, resolveDir, loader: 'js', sourcefile: 'entry.js' },
      bundle: true,
      minify: true,
      format: 'esm',
      splitting: true,
      outdir,
      conditions: ['production'],
      metafile: true,
      write: true,
      logLevel: 'error',
      legalComments: 'none',
    });
    const outputs = result.metafile.outputs;
    const entry =
      Object.keys(outputs).find((k) => outputs[k].entryPoint === '<stdin>') ??
      Object.keys(outputs).find((k) => basename(k).startsWith('stdin'));
    // What loads up front: the entry and what it imports statically; dynamic imports are lazy.
    const eager = new Set();
    const visit = (file) => {
      if (eager.has(file)) return;
      eager.add(file);
      for (const i of outputs[file].imports) if (i.kind === 'import-statement') visit(i.path);
    };
    visit(entry);
    const read = (f) => readFileSync(resolve(process.cwd(), f));
    const eagerCode = Buffer.concat([...eager].map(read));
    const lazy = Object.keys(outputs).filter((f) => !eager.has(f) && f.endsWith('.js'));
    return { eager: sizes(eagerCode), lazyCount: lazy.length };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

// --- Baselines ------------------------------------------------------------------------------
const lit = (await bundle(`export * from 'lit';`)).eager;
row('baseline', 'lit (core: LitElement, html, css, render)', lit);
const jsonDir = join(dataPkg, 'dist/json');
const jsonFiles = readdirSync(jsonDir).filter((f) => f.endsWith('.json'));
const allJson = Buffer.concat(jsonFiles.map((f) => readFileSync(join(jsonDir, f))));
row('baseline', `raw JSON of the content, all ${jsonFiles.length} topics, en+be+ru`, sizes(allJson));
for (const f of jsonFiles) row('baseline', `  json/${f}`, sizes(readFileSync(join(jsonDir, f))));

// --- The embed bundle and its lazy chunks ----------------------------------------------------
const embedDir = join(pkg, 'dist/embed');
const entryCode = readFileSync(join(embedDir, 'eu-belarus.js'), 'utf8');
const chunkRefs = (code) =>
  [...code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/(chunks\/[^"']+)["']/g)].map((m) => m[1]);
const staticRefs = (code) =>
  [...code.matchAll(/(?:^|[;}\s])(?:import|export)[^"'()]*?from\s*["']\.\/(?:\.\.\/)?(chunks\/[^"']+)["']/g)].map(
    (m) => m[1],
  );
const eagerFiles = new Set(['eu-belarus.js']);
for (const f of staticRefs(entryCode)) eagerFiles.add(f);
const embedEager = sizes(Buffer.concat([...eagerFiles].map((f) => readFileSync(join(embedDir, f)))));
row(
  'embed',
  `dist/embed/eu-belarus.js (all elements; content in lazy chunks${eagerFiles.size > 1 ? ', + static chunks' : ''})`,
  embedEager,
  { baseline: lit },
);
const lazyChunks = [...new Set(chunkRefs(entryCode))].filter((f) => !eagerFiles.has(f)).sort();
const uiLocale = [];
const contentLocale = [];
for (const f of lazyChunks) {
  const name = basename(f).replace(/-[\w-]{8}\.js$/, '');
  const s = sizes(readFileSync(join(embedDir, f)));
  if (/^[a-z]{2}$/.test(name)) uiLocale.push({ name, s });
  else if (/^[a-z]+\.[a-z]{2}$/.test(name)) contentLocale.push({ name, s });
  else row('embed: lazy chunks', `${name} (${name === 'schema' ? 'zod + schemas, only for src/.data' : 'lazy'})`, s);
}
for (const { name, s } of uiLocale) row('embed: UI string chunks (lit-localize)', `locale ${name}`, s);
for (const { name, s } of contentLocale) row('embed: content text chunks', `${name}`, s);

// --- Each element as a user's bundler includes it ---------------------------------------------
const elements = readdirSync(join(pkg, 'src'), { withFileTypes: true })
  .filter(
    (d) =>
      d.isDirectory() &&
      existsSync(join(pkg, 'src', d.name, `${d.name}.ts`)) &&
      existsSync(join(pkg, 'dist', `${d.name}.js`)),
  )
  .map((d) => d.name);
for (const name of elements) {
  const { eager, lazyCount } = await bundle(`import './dist/${name}.js';`);
  row('one element + Lit (tree-shaken, production)', `<eu-${name}>  (+${lazyCount} lazy chunks)`, eager, {
    baseline: lit,
  });
}
const { eager: allElements } = await bundle(`import './dist/index.js';`);
row('one element + Lit (tree-shaken, production)', 'all elements (dist/index.js), for comparison', allElements, {
  baseline: lit,
});

// --- Each data subpath import -----------------------------------------------------------------
const dataExports = JSON.parse(readFileSync(join(dataPkg, 'package.json'), 'utf8')).exports;
for (const subpath of Object.keys(dataExports)) {
  if (subpath.includes('*') || subpath.endsWith('.json')) continue;
  const id = `@eu-belarus/data${subpath.slice(1)}`;
  const { eager } = await bundle(`export * from '${id}';`);
  const topic = subpath.slice(2);
  const json = existsSync(join(jsonDir, `${topic}.json`))
    ? sizes(readFileSync(join(jsonDir, `${topic}.json`)))
    : undefined;
  // The root entry (every topic, every language) and ./schema (zod) are not meant for one element.
  const target = subpath !== '.' && subpath !== './schema' ? DATA_SUBPATH_TARGET : undefined;
  row('data subpath imports', id, eager, { target, baseline: json });
}

// --- Print ------------------------------------------------------------------------------------
let section;
const pad = (s, n) => String(s).padEnd(n);
console.log(
  `\n${pad('size (KB)', 74)}${'min'.padStart(6)}${'gzip'.padStart(7)}${'brotli'.padStart(7)}   target (gzip)   vs baseline (gzip)`,
);
for (const r of rows) {
  if (r.section !== section) {
    section = r.section;
    console.log(`\n${section}`);
  }
  const target = r.target === undefined ? '' : `${r.s.gzip > r.target ? 'above' : 'ok   '} ≤${kb(r.target).trim()}`;
  const baseline = r.baseline
    ? `${(r.s.gzip / r.baseline.gzip).toFixed(2)}× ${r.baseline === lit ? 'Lit' : 'its JSON'}`
    : '';
  console.log(`  ${pad(r.name, 72)}${kb(r.s.min)} ${kb(r.s.gzip)} ${kb(r.s.brotli)}   ${pad(target, 16)}${baseline}`);
}
console.log('\nBudgets of the embed, the autoloader pages and the language chunks: .size-limit.mjs (`pnpm size`).');
