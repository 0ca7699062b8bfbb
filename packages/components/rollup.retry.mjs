// The browser builds' dynamic imports through src/shared/import-again.ts, so that a chunk whose
// load failed is asked for again at another URL (Chromium keeps a failed import() failed for its
// URL). The sources keep their `import(x)`, so Rollup still makes each chunk and still keeps only
// the exports that `import(x).then((m) => m.y)` uses; only the rendering changes: each chunk that
// loads others starts with its own copy of the helper (an import() resolves from the URL of the
// file that calls it), and its `import(x)` reads `euImportAgain(x)`. The modules for bundlers keep
// their import(): their bundler owns it.
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const NAME = 'euImportAgain';

/** The helper as one line of JavaScript, in a scope of its own: `const euImportAgain=…;`. */
function helperLine() {
  const { code } = transformSync(readFileSync('src/shared/import-again.ts', 'utf8'), {
    loader: 'ts',
    target: 'es2022',
    minifyWhitespace: true,
    legalComments: 'none',
  });
  const body = code.replace(/\bexport\s+function importAgain\b/, 'function importAgain');
  if (body === code || /\b(import|export)\b(?!\()/.test(body))
    throw new Error('rollup.retry.mjs: src/shared/import-again.ts must export importAgain and import nothing');
  return `const ${NAME}=(()=>{${body.trim()}return importAgain})();`;
}

/** `except`: modules whose import() stays as it is (they retry in their own way). */
export function importAgainOnRetry({ except = [] } = {}) {
  const kept = new Set(except.map((file) => resolve(file)));
  let helper;
  return {
    name: 'import-again',
    buildStart() {
      this.addWatchFile(resolve('src/shared/import-again.ts'));
      helper = helperLine();
    },
    renderDynamicImport: ({ moduleId }) => (kept.has(moduleId) ? null : { left: `${NAME}(`, right: ')' }),
    renderChunk(code) {
      if (!code.includes(`${NAME}(`)) return null;
      if (code.includes(`${NAME}=`)) this.error(`a chunk already declares ${NAME}`);
      // On the first line, so that the source map's lines still hold.
      return { code: helper + code, map: null };
    },
  };
}
