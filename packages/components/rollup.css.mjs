// The CSS minifier's options (below), and the embed's stylesheets side by side. gzip finds
// repeats only within the last 32 kB, and the embed's script is ~137 kB: each element's sheets
// sat beside its code, too far from the other elements' sheets (and the shared ones) for their
// common rules to compress against each other.
// Here every static css`` of the style modules (src/styles/*.ts, src/**/*.styles.ts) moves into
// one module that the build makes up (`CSS_MODULE`), and each style module exports the same
// CSSResult from there: the sheets, their text and when they are made (when the script runs)
// stay as they were; only their place in the file changes. Only for the embed, a single script:
// in the autoloader's build the sheets stay in each element's own file.
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

/** Where the made-up module seems to be: under src/, so the CSS minifier takes it like the others. */
const CSS_MODULE = resolve('src/styles/all-sheets.ts');

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
  /** Per style module, its sheets' names in CSS_MODULE. */
  let names;
  let module;
  return {
    name: 'sheets-side-by-side',
    buildStart() {
      names = new Map();
      const lines = ["import { css } from 'lit';"];
      for (const file of styleModules()) {
        const source = readFileSync(file, 'utf8');
        const sheets = staticSheets(file, source);
        if (!sheets.length) continue;
        names.set(
          file,
          sheets.map((_, i) => `sheet${lines.length + i}`),
        );
        sheets.forEach(({ text }, i) =>
          lines.push(`/* ${relative('.', file)} */ export const ${names.get(file)[i]} = ${text};`),
        );
        this.addWatchFile(file);
      }
      module = lines.join('\n');
    },
    resolveId: (id) => (id === CSS_MODULE ? id : undefined),
    load: (id) => (id === CSS_MODULE ? module : undefined),
    transform(code, id) {
      const own = names.get(id);
      if (!own) return undefined;
      const sheets = staticSheets(id, code);
      if (sheets.length !== own.length) this.error(`${id}: its sheets changed during the build`);
      let out = code;
      for (let i = sheets.length - 1; i >= 0; i--)
        out = out.slice(0, sheets[i].start) + own[i] + out.slice(sheets[i].end);
      return { code: `import { ${own.join(', ')} } from ${JSON.stringify(CSS_MODULE)};\n${out}`, map: null };
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
