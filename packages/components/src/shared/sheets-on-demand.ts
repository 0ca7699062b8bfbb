/**
 * The embed's element sheets, on demand (rollup.css.mjs `sheetsSideBySide`). In that build the
 * style modules export empty constructable sheets, and their rules load as one chunk with the
 * first element's content (the bundled "topic" `sheets`, see bundled.ts): the script no longer
 * carries them, and the first render (which waits for its content) finds them here, so nothing
 * shows unstyled. The sheets the loading and error states render with stay in the script. Each
 * kind of element fills its own sheets in the task before its first render (once per sheet: every
 * shadow root that adopted one sees its rules), as LazyElement parses them. Only the embed's
 * module of empty sheets imports this (through `sheetsOnDemand`); see sheets.ts.
 */
import type { CSSResult, CSSResultOrNative } from 'lit';
import { onDemand } from './sheets.js';

/** The empty sheets, in the order of the texts `load` answers. */
let sheets: readonly CSSStyleSheet[] = [];
let load: () => Promise<readonly string[]>;
/** Each empty sheet's rules, once loaded. */
let texts: Map<CSSStyleSheet, string> | undefined;
/** Empty sheets a kind rendered with before their rules loaded (a failed load, retried): filled on arrival. */
const wanted = new Set<CSSStyleSheet>();
/** Sheets made of others (`joinSheets`), with their parts. */
const joined = new Map<CSSStyleSheet, readonly CSSResultOrNative[]>();
/** The sheets that have their rules. */
const filled = new WeakSet<CSSStyleSheet>();

const isEmpty = (style: CSSResultOrNative) => sheets.includes(style as CSSStyleSheet);

/** Called by the embed's module of empty sheets: these sheets get their rules from `loadTexts`. */
export function sheetsOnDemand(empty: readonly CSSStyleSheet[], loadTexts: () => Promise<readonly string[]>): void {
  sheets = empty;
  load = loadTexts;
  texts = undefined;
  wanted.clear();
  Object.assign(onDemand, { load: loadSheets, fill: fillSheets, join: joinSheets });
}

async function loadSheets(): Promise<void> {
  if (texts) return;
  const loaded = await load();
  texts = new Map(sheets.map((sheet, i) => [sheet, loaded[i]!]));
  fillSheets([...wanted]);
}

/** Gives the empty (or joined) sheets among `styles` their rules: now if they have loaded, else when they do. */
function fillSheets(styles: readonly CSSResultOrNative[]): void {
  for (const style of styles) {
    const sheet = style as CSSStyleSheet;
    if (filled.has(sheet) || !(isEmpty(sheet) || joined.has(sheet))) continue;
    const rules = rulesOf(sheet);
    if (rules === undefined) wanted.add(sheet);
    else {
      sheet.replaceSync(rules);
      filled.add(sheet);
      wanted.delete(sheet);
    }
  }
}

/** A joined sheet that fills with its parts' rules, when some part is empty; else none (sheets.ts joins the text). */
function joinSheets(parts: readonly CSSResultOrNative[]): CSSStyleSheet | undefined {
  if (!parts.some(isEmpty)) return undefined;
  const sheet = new CSSStyleSheet();
  joined.set(sheet, parts);
  return sheet;
}

/** The rules of an empty sheet (of a joined one: its parts', in order), once loaded. */
function rulesOf(sheet: CSSStyleSheet): string | undefined {
  const rules = (joined.get(sheet) ?? [sheet]).map((part) =>
    isEmpty(part) ? texts?.get(part as CSSStyleSheet) : (part as CSSResult).cssText,
  );
  return rules.includes(undefined) ? undefined : rules.join('\n');
}
