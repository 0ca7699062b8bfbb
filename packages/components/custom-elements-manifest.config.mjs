// Custom Elements Manifest (custom-elements.json) from the elements' JSDoc: Storybook's controls
// and docs tables, and later VS Code data and React wrappers, are generated from it.
// `pnpm --filter @eu-belarus/components analyze`; the build runs it too.

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

/**
 * Consumers see the public API only: drop private and protected members, and the pseudo-event
 * the analyzer reads from the base class's generic `emit(type, detail)` (real events are `eu-…`
 * and documented with `@event`).
 */
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
          if (declaration.events)
            declaration.events = declaration.events.filter((e) => /^[a-z]+(-[a-z]+)+$/.test(e.name));
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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/locales/**'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCalls(), publicApiOnly(), eventTypesFromEventMap()],
};
