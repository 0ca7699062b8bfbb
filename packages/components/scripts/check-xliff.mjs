// Fails when the UI strings in the source and the XLIFF files disagree: a string added, changed
// or removed without `pnpm localize:extract`, a translation missing in any locale, or English
// copied as a translation (a target identical to its source, unless the word is allow-listed).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const problems = [];

// Extract into a copy of xliff/ and compare: any difference means the committed files are stale.
const scratch = mkdtempSync(join(tmpdir(), 'xliff-check-'));
cpSync('xliff', join(scratch, 'xliff'), { recursive: true });
const scratchConfig = join(process.cwd(), '.lit-localize.check.json');
writeFileSync(
  scratchConfig,
  JSON.stringify({ ...config, interchange: { ...config.interchange, xliffDir: join(scratch, 'xliff') } }),
);
try {
  execFileSync('npx', ['lit-localize', 'extract', '--config', scratchConfig], { stdio: 'pipe' });
} finally {
  execFileSync('rm', ['-f', scratchConfig]);
}
for (const file of readdirSync('xliff')) {
  if (readFileSync(join('xliff', file), 'utf8') !== readFileSync(join(scratch, 'xliff', file), 'utf8'))
    problems.push(
      `xliff/${file} is out of date with the source strings: run \`pnpm --filter @eu-belarus/components localize:extract\` and translate the new strings`,
    );
}

/**
 * Words that are the same in English and in these locales: a target identical to its source is
 * English left untranslated, except for these (and for strings that are only placeholders and
 * punctuation). A name like "Erasmus+" or "TAIEX" goes here for every locale that keeps it.
 */
const SAME_AS_ENGLISH = {
  'Status:': ['da', 'de', 'hr', 'mt', 'nl', 'pl', 'sv'],
  'Status for Belarus:': ['da'],
  Belarus: ['da', 'de', 'nl', 'ro', 'sv'],
  Migration: ['da', 'de', 'sv'],
  Bilateral: ['de', 'es', 'pt', 'sv'],
  Regional: ['de', 'es', 'pt', 'sv'],
  'over <x id="0" equiv-text="${amount}"/>': ['da'],
  'Source <x id="0" equiv-text="${n}"/>': ['fr'],
  Source: ['fr'],
  Sources: ['fr'],
  Dialogue: ['fr'],
  Programme: ['fr'],
  Sanctions: ['fr'],
  Date: ['fr'],
};
/** Only placeholders, digits, spaces and punctuation: nothing to translate. */
const nothingToTranslate = (text) => !/\p{L}/u.test(text.replace(/<x [^>]*\/>/g, ''));

// Every unit of every locale has a non-empty translation, and is not the English left in place.
let units = 0;
for (const locale of config.targetLocales) {
  const xml = readFileSync(join('xliff', `${locale}.xlf`), 'utf8');
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    units++;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (!target?.trim()) problems.push(`xliff/${locale}.xlf: ${id} has no translation`);
    else if (target === source && !nothingToTranslate(source) && !SAME_AS_ENGLISH[source]?.includes(locale))
      problems.push(
        `xliff/${locale}.xlf: ${id} "${source}" is the English text; translate it, or add it to SAME_AS_ENGLISH in scripts/check-xliff.mjs if it is the same word in ${locale}`,
      );
  }
}

// The lazy loaders in src/shared/localize.ts are typed by the generated locale-codes.ts: tsc checks them.

if (problems.length) {
  const shown = problems.slice(0, 40);
  console.error(
    `XLIFF check failed (${problems.length} problems):\n  ${shown.join('\n  ')}${problems.length > 40 ? '\n  …' : ''}`,
  );
  process.exit(1);
}
console.log(
  `XLIFF check: ${config.targetLocales.length} locales, ${units / config.targetLocales.length} strings each, all translated (none left in English) and current.`,
);
