// A translator's shortcut around XLIFF markup:
//   node scripts/xliff-json.mjs export <locale>          → JSON [{ id, source, target? }] on stdout,
//                                                          placeholders written {0}, {1}…
//   node scripts/xliff-json.mjs import <locale> <file>   ← JSON { id: "translation with {0}" }
//                                                          written into xliff/<locale>.xlf as <target>.
import { readFileSync, writeFileSync } from 'node:fs';

const [command, locale, file] = process.argv.slice(2);
const path = `xliff/${locale}.xlf`;
const xml = readFileSync(path, 'utf8');
const unitPattern = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;
const unescape = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** `<x id="0" equiv-text="${n}"/>` ↔ `{0}`. */
const toPlain = (s) => unescape(s.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}'));

if (command === 'export') {
  const units = [...xml.matchAll(unitPattern)].map(([, id, body]) => {
    const source = toPlain(/<source>([\s\S]*?)<\/source>/.exec(body)[1]);
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    return { id, source, ...(target ? { target: toPlain(target) } : {}) };
  });
  console.log(JSON.stringify(units, null, 1));
} else if (command === 'import') {
  const translations = JSON.parse(readFileSync(file, 'utf8'));
  let count = 0;
  const out = xml.replace(unitPattern, (unit, id, body) => {
    const translation = translations[id];
    if (translation === undefined) return unit;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)[1];
    const placeholders = new Map([...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => [m[1], m[0]]));
    const used = new Set();
    const target = escape(translation).replace(/\{(\d+)\}/g, (token, n) => {
      if (!placeholders.has(n)) throw new Error(`${locale} ${id}: {${n}} is not a placeholder of "${toPlain(source)}"`);
      used.add(n);
      return placeholders.get(n);
    });
    if (used.size !== placeholders.size)
      throw new Error(`${locale} ${id}: "${translation}" drops a placeholder of "${toPlain(source)}"`);
    count++;
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>\n</trans-unit>`;
  });
  writeFileSync(path, out);
  console.log(`${path}: ${count} translations written`);
} else {
  console.error('usage: xliff-json.mjs export <locale> | import <locale> <file.json>');
  process.exit(2);
}
