// Custom Elements Manifest (custom-elements.json) from the elements' JSDoc: Storybook's controls
// and docs tables, and later VS Code data and React wrappers, are generated from it.
// `pnpm --filter @eu-belarus/components analyze`; the build runs it too.
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/**
 * Our elements register with `defineElement('eu-x', EuX)` (a guarded `customElements.define`),
 * which the analyzer does not know: record the tag name and the definition export ourselves.
 */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'eu-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      definitions.push({ module: moduleDoc.path, tagName: tag.text, className: element.text });
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: element.text, module: moduleDoc.path },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { module, tagName, className } of definitions) {
        const declaration = customElementsManifest.modules
          .find((m) => m.path === module)
          ?.declarations?.find((d) => d.name === className);
        if (declaration) Object.assign(declaration, { customElement: true, tagName });
      }
    },
  };
}

/** Consumers see the public API only: drop private and protected members. */
function publicApiOnly() {
  return {
    name: 'eu-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? []) {
          if (declaration.members)
            declaration.members = declaration.members.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
            );
        }
    },
  };
}

/**
 * Event detail types: each event's type is read from the `GlobalEventHandlersEventMap` entry the
 * element declares (`'eu-x': CustomEvent<Detail>`), so the manifest, and the React wrappers and
 * JSX typings generated from it, carry it without a second copy in JSDoc.
 */
function eventTypesFromEventMap() {
  const types = new Map();
  return {
    name: 'eu-event-types',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'GlobalEventHandlersEventMap') return;
      for (const member of node.members)
        if (ts.isPropertySignature(member) && member.type && member.name && ts.isStringLiteral(member.name))
          types.set(member.name.text, member.type.getText());
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? [])
          for (const event of declaration.events ?? [])
            if (!event.type && types.has(event.name)) event.type = { text: types.get(event.name) };
    },
  };
}

/**
 * Enumerated attributes are typed with aliases of their value lists (`type Theme = (typeof
 * THEMES)[number]`), written once. The manifest, and the typings and editor data made from it,
 * need the values themselves: replace each alias with its union (`'light' | 'dark' | 'auto'`).
 */
function expandUnionAliases() {
  const unions = new Map();
  const literals = (node, ts) =>
    node && ts.isArrayLiteralExpression(node) && node.elements.every((e) => ts.isStringLiteral(e))
      ? node.elements.map((e) => `'${e.text}'`).join(' | ')
      : undefined;
  return {
    name: 'eu-expand-union-aliases',
    analyzePhase({ ts, node }) {
      if (!ts.isSourceFile(node)) return;
      const arrays = new Map();
      const visit = (n) => {
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
          const init = ts.isAsExpression(n.initializer) ? n.initializer.expression : n.initializer;
          const union = literals(init, ts);
          if (union) arrays.set(n.name.text, union);
        }
        if (ts.isTypeAliasDeclaration(n)) {
          const text = n.type.getText();
          const indexed = /^\(typeof (\w+)\)\[number\]$/.exec(text);
          if (indexed && arrays.has(indexed[1])) unions.set(n.name.text, arrays.get(indexed[1]));
          else if (ts.isUnionTypeNode(n.type) && n.type.types.every((t) => ts.isLiteralTypeNode(t)))
            unions.set(n.name.text, text);
        }
        ts.forEachChild(n, visit);
      };
      visit(node);
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (type) => {
        if (type?.text)
          type.text = type.text
            .split(' | ')
            .map((part) => unions.get(part) ?? part)
            .join(' | ');
      };
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? []) {
          for (const member of declaration.members ?? []) expand(member.type);
          for (const attribute of declaration.attributes ?? []) expand(attribute.type);
        }
    },
  };
}

/**
 * The framework plugins read an event's `type` as its detail type and import it from the element's
 * module; ours is the event type, declared in shared/events.ts. Give them the detail through the
 * global event map instead (the element modules they import declare it): nothing more to import.
 */
