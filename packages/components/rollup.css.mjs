// The CSS minifier's options (below), and the embed's stylesheets side by side, on demand.
// gzip finds repeats only within the last 32 kB, and the embed's script is ~137 kB: each element's
// sheets sat beside its code, too far from the other elements' sheets (and the shared ones) for
// their common rules to compress against each other. Here every static css`` of the style modules
// (src/styles/*.ts, src/**/*.styles.ts) moves into one module that the build makes up
// (`CSS_MODULE`), side by side, and that module loads on demand: the script carries an empty
// constructable sheet in its place (`EMPTY_MODULE`), which gets its rules before the first render
// of an element that uses it (src/shared/sheets-on-demand.ts; the rules load with the element's
// content, in the same wait). The sheets the loading and error states render with (EuElement's
// own, `UP_FRONT`) stay in the script, where they were. Only for the embed, a single script: in the
// autoloader's build the sheets stay in each element's own file, which loads only where the
// element is.
import browserslist from 'browserslist';
import { browserslistToTargets, transform } from 'lightningcss';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The options of the CSS minifier, lightningcss, which @lit-labs/rollup-plugin-minify-html-literals
 * runs on every css`` of src in every build (modules, SSR, embed, autoloader); a sheet it cannot
 * parse fails the build. Its targets are the package's browserslist: without them it writes for
 * the newest browsers only (it had merged `.note[hidden]` into one rule with a `:popover-open`
 * selector, which a browser that does not know it drops whole, and left out the
 * `-webkit-print-color-adjust` its data lists for Safari). The browserslist query names its date
 * ("Baseline widely available on …"): without one it is read against the day of the build, and the
 * same commit and lockfile would build other CSS as months pass.
 */
export const cssMinifierOptions = { targets: browserslistToTargets(browserslist(undefined, { path: '.' })) };

/**
 * A stylesheet file minified the same way: the cloak, which host pages load in <head>, before
 * anything renders (its comments were two thirds of it). Fails on what it cannot parse or skips.
 */
export function minifiedCssFile(file) {
  const { code, warnings } = transform({
    filename: file,
    code: readFileSync(file),
    minify: true,
    ...cssMinifierOptions,
  });
  if (warnings.length) throw new Error(`${file}: ${warnings.map((w) => w.message).join('; ')}`);
  return code.toString();
}

/** Where the made-up modules seem to be: under src/, so the CSS minifier takes the sheets like the others. */
const CSS_MODULE = resolve('src/styles/all-sheets.ts');
const EMPTY_MODULE = resolve('src/styles/all-sheets-empty.ts');
const ON_DEMAND_MODULE = resolve('src/shared/sheets-on-demand.ts');

/**
 * The style modules EuElement imports (src/shared/eu-element.ts): every element's loading and
 * error states render with them, also when the sheets' chunk could not load. They stay up front.
 */
function upFrontModules() {
  const source = readFileSync('src/shared/eu-element.ts', 'utf8');
  return new Set(
    [...source.matchAll(/from '\.\.\/styles\/([\w-]+)\.js'/g)].map(([, name]) => resolve(`src/styles/${name}.ts`)),
  );
}

const isStyleModule = (file) => /[/\\]src[/\\](?:styles[/\\][\w-]+|[\w-]+[/\\][\w-]+\.styles)\.ts$/.test(file);

/** The style modules' files, in a stable order (by path). */
function styleModules() {
  return readdirSync('src', { recursive: true })
    .map((file) => resolve('src', file))
    .filter((file) => isStyleModule(file) && file !== CSS_MODULE)
    .sort();
}

/** A module's top-level `const x = css`…`` without `${}`: their places in the source, in order. */
function staticSheets(file, source) {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found = [];
  for (const statement of tree.statements)
    if (ts.isVariableStatement(statement))
      for (const { initializer } of statement.declarationList.declarations)
        if (
          initializer &&
          ts.isTaggedTemplateExpression(initializer) &&
          initializer.tag.getText(tree) === 'css' &&
          ts.isNoSubstitutionTemplateLiteral(initializer.template)
        )
          found.push({ start: initializer.getStart(tree), end: initializer.getEnd(), text: initializer.getText(tree) });
  return found;
}

