// Builds (1) per-element ESM modules for bundlers, with lit, @lit/localize and the data package
// left as dependencies, and (2) one self-contained, minified embed bundle for a <script> tag,
// whose lazy parts (locale strings, the schema for `src`) are chunks beside it.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { copyCompactTradeRooms, cssMinifierOptions, minifiedCssFile, sheetsSideBySide } from './rollup.css.mjs';
import { renamed } from './rollup.mangle.mjs';
import { importAgainOnRetry } from './rollup.retry.mjs';
import { elementEntries, isStringsChunk, shortStringKeys, stringsPerElement } from './rollup.strings.mjs';

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
      // The "/>" of an empty SVG shape stays: without it HTML's parser nests the next shape inside
      // it, unseen (it broke three status icons once).
      // css`` goes to lightningcss with minifyCSS's options (rollup.css.mjs).
      minifyOptions: { conservativeCollapse: true, keepClosingSlash: true, minifyCSS: cssMinifierOptions },
    },
  }),
  // The UI strings keyed by the start of their ids (see rollup.strings.mjs).
  shortStringKeys(elements),
];

// The embed script starts with V8's compile hint: its functions compile with the script on the
// streaming thread, not one by one on the page's main thread when first called (define, upgrades).
// Our classes' private members get short names (rollup.mangle.mjs), the same in every file.
const privateMembers = renamed();
const minifiedAs = (preamble) =>
  terser({
    compress: { passes: 2 },
    mangle: { properties: privateMembers },
    format: { comments: false, preamble },
  });
function minified() {
  const plain = minifiedAs();
  const hinted = minifiedAs('//# allFunctionsCalledOnLoad');
  return {
    name: 'minified',
    renderChunk: (code, chunk, ...rest) =>
      (chunk.fileName === 'eu-belarus.js' ? hinted : plain).renderChunk(code, chunk, ...rest),
  };
}

/** What a browser loads directly: dependencies bundled (Lit's production build) and minified. */
const forBrowsers = () => [nodeResolve({ exportConditions: ['production'] }), minified()];

/**
 * Emits src/cloak.css, minified, the light-DOM stylesheet against the flash of undefined elements,
 * and copies its compact trade summary's rooms to the element's sheet (rollup.css.mjs).
 */
const cloakCss = () => ({
  name: 'cloak-css',
  buildStart() {
    copyCompactTradeRooms();
    this.addWatchFile('src/cloak.css');
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'cloak.css', source: minifiedCssFile('src/cloak.css') });
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
 * The chunks of a build in one folder named by a hash of the build (every module's code after the
 * transforms, this config and the lockfile), each chunk under its name alone: a new build still
 * gets new URLs, and a page pays for the hash once rather than once per chunk it names (the core
 * names 17 chunks: 0.15 kB gzip of hashes, which do not compress).
 */
function chunksInBuildFolder(folder) {
  let build;
  return {
    name: 'chunks-in-build-folder',
    buildEnd() {
      const hash = createHash('sha256')
        .update(readFileSync('rollup.config.mjs'))
        // The import() of each chunk is rendered from these (rollup.retry.mjs), not from a module's code.
        .update(readFileSync('rollup.retry.mjs'))
        .update(readFileSync('src/shared/import-again.ts'))
        .update(readFileSync('../../pnpm-lock.yaml'));
      for (const id of [...this.getModuleIds()].sort())
        hash.update(`\0${relative('.', id)}\0${this.getModuleInfo(id)?.code ?? ''}`);
      build = hash.digest('base64url').slice(0, 8);
    },
    outputOptions: (options) => ({ ...options, chunkFileNames: `${folder}/${build}/[name].js` }),
  };
}

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
    // The strings chunks (rollup.strings.mjs) are entries too, loaded on demand: not the script's.
    for (const moduleId of getModuleIds())
      if (getModuleInfo(moduleId)?.isEntry && !isStringsChunk(moduleId)) visit(moduleId);
  }
  return upFront.has(id) ? 'eu-belarus-core' : undefined;
}

/**
 * The modules `info` imports, less those of our sources it only passes on (`export { … } from`):
 * format.ts passes on format-figures.ts, which only some elements use (a library's re-exports,
 * such as Lit's index, are followed). Rollup's `importedIds` follow the order of the sources'
 * first mentions in the code.
 */
const ourSources = resolve('src') + sep;
function importedForUse(info) {
  const body = info.ast?.body ?? [];
  const sources = [...new Set(body.filter((n) => n.source?.value).map((n) => n.source.value))];
  const imported = new Set(body.filter((n) => n.type === 'ImportDeclaration').map((n) => n.source.value));
  if (sources.length !== info.importedIds.length) return info.importedIds;
  return info.importedIds.filter((id, i) => imported.has(sources[i]) || !id.startsWith(ourSources));
}

/**
 * The autoloader's elements: what every element imports statically (Lit, the element core) in one
 * chunk, not split into a file per small module; what only some elements share stays apart.
 */
