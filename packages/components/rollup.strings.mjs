// The UI strings of the embed and of the autoloader's elements, split by what shows them.
// lit-localize writes one module per locale with every string (src/locales/<locale>.ts); a page
// with one element needs about a fifth of them. In these builds the strings are chunks in one
// folder, `strings-<hash>/`: for each locale the strings every entry uses (the core: sources,
// loading; in the embed, those of every element), `<locale>.js`, which localize.ts loads; each
// autoloader element's own, `<locale>-<element>.js`, which the element's module registers
// (`registerStrings`): all that its code may show; and those of each module that loads on demand
// (`import()`: the error state's details, downloads, quotes), `<locale>_<module>.js`, which that
// module registers and waits for before it runs, so they load only with it.
// The bundler build (dist/) keeps lit-localize's module per locale.
import { generateMsgIdFromAstNode } from '@lit/localize-tools/lib/program-analysis.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import ts from 'typescript';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

/**
 * A string's key in every strings chunk and in the built lookup (src/shared/msg-lookup.ts, which
 * the build puts in place of lit-localize's runtimeMsg): FNV-1a (32 bits) of its source text (a
 * str`` template's parts joined by U+001E), its top 24 bits in base 36, as `keyOf` there computes
 * it at run time. lit-localize's ids (s + 16 hex digits) were random to gzip, a quarter of a
 * strings chunk, and its lookup 0.6 kB.
 */
function keyOf(strings) {
  const text = typeof strings === 'string' ? strings : strings.join('\x1e');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 8).toString(36);
}
export { keyOf as keyOfText };
/** Each string's key by lit-localize's id, from the `msg()` calls of the code (`scan`). */
const keys = new Map();
const shortKey = (id) => {
  if (!keys.has(id)) throw new Error(`rollup.strings.mjs: no msg() in the code has the string ${id}`);
  return keys.get(id);
};
const locales = config.targetLocales;
const VIRTUAL = '\0eu-strings:';
/** The virtual module that registers the strings of a module loaded on demand: VIRTUAL + LATER + its name. */
const LATER = 'on-demand:';
/** Whether `id` is one of the strings chunks this plugin emits (the build's entries, with the script's). */
export const isStringsChunk = (id) => id.startsWith(VIRTUAL) && !id.startsWith(VIRTUAL + LATER);

