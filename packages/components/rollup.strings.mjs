// The UI strings of the autoloader's elements, split by element. lit-localize writes one module per
// locale with every string (src/locales/<locale>.ts); a page with one element needs about a fifth
// of them. In the autoloader build, each locale module keeps only the strings every element uses
// (the core: errors, citations, loading), and each element's module registers a chunk per locale
// with the rest of what its code (and the code it loads on demand) may show: `registerStrings` in
// src/shared/localize.ts. The bundler build (dist/) and the embed bundle keep one module per locale.
import { generateMsgIdFromAstNode } from '@lit/localize-tools/lib/program-analysis.js';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const locales = config.targetLocales;
const localeModule = /[/\\]src[/\\]locales[/\\]([a-z]{2})\.ts$/;
const VIRTUAL = '\0eu-strings:';

/** The ids of the `msg()` calls in `file` (as lit-localize computes them) and the files it imports, statically or not. */
function scan(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const ids = new Set();
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const [template, options] = node.arguments;
      const id = options?.properties?.find((p) => p.name?.text === 'id')?.initializer;
      if (id) ids.add(id.text);
      else if (ts.isStringLiteral(template) || ts.isNoSubstitutionTemplateLiteral(template))
        ids.add(generateMsgIdFromAstNode(template, false));
      else if (ts.isTaggedTemplateExpression(template) && template.tag.getText(source) === 'str')
        ids.add(generateMsgIdFromAstNode(template.template, false));
      else throw new Error(`${file}: a msg() whose id the strings split cannot tell: ${template.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const imports = ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith('.') && !name.includes('/locales/'))
    .map((name) => resolve(dirname(file), name).replace(/\.js$/, '.ts'));
  return { ids, imports };
}

/** The string ids that the code of each element may show, from `src/<element>/<element>.ts` and all it imports. */
function idsByElement(elements) {
  const scanned = new Map();
  const idsFrom = (entry) => {
    const seen = new Set();
    const ids = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!scanned.has(file)) scanned.set(file, scan(file));
      scanned.get(file).ids.forEach((id) => ids.add(id));
      scanned.get(file).imports.forEach(visit);
    };
    visit(resolve(`src/${entry}/${entry}.ts`));
    return ids;
  };
  return new Map(elements.map((element) => [element, idsFrom(element)]));
}

/** The generated locale module's templates: the source text of each entry, by id. */
function templatesOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const entries = new Map();
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'templates')
      for (const p of node.initializer.properties) entries.set(p.name.text, p.initializer.getText(source));
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return entries;
}

const moduleOf = (templates, ids) =>
  `import { str } from '@lit/localize/internal/str-tag.js';\nexport const templates = {\n${[...ids]
    .filter((id) => templates.has(id))
    .map((id) => `'${id}': ${templates.get(id)},`)
    .join('\n')}\n};\n`;

/** The rollup plugin: core strings in the locale modules, the rest per element (see above). */
export function stringsPerElement(elements) {
  const byElement = idsByElement(elements);
  const everywhere = [...byElement.values()].reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
  const own = new Map([...byElement].map(([element, ids]) => [element, [...ids].filter((id) => !everywhere.has(id))]));
  const entry = new RegExp(`[/\\\\]src[/\\\\](${elements.join('|')})[/\\\\]\\1\\.ts$`);
  const localize = resolve('src/shared/localize.ts');
  return {
    name: 'strings-per-element',
    resolveId: (id) => (id.startsWith(VIRTUAL) ? id : undefined),
    load(id) {
      if (!id.startsWith(VIRTUAL)) return undefined;
      const [element, locale] = id.slice(VIRTUAL.length).split(':');
      if (locale) return moduleOf(templatesOf(resolve(`src/locales/${locale}.ts`)), own.get(element));
      const loaders = locales.map((l) => `${l}: () => import(${JSON.stringify(`${VIRTUAL}${element}:${l}`)})`);
      return `import { registerStrings } from ${JSON.stringify(localize)};\nregisterStrings({ ${loaders.join(', ')} });\n`;
    },
    transform(code, id) {
      const element = id.match(entry)?.[1];
      if (element) return { code: `import ${JSON.stringify(VIRTUAL + element)};\n${code}`, map: null };
      const locale = id.match(localeModule)?.[1];
      if (!locale) return undefined;
      const templates = templatesOf(id);
      const placed = new Set([...everywhere, ...[...own.values()].flat()]);
      const lost = [...templates.keys()].filter((k) => !placed.has(k));
      if (lost.length) this.error(`${id}: strings no element's code uses, so none would load: ${lost.join(', ')}`);
      return { code: moduleOf(templates, everywhere), map: null };
    },
    /** Chunk names the size check and the benchmark recognise: `<locale>-<element>-<hash>.js`. */
    outputOptions(options) {
      const chunkFileNames = options.chunkFileNames;
      return {
        ...options,
        chunkFileNames: (chunk) => {
          const [element, locale] = chunk.facadeModuleId?.startsWith(VIRTUAL)
            ? chunk.facadeModuleId.slice(VIRTUAL.length).split(':')
            : [];
          return locale
            ? chunkFileNames.replace('[name]', `${locale}-${element}`)
            : typeof chunkFileNames === 'function'
              ? chunkFileNames(chunk)
              : chunkFileNames;
        },
      };
    },
  };
}