let everywhere, passedOn;
function sharedCoreInOneChunk(id, { getModuleInfo, getModuleIds }) {
  if (!everywhere) {
    const entries = [...getModuleIds()].filter((m) => getModuleInfo(m)?.isEntry && /[/\\]src[/\\][^/\\]+[/\\]/.test(m));
    const reach = (entry) => {
      const found = new Set();
      const visit = (moduleId) => {
        if (found.has(moduleId)) return;
        found.add(moduleId);
        const info = getModuleInfo(moduleId);
        for (const imported of info ? importedForUse(info) : []) visit(imported);
      };
      visit(entry);
      return found;
    };
    const [first, ...others] = entries.map(reach);
    everywhere = new Set([...(first ?? [])].filter((m) => others.every((set) => set.has(m)) && !entries.includes(m)));
    // Rollup moves a manual chunk's static imports into it, re-exported ones too: what the core
    // only passes on gets a chunk of its own, which each element that uses it takes in (below).
    passedOn = new Set(
      [...everywhere].flatMap((m) => getModuleInfo(m)?.importedIds ?? []).filter((m) => !everywhere.has(m)),
    );
  }
  if (everywhere.has(id)) return 'eu-element';
  return passedOn.has(id) ? basename(id).replace(/\.[^.]+$/, '') : undefined;
}

/**
 * Each autoloader element in one file with the small modules it shares with only some other
 * elements (labels, periods, badges, the sheets of controls…): Rollup puts each such group in a
 * chunk of its own, so a page with one element loaded 4–11 of them beside the core, each a request
 * with its own gzip overhead and no shared compression. After the build, each element's entry is
 * bundled again with the chunks it imports statically, all but the core (`eu-element`), and
 * minified once more; a chunk that nothing imports any more is dropped. Two elements on a page
 * each carry their copy of what they share; these modules keep no state, so copies do not differ.
 */
function elementsWithTheirSharedChunks() {
  return {
    name: 'elements-with-their-shared-chunks',
    async generateBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byPath = new Map(chunks.map((c) => [resolve(options.dir, c.fileName), c]));
      const core = chunks.filter((c) => c.name === 'eu-element').map((c) => resolve(options.dir, c.fileName));
      const inlined = new Set();
      for (const entry of chunks.filter((c) => c.isEntry && /^elements\/[\w-]+\.js$/.test(c.fileName))) {
        const entryPath = resolve(options.dir, entry.fileName);
        const nested = await rollup({
          input: entryPath,
          preserveEntrySignatures: false,
          onwarn: (warning) => this.warn(warning.message),
          plugins: [
            {
              name: 'built-chunks',
              resolveId(source, importer) {
                const path = importer ? resolve(dirname(importer), source) : source;
                const chunk = byPath.get(path);
                // The core, and what loads on demand (dynamic imports), stay apart.
                if (
                  !chunk ||
                  core.includes(path) ||
                  (importer && !byPath.get(importer)?.imports.some((i) => resolve(options.dir, i) === path))
                )
                  return { id: path, external: true };
                // So does an import() (rollup.retry.mjs: its specifier is no longer one Rollup resolves).
                if (path !== entryPath && /import\.meta|\bimport\(/.test(chunk.code))
                  this.error(`${chunk.fileName} refers to its own URL: it cannot move into ${entry.fileName}`);
                return path;
              },
              load: (id) => {
                const chunk = byPath.get(id);
                if (chunk && id !== entryPath) inlined.add(chunk.fileName);
                return chunk && { code: chunk.code, map: chunk.map };
              },
            },
          ],
        });
        const { output } = await nested.generate({
          dir: dirname(entryPath),
          format: 'es',
          sourcemap: true,
          entryFileNames: basename(entry.fileName),
          plugins: [minified()],
        });
        await nested.close();
        const [chunk] = output;
        // Its static imports now: the core (what it imported from the chunks it took in is inside it).
        Object.assign(entry, {
          code: chunk.code,
          map: chunk.map,
          imports: entry.imports.filter((name) => core.includes(resolve(options.dir, name))),
        });
      }
      // Drop the chunks that moved into the elements, unless code that stays (the core, what
      // loads on demand) still imports them.
      const kept = new Set(chunks.map((c) => c.fileName).filter((name) => !inlined.has(name)));
      for (let grown = true; grown;) {
        grown = false;
        for (const name of kept)
          for (const used of [...(bundle[name]?.imports ?? []), ...(bundle[name]?.dynamicImports ?? [])])
            if (!kept.has(used)) grown = Boolean(kept.add(used));
      }
      for (const name of inlined) if (!kept.has(name)) delete bundle[name];
    },
  };
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
      chunksInBuildFolder('chunks'),
      // The strings of what loads on demand (the error state's details…) load with it.
      stringsPerElement({ 'eu-belarus': 'src/embed.ts' }, 'chunks'),
      // Its sheets side by side, where gzip finds what they share (rollup.css.mjs).
      sheetsSideBySide(),
      ...typescript(),
      // A chunk that failed to load is asked for again at another URL (rollup.retry.mjs).
      importAgainOnRetry(),
      ...forBrowsers(),
    ],
    output: {
      dir: 'dist/embed',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name].js', // in a folder per build: chunksInBuildFolder
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
      chunksInBuildFolder('elements/chunks'),
      stringsPerElement(elementEntries(elements), 'elements/chunks'),
      ...typescript(),
      // The autoloader loads an element's file again itself (src/autoloader.ts).
      importAgainOnRetry({ except: ['src/autoloader.ts'] }),
      ...forBrowsers(),
      elementsWithTheirSharedChunks(),
    ],
    output: {
      dir: 'dist/embed',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'elements/chunks/[name].js', // in a folder per build: chunksInBuildFolder
      manualChunks: sharedCoreInOneChunk,
    },
  },
];