/** The ids of the `msg()` calls in `file` (as lit-localize computes them) and the files it imports, statically or not. */
function scan(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const ids = new Set();
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
      const [template, options] = node.arguments;
      if (options?.properties?.some((p) => p.name?.text === 'id'))
        throw new Error(`${file}: a msg() with an id: the built lookup keys strings by their text (msg-lookup.ts)`);
      const parts =
        ts.isStringLiteral(template) || ts.isNoSubstitutionTemplateLiteral(template)
          ? template.text
          : ts.isTaggedTemplateExpression(template) && template.tag.getText(source) === 'str'
            ? ts.isNoSubstitutionTemplateLiteral(template.template)
              ? [template.template.text]
              : [template.template.head.text, ...template.template.templateSpans.map((span) => span.literal.text)]
            : undefined;
      if (parts !== undefined) {
        const id = generateMsgIdFromAstNode(typeof parts === 'string' ? template : template.template, false);
        ids.add(id);
        keys.set(id, keyOf(parts));
      } else throw new Error(`${file}: a msg() whose key the strings split cannot tell: ${template.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const local = (name) => resolve(dirname(file), name).replace(/\.js$/, '.ts');
  const ours = (name) => name.startsWith('.') && !name.includes('/locales/');
  /** Imported when the file loads, and on demand (`import('./x.js')`); type-only imports are neither. */
  const imports = [];
  const onDemand = [];
  const visitImports = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      !(node.importClause?.isTypeOnly ?? node.isTypeOnly)
    ) {
      if (ours(node.moduleSpecifier.text)) imports.push(local(node.moduleSpecifier.text));
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      if (ours(node.arguments[0].text)) onDemand.push(local(node.arguments[0].text));
    }
    ts.forEachChild(node, visitImports);
  };
  visitImports(source);
  return { ids, imports, onDemand };
}

/** The autoloader's entries: each element's module, `src/<element>/<element>.ts`, by name. */
export const elementEntries = (elements) =>
  Object.fromEntries(elements.map((element) => [element, `src/${element}/${element}.ts`]));

/**
 * The string ids that the code of each element shows, from `src/<element>/<element>.ts` and all it
 * imports statically; and those of each module that any of them loads on demand (`import()`),
 * with all it imports statically, by the module's file.
 */
function stringIds(entries) {
  const scanned = new Map();
  const onDemand = new Map();
  const idsFrom = (entry) => {
    const seen = new Set();
    const ids = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!scanned.has(file)) scanned.set(file, scan(file));
      scanned.get(file).ids.forEach((id) => ids.add(id));
      scanned.get(file).imports.forEach(visit);
      for (const module of scanned.get(file).onDemand) if (!onDemand.has(module)) onDemand.set(module, undefined);
    };
    visit(entry);
    return ids;
  };
  const byElement = new Map(Object.entries(entries).map(([name, file]) => [name, idsFrom(resolve(file))]));
  for (let found = true; found;) {
    found = false;
    for (const [module, ids] of onDemand)
      if (!ids) {
        onDemand.set(module, idsFrom(module));
        found = true;
      }
  }
  return { byElement, onDemand };
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

/**
 * A strings module: its templates, with lit-localize's `str` tag of its own, so that the chunk
 * imports nothing: its name carries the hash of the strings only, not of the code.
 */
const moduleOf = (templates, ids) =>
  `const str = (strings, ...values) => ({ strTag: true, strings, values });\nexport const templates = {\n${[...ids]
    .filter((id) => templates.has(id))
    .map((id) => `${JSON.stringify(shortKey(id))}: ${templates.get(id)},`)
    .join('\n')}\n};\n`;

/** Fails the build if two strings, of the code or of a locale module, would share a short key. */
function checkShortKeys(ids, fail) {
  const byKey = new Map();
  for (const id of ids) {
    const other = byKey.get(shortKey(id));
    if (other && other !== id)
      fail(
        `strings ${other} and ${id} share the key ${shortKey(id)}: make the keys longer here and in src/shared/msg-lookup.ts`,
      );
    byKey.set(shortKey(id), id);
  }
}

/** localize.ts's import of lit-localize's lookup, which hashes each string to lit-localize's id. */
const LIT_LOOKUP = /import\(\s*["']@lit\/localize\/internal\/runtime-msg\.js["']\s*\)/g;

/** lit-localize's generated modules import its `str` tag from the package's root. */
const LIT_LOCALIZE_STR = /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/g;

/**
 * Every build: lit-localize's locale modules (src/locales/<locale>.ts) with short keys, importing
 * only the `str` tag. Checks first that every string of the code and of the locale modules keeps
 * a key of its own.
 */
export function shortStringKeys(elements) {
  const module = /[/\\]src[/\\]locales[/\\]([\w-]+)\.ts$/;
  const localize = resolve('src/shared/localize.ts');
  return {
    name: 'short-string-keys',
    buildStart() {
      const { byElement, onDemand } = stringIds(elementEntries(elements));
      const ids = new Set([...byElement.values(), ...onDemand.values()].flatMap((set) => [...set]));
      for (const locale of locales) templatesOf(resolve(`src/locales/${locale}.ts`)).forEach((_, id) => ids.add(id));
      checkShortKeys(ids, (message) => this.error(message));
    },
    transform(code, id) {
      if (id === localize) {
        // The lookup by these keys (msg-lookup.ts) in place of lit-localize's.
        if (code.match(LIT_LOOKUP)?.length !== 1)
          this.error(`${id}: expected one import() of lit-localize's runtime-msg`);
        return { code: code.replace(LIT_LOOKUP, "import('./msg-lookup.js')"), map: null };
      }
      if (!locales.includes(id.match(module)?.[1])) return undefined;
      // The `str` tag alone: '@lit/localize' itself brings its global-locale setup, which we never use (localize.ts).
      if (code.match(LIT_LOCALIZE_STR)?.length !== 1)
        this.error(`${id}: expected one import of str from '@lit/localize'`);
      return {
        code: code
          .replace(LIT_LOCALIZE_STR, "import { str } from '@lit/localize/internal/str-tag.js';")
          .replace(/(["']?)(s[0-9a-f]{16})\1(?=\s*:)/g, (_, quote, full) => JSON.stringify(shortKey(full))),
        map: null,
      };
    },
  };
}

/** localize.ts's loaders of the (generated) locale modules, one `import()` per locale. */
const LOADERS = /const loaders: [^\n]*= \{\n(?:\s+\w+: \(\) => import\('\.\.\/locales\/\w+\.js'\),\n)+\};/;

/**
 * The rollup plugin. The strings modules are chunks in one folder named by the hash of them all,
 * `strings-<hash>/<locale>.js` (the core) and `<locale>-<element>.js`, so that each loader is one
 * `import()` of a path made from the locale, not 25 file names.
 */
export function stringsPerElement(entries, folder) {
  const { byElement, onDemand } = stringIds(entries);
  const everywhere = [...byElement.values()].reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
  const own = new Map([...byElement].map(([element, ids]) => [element, [...ids].filter((id) => !everywhere.has(id))]));
  /** The modules loaded on demand that show strings the core does not have, by name (`error-state`). */
  const withStrings = [...onDemand]
    .map(([file, ids]) => [basename(file, '.ts'), { file, ids: [...ids].filter((id) => !everywhere.has(id)) }])
    .filter(([, { ids }]) => ids.length);
  const later = new Map(withStrings);
  if (later.size !== withStrings.length)
    throw new Error(
      `rollup.strings.mjs: two modules loaded on demand share a name: ${withStrings.map(([name]) => name)}`,
    );
  /** The entries with strings of their own, by file. */
  const entry = new Map(
    Object.entries(entries)
      .filter(([name]) => own.get(name).length)
      .map(([name, file]) => [resolve(file), name]),
  );
  const localize = resolve('src/shared/localize.ts');
  const modules = new Map();
  /** A reference to one strings chunk, whose URL gives the folder's. */
  let anyFile;
  /** Loads `${locale}${suffix}.js` from the strings folder. */
  const loader = (suffix) =>
    `(locale) => import(new URL(\`\${locale}${suffix}.js\`, import.meta.ROLLUP_FILE_URL_${anyFile}).href)`;
  return {
    name: 'strings-per-element',
    buildStart() {
      modules.clear();
      const placed = new Set([
        ...everywhere,
        ...[...own.values()].flat(),
        ...[...later.values()].flatMap((m) => m.ids),
      ]);
      for (const locale of locales) {
        const templates = templatesOf(resolve(`src/locales/${locale}.ts`));
        const lost = [...templates.keys()].filter((id) => !placed.has(id));
        if (lost.length)
          this.error(`src/locales/${locale}.ts: strings no element's code uses, so none would load: ${lost}`);
        modules.set(locale, moduleOf(templates, everywhere));
        for (const element of entry.values())
          modules.set(`${locale}-${element}`, moduleOf(templates, own.get(element)));
        for (const [name, { ids }] of later) modules.set(`${locale}_${name}`, moduleOf(templates, ids));
      }
      const hash = createHash('sha256')
        .update([...modules].join('\0'))
        .digest('base64url')
        .slice(0, 8);
      for (const name of modules.keys()) {
        const reference = this.emitFile({
          type: 'chunk',
          id: VIRTUAL + name,
          fileName: `${folder}/strings-${hash}/${name}.js`,
          preserveSignature: 'strict',
        });
        anyFile ??= reference;
      }
    },
    resolveId: (id) => (id.startsWith(VIRTUAL) ? id : undefined),
    load(id) {
      if (!id.startsWith(VIRTUAL)) return undefined;
      const name = id.slice(VIRTUAL.length);
      if (modules.has(name)) return modules.get(name);
      // A module loaded on demand runs once its strings, in the languages already shown, are there.
      if (name.startsWith(LATER))
        return `import { registerStrings } from ${JSON.stringify(localize)};\nawait registerStrings(${loader(`_${name.slice(LATER.length)}`)});\n`;
      return `import { registerStrings } from ${JSON.stringify(localize)};\nregisterStrings(${loader(`-${name}`)});\n`;
    },
    transform(code, id) {
      const element = entry.get(id);
      if (element) return { code: `import ${JSON.stringify(VIRTUAL + element)};\n${code}`, map: null };
      const module = [...later].find(([, m]) => m.file === id)?.[0];
      if (module) return { code: `import ${JSON.stringify(VIRTUAL + LATER + module)};\n${code}`, map: null };
      if (id !== localize) return undefined;
      if (!LOADERS.test(code)) this.error(`${id}: the strings split no longer finds the locale loaders it replaces`);
      const loaders = `Object.fromEntries(${JSON.stringify(locales)}.map((locale) => [locale, () => (${loader('')})(locale)]))`;
      return { code: code.replace(LOADERS, `const loaders = ${loaders};`), map: null };
    },
  };
}
