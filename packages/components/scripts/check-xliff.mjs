// Fails when the UI strings in the source and the XLIFF files disagree: a string added, changed
// or removed without `pnpm localize:extract`, a translation missing in any locale, or a locale
// list out of step with src/shared/locale-loaders.ts.
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

// Every unit of every locale has a non-empty translation.
let units = 0;
for (const locale of config.targetLocales) {
  const xml = readFileSync(join('xliff', `${locale}.xlf`), 'utf8');
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    units++;
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body))
      problems.push(`xliff/${locale}.xlf: ${id} has no translation`);
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
  `XLIFF check: ${config.targetLocales.length} locales, ${units / config.targetLocales.length} strings each, all translated and current.`,
);