export function sheetsSideBySide() {
  /** Per style module, its sheets' names in CSS_MODULE and EMPTY_MODULE. */
  let names;
  let modules;
  return {
    name: 'sheets-side-by-side',
    buildStart() {
      names = new Map();
      const upFront = upFrontModules();
      const sheets = [];
      for (const file of styleModules()) {
        this.addWatchFile(file);
        if (upFront.has(file)) continue;
        const found = staticSheets(file, readFileSync(file, 'utf8'));
        names.set(
          file,
          found.map((_, i) => `sheet${sheets.length + i}`),
        );
        sheets.push(...found.map(({ text }) => `/* ${relative('.', file)} */ ${text}`));
      }
      const all = sheets.map((_, i) => `sheet${i}`);
      modules = new Map([
        [
          CSS_MODULE,
          `import { css } from 'lit';\nexport default [\n${sheets.join(',\n')}\n].map((sheet) => sheet.cssText);`,
        ],
        [
          EMPTY_MODULE,
          [
            `import { sheetsOnDemand } from ${JSON.stringify(ON_DEMAND_MODULE)};`,
            `export const ${all.map((name) => `${name} = new CSSStyleSheet()`).join(', ')};`,
            `sheetsOnDemand([${all.join(', ')}], () => import(${JSON.stringify(CSS_MODULE)}).then((m) => m.default));`,
          ].join('\n'),
        ],
      ]);
    },
    resolveId: (id) => (modules.has(id) ? id : undefined),
    load: (id) => modules.get(id),
    transform(code, id) {
      const own = names.get(id);
      if (!own?.length) return undefined;
      const sheets = staticSheets(id, code);
      if (sheets.length !== own.length) this.error(`${id}: its sheets changed during the build`);
      let out = code;
      for (let i = sheets.length - 1; i >= 0; i--)
        out = out.slice(0, sheets[i].start) + own[i] + out.slice(sheets[i].end);
      return { code: `import { ${own.join(', ')} } from ${JSON.stringify(EMPTY_MODULE)};\n${out}`, map: null };
    },
  };
}

/**
 * A compact trade summary keeps its room before its first render twice: in the light DOM, in
 * cloak.css, until the element is defined, and in its shadow root (its pendingStyles) until it
 * renders. The room follows the column's width: one `@container` rule per width where the rendered
 * form's height changes. Those rules are written once, in src/cloak.css (the rule for
 * `eu-trade-summary[compact]:not(:defined):empty::before`); the cloak's build step copies them into
 * the module the element's sheet imports (COMPACT_TRADE_ROOMS), which is in git, so every tool that
 * reads the TypeScript sources (the element tests, Storybook, tsc) finds it without a build, and
 * src/cloak.test.ts fails when the two differ.
 */
const COMPACT_TRADE_ROOMS = 'src/trade-summary/compact-trade-rooms.ts';
const COMPACT_TRADE_BEFORE = 'eu-trade-summary[compact]:not(:defined):empty::before {';

/** The `@container` rules inside the cloak's compact trade summary's ::before rule, on one line, spaces dropped. */
export function compactTradeRoomRules(cloak) {
  const start = cloak.indexOf(COMPACT_TRADE_BEFORE);
  if (start < 0) throw new Error(`cloak.css: no rule "${COMPACT_TRADE_BEFORE}"`);
  let end = start + COMPACT_TRADE_BEFORE.length;
  for (let depth = 1; depth; end++) depth += cloak[end] === '{' ? 1 : cloak[end] === '}' ? -1 : 0;
  const rules = cloak.slice(start, end).match(/@container[^{}]*\{[^{}]*\}/g) ?? [];
  const text = rules
    .map((rule) =>
      rule
        .replace(/\s+/g, ' ')
        .replace(/ ?([{}:;]|[<>]=?) ?/g, '$1')
        .replace(';}', '}'),
    )
    .join('');
  if (!rules.length || /['\\]/.test(text))
    throw new Error(`cloak.css: no rooms to copy from "${COMPACT_TRADE_BEFORE}"`);
  return text;
}

/** Writes COMPACT_TRADE_ROOMS from src/cloak.css, when it differs. */
export function copyCompactTradeRooms() {
  const module = `// Copied from src/cloak.css by the cloak's build step (rollup.css.mjs): edit the rooms there.
// A compact trade summary's room at each column width where its rendered height changes.
export const compactTradeRoomRules =
  '${compactTradeRoomRules(readFileSync('src/cloak.css', 'utf8'))}';
`;
  if (!existsSync(COMPACT_TRADE_ROOMS) || readFileSync(COMPACT_TRADE_ROOMS, 'utf8') !== module)
    writeFileSync(COMPACT_TRADE_ROOMS, module);
}
