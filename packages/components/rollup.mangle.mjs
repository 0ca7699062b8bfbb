// Short names for our classes' private and protected members in the browser builds (the embed,
// the autoloader's files), which nothing outside them calls. Terser renames a property by its name
// everywhere in a file, so only names that cannot mean anything else are renamed: a name qualifies
// when our sources (read by TypeScript's parser, comments aside) declare it only as a `private` or
// `protected` class member and use it only as `.name` — never as an object key, a destructured or
// public name, in a string, nor in a type's property (a reactive state's key in `static properties`,
// an event's detail, public API) — and it is no property name in the code or data we bundle (Lit,
// whose lifecycle hooks our classes override, @lit/localize, zod, the data package) nor in the
// public manifest; DOM names are terser's reserved names. The modules for bundlers (dist/*.js),
// their types and the SSR build keep every name.
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const filesUnder = (dir, wanted) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, wanted);
    return wanted(entry.name) ? [path] : [];
  });

/** The folder of package `name` as Node finds it from folder `from` (the nearest node_modules up). */
function packageDir(name, from = '.') {
  for (let dir = realpathSync(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dir === dirname(dir)) throw new Error(`rollup.mangle: ${name} not found from ${from}`);
  }
}

const HIDDEN = new Set([ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword]);
const MEMBERS = new Set([
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.Parameter, // constructor(private readonly host: …)
]);
const hidden = (node) => MEMBERS.has(node.kind) && (node.modifiers ?? []).some((m) => HIDDEN.has(m.kind));
/**
 * A member of one of our controllers or helpers (a class that extends nothing: `DataController`,
 * `SourceBlock`…), public or not: only our elements use them, and no element hands one out. An
 * element's public members (it extends Lit's) stay, and so do static ones.
 */
const extendsNothing = (node) =>
  ts.isClassDeclaration(node) && !(node.heritageClauses ?? []).some((c) => c.token === ts.SyntaxKind.ExtendsKeyword);
const ofInternalClass = (node) =>
  MEMBERS.has(node.kind) &&
  node.kind !== ts.SyntaxKind.Parameter &&
  extendsNothing(node.parent) &&
  !(node.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword);

/** The names that may be renamed (see above), and the text they were checked against. */
export function privateNames({
  sources = filesUnder('src', (name) => name.endsWith('.ts') && !/\.(?:test|stories)\.ts$/.test(name)),
  bundled = [
    ...['lit', '@lit/localize'].map((name) => packageDir(name)),
    ...['lit-html', 'lit-element', '@lit/reactive-element'].map((name) => packageDir(name, packageDir('lit'))),
    packageDir('zod', '../data'),
    '../data/dist',
  ],
  manifest = 'custom-elements.json',
} = {}) {
  const declared = new Set();
  const elsewhere = new Set();
  const strings = [];
  const internalClasses = new Set();
  for (const file of sources) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (extendsNothing(node) && node.name) internalClasses.add(node.name.text);
      if (ts.isIdentifier(node)) {
        const { parent } = node;
        if ((hidden(parent) || ofInternalClass(parent)) && parent.name === node) declared.add(node.text);
        else if (!(ts.isPropertyAccessExpression(parent) && parent.name === node)) elsewhere.add(node.text);
      } else if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) strings.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const dependencies = bundled
    .flatMap((dir) => filesUnder(dir, (file) => /\.(?:m?js|json)$/.test(file)))
    .map((file) => readFileSync(file, 'utf8'));
  // The manifest's public API: the elements, not our internal classes (it describes every module's classes).
  const described = JSON.parse(readFileSync(manifest, 'utf8'));
  for (const module of described.modules ?? [])
    module.declarations = (module.declarations ?? []).filter((d) => !internalClasses.has(d.name));
  const texts = [...dependencies, JSON.stringify(described), ...strings].join('\n');
  const names = [...declared]
    .filter(
      (name) => !elsewhere.has(name) && !new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(texts),
    )
    .sort();
  // The short names must meet no name at all: in what we bundle, nor among our own identifiers.
  return { names, bundledText: [texts, ...declared, ...elsewhere].join('\n') };
}

/**
 * Terser's options that rename `names`: each to a fixed short name of our own (`$0`, `$1`, … `$z`,
 * `$10`…) that no bundled code uses, so the core and the elements, minified one file at a time,
 * agree, and a short name can never meet a property of the same name in another file.
 */
export function renamed({ names, bundledText } = privateNames()) {
  const props = {};
  let next = 0;
  for (const name of names) {
    let short;
    do short = `$${(next++).toString(36)}`;
    while (new RegExp(`(?<![\\w$])\\${short}(?![\\w$])`).test(bundledText));
    props[`$${name}`] = short;
  }
  return { regex: names.length ? `^(?:${names.join('|')})$` : '^$.', cache: { props } };
}
