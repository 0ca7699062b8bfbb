// Bundles the root README's data example, as an app would, with esbuild and with Vite, runs each
// bundle in Node and checks that it answers in Belarusian: the languages must not depend on which
// imports a bundler keeps (the package says `"sideEffects": false`).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { build as vite } from 'vite';

/** The first ```ts block under "## Using the data package" in the root README. */
export function readmeExample(readme) {
  const section = readme.split(/^## Using the data package$/m)[1] ?? '';
  const code = section.match(/```ts\n([\s\S]*?)```/)?.[1];
  if (!code) throw new Error('the root README has no ```ts example under "## Using the data package"');
  return code;
}

const bundlers = {
  async esbuild(entry, outFile) {
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      outfile: outFile,
      logLevel: 'silent',
    });
  },
  async vite(entry, outFile, root) {
    const [output] = await vite({
      root,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'example' } },
    });
    writeFileSync(outFile, output.output.find((o) => o.type === 'chunk' && o.isEntry).code);
  },
};

/**
 * Writes the example into `app` (which has the packed package installed), bundles it with each
 * bundler, runs the bundle and returns what it printed, by bundler. Throws when a bundle does not
 * give Belarusian text.
 */
export async function checkReadmeExample(app, readmePath, step) {
  const entry = join(app, 'src/readme-example.ts');
  // The example names its results; print them so the bundle can be checked.
  writeFileSync(
    entry,
    `${readmeExample(readFileSync(readmePath, 'utf8'))}\nconsole.log(JSON.stringify({ summary, locale, fallback, english: education[0]!.summary.en }));\n`,
  );
  const results = {};
  for (const [name, bundle] of Object.entries(bundlers)) {
    const outFile = join(app, `readme-example.${name}.mjs`);
    await bundle(entry, outFile, app);
    const printed = JSON.parse(execFileSync(process.execPath, [outFile], { encoding: 'utf8' }));
    // Belarusian, not the English fallback: its own locale, a text unlike the English, letters only Belarusian has.
    if (
      printed.locale !== 'be' ||
      printed.fallback ||
      printed.summary === printed.english ||
      !/[іў]/.test(printed.summary)
    )
      throw new Error(
        `the README example bundled with ${name} does not answer in Belarusian: ${JSON.stringify(printed)}`,
      );
    step(`README example bundled with ${name}: "${printed.summary.slice(0, 50)}…" (be)`);
    results[name] = printed;
  }
  return results;
}
