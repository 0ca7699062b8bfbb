// Size budgets (gzip, each file as the browser downloads it), checked by `pnpm size` (size-limit)
// in CI after the build, at issue 19's targets: the embed bundle with every element ≤ 30 KiB, and a
// page with one element through the autoloader ≤ 15 KiB. Counted: what a page loads up front, the
// entry and the chunks it imports statically; each lazy chunk of a language (UI strings, content
// text) is checked on its own, ≤ 3 KiB (issue 9).
// The figures beside a baseline are in `pnpm bench` (test/benchmark/size.mjs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const embed = 'dist/embed';
if (!existsSync(`${embed}/eu-belarus.js`)) throw new Error('size-limit: dist/embed is missing; run `pnpm build` first');

/** `file` and every chunk it imports statically, transitively; dynamic `import()`s stay lazy. */
function upFront(file, found = new Set()) {
  if (found.has(file)) return found;
  found.add(file);
  for (const [, path] of readFileSync(file, 'utf8').matchAll(/\b(?:from|import)\s*["'](\.\.?\/[^"']+)["']/g))
    upFront(join(dirname(file), path), found);
  return found;
}

const elements = readdirSync(`${embed}/elements`).filter((f) => f.endsWith('.js'));
/** Lazy chunks of one language: `de-<hash>.js` (UI strings), `programmes.be-<hash>.js` (content text). */
const languageChunks = readdirSync(`${embed}/chunks`).filter((f) => /^(?:[a-z]+\.)?[a-z]{2}-[\w-]{8}\.js$/.test(f));

export default [
  {
    name: 'embed bundle, every element (eu-belarus.js)',
    path: [...upFront(`${embed}/eu-belarus.js`)],
    gzip: true,
    limit: '30 KiB',
  },
  ...elements.map((file) => ({
    name: `a page with <eu-${file.slice(0, -3)}> through the autoloader`,
    path: [...upFront(`${embed}/eu-autoloader.js`), ...upFront(`${embed}/elements/${file}`)],
    gzip: true,
    limit: '15 KiB',
  })),
  ...languageChunks.map((file) => ({
    name: `language chunk ${file.replace(/-[\w-]{8}\.js$/, '')}`,
    path: `${embed}/chunks/${file}`,
    gzip: true,
    limit: '3 KiB',
  })),
];
