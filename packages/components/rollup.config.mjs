// Builds (1) per-element ESM modules for bundlers, with lit, @lit/localize and the data package
// left as dependencies, and (2) one self-contained, minified embed bundle for a <script> tag,
// whose lazy parts (locale strings, the schema for `src`) are chunks beside it.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { shortStringKeys, stringsPerElement } from './rollup.strings.mjs';

/** Every element folder: src/<name>/<name>.ts defines <eu-name>. */
export const elements = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/${d.name}.ts`))
  .map((d) => d.name);

/**
 * TypeScript to JavaScript with esbuild (it also finds './x.ts' for the sources' './x.js'
 * imports; types come from `tsc`), then the static text of html`` and css`` templates minified,
 * which terser leaves alone.
 */
const typescript = () => [
  esbuild({ target: 'es2022', sourceMap: true, tsconfig: 'tsconfig.json' }),
  minifyHtmlLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    // lit/static-html templates (a heading's tag chosen at run time) are not HTML the minifier can parse.
    options: {
      shouldMinify: (template) => template.tag === 'html' || template.tag === 'svg',
      // Whitespace collapses to one space, never to none: a space that starts or ends a template
      // part is text a reader sees ("Exchange Instrument (TAIEX)", "2018 · 2014–2020").
      minifyOptions: { conservativeCollapse: true },
    },
  }),
  // The UI strings keyed by the start of their ids (see rollup.strings.mjs).
  shortStringKeys(elements),
];

/** What a browser loads directly: dependencies bundled (Lit's production build) and minified. */
const forBrowsers = () => [
  nodeResolve({ exportConditions: ['production'] }),
  terser({ compress: { passes: 2 }, format: { comments: false } }),
];

/** Emits src/cloak.css, the light-DOM stylesheet against the flash of undefined elements. */
const cloakCss = () => ({
  name: 'cloak-css',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'cloak.css', source: readFileSync('src/cloak.css', 'utf8') });
  },
});

/** Chunk names carry hashes: after writing, remove the chunks of earlier builds from `folder`. */
const removeStaleChunks = (folder) => ({
  name: 'remove-stale-chunks',
  writeBundle(options, bundle) {
    const written = Object.keys(bundle);
    for (const file of readdirSync(`${options.dir}/${folder}`))
      if (!written.some((name) => name === `${folder}/${file}` || name.startsWith(`${folder}/${file}/`)))
        rmSync(`${options.dir}/${folder}/${file}`, { force: true, recursive: true });
  },
});

/**
 * Everything the embed's entry imports statically in one chunk: else Rollup splits off each small
 * module a lazy chunk shares with it (a vocabulary, a query helper), and every file costs the page a
 * request and its own gzip overhead, although the entry has always loaded them first.
 */
let upFront;
function upFrontInOneChunk(id, { getModuleInfo, getModuleIds }) {
  if (!upFront) {
    upFront = new Set();
    const visit = (moduleId) => {
      if (upFront.has(moduleId)) return;
      upFront.add(moduleId);
      for (const imported of getModuleInfo(moduleId)?.importedIds ?? []) visit(imported);
    };
    for (const moduleId of getModuleIds()) if (getModuleInfo(moduleId)?.isEntry) visit(moduleId);
  }
  return upFront.has(id) ? 'eu-belarus-core' : undefined;
}

/**
 * The autoloader's elements: what every element imports statically (Lit, the element core) in one
 * chunk, not split into a file per small module; what only some elements share stays apart.
 */
let everywhere;
function sharedCoreInOneChunk(id, { getModuleInfo, getModuleIds }) {
  if (!everywhere) {
    const entries = [...getModuleIds()].filter((m) => getModuleInfo(m)?.isEntry && /[/\\]src[/\\][^/\\]+[/\\]/.test(m));
    const reach = (entry) => {
      const found = new Set();
      const visit = (moduleId) => {
        if (found.has(moduleId)) return;
        found.add(moduleId);
        for (const imported of getModuleInfo(moduleId)?.importedIds ?? []) visit(imported);
      };
      visit(entry);
      return found;
    };
    const [first, ...others] = entries.map(reach);
    everywhere = new Set([...(first ?? [])].filter((m) => others.every((set) => set.has(m)) && !entries.includes(m)));
  }
  return everywhere.has(id) ? 'eu-element' : undefined;
}

const dependencies = [/^lit($|\/)/, /^@lit\//, /^@eu-belarus\/data($|\/)/, /^react($|\/)/];

/** React wrappers, generated from the manifest into src/react/ by scripts/generate-from-manifest.mjs. */
const reactWrappers = existsSync('src/react/index.ts')
  ? Object.fromEntries(['index', ...elements].map((name) => [`react/${name}`, `src/react/${name}.ts`]))
  : {};

export default [
  {
    input: {
      index: 'src/index.ts',
      ...Object.fromEntries(elements.map((name) => [name, `src/${name}/${name}.ts`])),
      ...reactWrappers,
    },
    external: (id) => dependencies.some((d) => d.test(id)),
    plugins: [
      ...typescript(),
      // The light-DOM cloak stylesheet for host pages (see src/cloak.css), beside the modules.
      cloakCss(),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'shared/[name]-[hash].js',
    },
  },
  {
    input: { 'eu-belarus': 'src/embed.ts' },
    // The embed is loaded by a script tag, not imported: it need not keep exports, so no facade.
    preserveEntrySignatures: false,
    plugins: [
      // The embed folder is what a web team copies: the cloak goes with the script.
      cloakCss(),
      removeStaleChunks('chunks'),
      ...typescript(),
      ...forBrowsers(),
    ],
    output: {
      dir: 'dist/embed',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: upFrontInOneChunk,
    },
  },
  {
    // The autoloader and the self-contained per-element entries it loads (dist/embed/elements/<name>.js),
    // sharing Lit and the core through chunks. A page that includes eu-autoloader.js fetches only the
    // elements it uses. Built after the embed bundle above, which empties dist/embed first.
    input: {
      'eu-autoloader': 'src/autoloader.ts',
      ...Object.fromEntries(elements.map((name) => [`elements/${name}`, `src/${name}/${name}.ts`])),
    },
    preserveEntrySignatures: false,
    plugins: [
      replace({ __EU_ELEMENTS__: JSON.stringify(elements), preventAssignment: true }),
      removeStaleChunks('elements/chunks'),
      stringsPerElement(elements, 'elements/chunks'),
      ...typescript(),
      ...forBrowsers(),
    ],
    output: {
      dir: 'dist/embed',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'elements/chunks/[name]-[hash].js',
      manualChunks: sharedCoreInOneChunk,
    },
  },
];