const withEventDetails = (plugin) => ({
  ...plugin,
  packageLinkPhase: ({ customElementsManifest, ...context }) => {
    const manifest = structuredClone(customElementsManifest);
    for (const module of manifest.modules)
      for (const declaration of module.declarations ?? [])
        for (const event of declaration.events ?? [])
          event.type = { text: `GlobalEventHandlersEventMap['${event.name}']['detail']` };
    return plugin.packageLinkPhase({ customElementsManifest: manifest, ...context });
  },
});

/** Editor and framework data from the manifest, written beside it (VS Code) and to dist/frameworks/. */
const frameworks = {
  outdir: 'dist/frameworks',
  // Each element's class type, from tsc's declarations (dist/types/<name>/<name>.d.ts; tag = eu-<name>).
  componentTypePath: (_name, tag) => `../types/${tag.slice(3)}/${tag.slice(3)}.js`,
  hideLogs: true,
};

/**
 * The design tokens are written once, as the `TOKENS` object in src/styles/tokens.ts (their
 * descriptions in `TOKEN_DESCRIPTIONS`, src/styles/token-descriptions.ts): read them and give every
 * element its `cssProperties` (`--eu-<name>`, and `--eu-dark-<name>` for the dark theme) with their
 * defaults, so no JSDoc copy can drift from the CSS. An element's own `@cssproperty` for a token (a
 * more specific description) is kept.
 */
function cssPropertiesFromTokens() {
  const tokens = [];
  const descriptions = new Map();
  const text = (node, ts) =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  return {
    name: 'eu-css-properties-from-tokens',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!/styles\/token(s|-descriptions)\.ts$/.test(moduleDoc.path) || !ts.isVariableDeclaration(node)) return;
      if (!ts.isIdentifier(node.name) || !['TOKENS', 'TOKEN_DESCRIPTIONS'].includes(node.name.text)) return;
      let object = node.initializer;
      while (ts.isSatisfiesExpression?.(object) || ts.isAsExpression(object)) object = object.expression;
      for (const property of object?.properties ?? []) {
        const name = text(property.name, ts) ?? (ts.isIdentifier(property.name) ? property.name.text : undefined);
        if (node.name.text === 'TOKEN_DESCRIPTIONS') {
          descriptions.set(name, text(property.initializer, ts));
          continue;
        }
        const fields = Object.fromEntries(
          (property.initializer?.properties ?? []).map((f) => [f.name.getText(), text(f.initializer, ts)]),
        );
        if (name && fields.value) tokens.push({ name, ...fields });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      if (!tokens.length) throw new Error('eu-css-properties-from-tokens: no TOKENS found in src/styles/tokens.ts');
      const undescribed = tokens.filter((t) => !descriptions.get(t.name)).map((t) => t.name);
      if (undescribed.length)
        throw new Error(`eu-css-properties-from-tokens: no description in TOKEN_DESCRIPTIONS for ${undescribed}`);
      const properties = [
        ...tokens.map((t) => ({ name: `--eu-${t.name}`, description: descriptions.get(t.name), default: t.value })),
        ...tokens
          .filter((t) => t.dark)
          .map((t) => ({
            name: `--eu-dark-${t.name}`,
            description: `Dark theme (\`theme="dark"\`, or \`auto\` on a dark system): replaces \`--eu-${t.name}\`.`,
            default: t.dark,
          })),
      ];
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement && declaration.name !== 'EuElement') continue;
          const own = new Map((declaration.cssProperties ?? []).map((p) => [p.name, p]));
          declaration.cssProperties = properties.map((p) => ({ ...p, ...own.get(p.name) }));
        }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/locales/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    defineElementCalls(),
    publicApiOnly(),
    eventTypesFromEventMap(),
    expandUnionAliases(),
    cssPropertiesFromTokens(),
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    withEventDetails(customElementJsxPlugin({ ...frameworks, fileName: 'jsx.d.ts' })),
    withEventDetails(customElementVuejsPlugin({ ...frameworks, fileName: 'vue.d.ts' })),
    withEventDetails(customElementSveltePlugin({ ...frameworks, fileName: 'svelte.d.ts' })),
  ],
};
