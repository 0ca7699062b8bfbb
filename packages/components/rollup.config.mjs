// Builds (1) per-element ESM modules for bundlers, with lit, @lit/localize and the data package
// left as dependencies, and (2) one self-contained, minified embed bundle for a <script> tag,
// whose lazy parts (locale strings, the schema for `src`) are chunks beside it.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minifyTemplateLiterals } from './scripts/minify-template-literals.mjs';

/** Every element folder: src/<name>/<name>.ts defines <eu-name>. */
export const elements = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/${d.name}.ts`))
  .map((d) => d.name);

/** TypeScript to JavaScript with esbuild; types come from `tsc`. */
const typescript = () => ({
  name: 'esbuild-typescript',
  // Sources import './x.js' (as Node ESM wants); the file on disk is './x.ts'.
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const candidate = fileURLToPath(new URL(source.replace(/\.js$/, '.ts'), pathToFileURL(importer)));
    return existsSync(candidate) ? candidate : null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const options = {
      loader: 'ts',
      target: 'es2022',
      sourcemap: true,
      sourcefile: id,
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    };
    // The static text of css`` and html`` templates, minified (terser leaves it); see the script.
    // Should the scanner ever produce what esbuild cannot parse, the source is used as it is.
    const result = await transform(minifyTemplateLiterals(code), options).catch(() => transform(code, options));
    return { code: result.code, map: result.map };
  },
});

/** Emits src/cloak.css, the light-DOM stylesheet against the flash of undefined elements. */
const cloakCss = () => ({
  name: 'cloak-css',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'cloak.css', source: readFileSync('src/cloak.css', 'utf8') });
  },
});

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
      typescript(),
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
      // Chunk names carry hashes: after writing, remove the chunks of earlier builds.
      {
        name: 'remove-stale-chunks',
        writeBundle(options, bundle) {
          for (const file of readdirSync(`${options.dir}/chunks`))
            if (!bundle[`chunks/${file}`]) rmSync(`${options.dir}/chunks/${file}`, { force: true });
        },
      },
      typescript(),
      nodeResolve({ exportConditions: ['production'] }),
      terser({ compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: {
      dir: 'dist/embed',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
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
      typescript(),
      {
        name: 'autoloader-elements',
        transform: (code, id) =>
          id.endsWith('/src/autoloader.ts')
            ? { code: code.replaceAll('__EU_ELEMENTS__', JSON.stringify(elements)), map: null }
            : null,
      },
      nodeResolve({ exportConditions: ['production'] }),
      terser({ compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: {
      dir: 'dist/embed',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'elements/chunks/[name]-[hash].js',
    },
  },
];
