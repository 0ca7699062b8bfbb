// Checks @eu-belarus/data and @eu-belarus/components as a consumer gets them: `pnpm pack` both,
// copy the consumer project test/consumer/ (a web team's TypeScript, Vite and React 18 project) into
// os.tmpdir() and install the tarballs into it with npm (one install serves every check), then:
//   1. the tarballs hold what consumers need and nothing else (tests, stories, build state);
//   2. its own `tsc` (strict, skipLibCheck false) under moduleResolution bundler (tsconfig.json) and
//      nodenext (tsconfig.nodenext.json) type-checks src/: data, elements, JSX and React wrappers,
//      and each `@ts-expect-error` there proves a type is real;
//   3. src/data.ts, compiled under nodenext, runs in Node and checks the data it reads;
//   4. the root README's data example, bundled with esbuild and with Vite, answers in Belarusian
//      (languages must not depend on which imports a bundler keeps: data says sideEffects false);
//   5. what a data reader ships (esbuild): a one-topic import holds that topic only, reading the
//      data never pulls in zod;
//   6. its Vite builds of plain/ and react/ (the @lit/react wrappers), opened in headless Chromium
//      by Playwright: the elements render, `headingLevel` applies, `onEuDataError` fires.
// Run after `pnpm build`: `pnpm check:consumer` (KEEP_CONSUMER_CHECK=1 keeps the folder).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect as playwrightExpect } from '@playwright/test';
import * as esbuild from 'esbuild';
import { launch, watchErrors } from './lib/chromium.mjs';

const started = Date.now();
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'eu-belarus-consumer-'));
const app = join(work, 'app');
const keep = process.env.KEEP_CONSUMER_CHECK === '1';
const step = (msg) => console.log(`consumer-check: ${msg} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const run = (cmd, args, cwd = app) => {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_loglevel: 'error', CI: 'true' },
    });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}${e.stderr ?? ''}`, { cause: e });
  }
};
const node = (...args) => run(process.execPath, args);
const vite = (...args) => node(join(app, 'node_modules/vite/bin/vite.js'), ...args);
// Playwright's expect, outside its runner: each failure names the check and shows what it got.
const expect = playwrightExpect.configure({ timeout: 15_000 });
const sizeOf = (path) =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0) : statSync(path).size;
const isZod = (path) => /node_modules\/zod\//.test(path);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** Per package: files its tarball must hold, and what no file in it may be. */
const PACKAGES = {
  data: {
    required: [
      'package.json',
      'README.md',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/json/programmes.json',
      'dist/json-schema/programmes.schema.json',
    ],
    stray: (f) =>
      !/^(package\.json|README\.md|LICENSE[^/]*|dist\/.*|src\/.*\.ts)$/.test(f) || f.endsWith('.tsbuildinfo'),
  },
  components: {
    required: [
      'LICENSE',
      'README.md',
      'custom-elements.json',
      'dist/embed/eu-belarus.js',
      'dist/embed/eu-autoloader.js',
    ],
    stray: (f) => /\.test\.|\.stories\.|(^|\/)test\/|tsbuildinfo|\/node_modules\//.test(f),
  },
};

let browser;
try {
  // 1. Pack both packages exactly as they would be published. (publint, in check:package, checks
  // that every file package.json's exports name is in the pack.)
  const tarballs = {};
  for (const [name, { required, stray }] of Object.entries(PACKAGES)) {
    const out = join(work, `pack-${name}`);
    run('pnpm', ['pack', '--pack-destination', out], join(repo, 'packages', name));
    tarballs[name] = join(
      out,
      readdirSync(out).find((f) => f.endsWith('.tgz')),
    );
    const listing = run('tar', ['-tzf', tarballs[name]], work)
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));
    const lacking = required.filter((f) => !listing.includes(f));
    expect(lacking, `files the ${name} tarball lacks`).toEqual([]);
    const extra = listing.filter(stray);
    expect(extra, `files in the ${name} tarball that consumers do not need`).toEqual([]);
    step(`packed ${tarballs[name].split('/').at(-1)} (${kib(statSync(tarballs[name]).size)}): ${listing.length} files`);
  }

  // 2. The consumer project, one npm install: its own dependencies and both tarballs.
  cpSync(fileURLToPath(new URL('../test/consumer', import.meta.url)), app, { recursive: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', tarballs.data, tarballs.components]);
  step(
    `npm installed both tarballs, typescript, vite, React 18 in ${app}; @eu-belarus/components on disk: ${kib(sizeOf(join(app, 'node_modules/@eu-belarus/components')))}`,
  );

  // 3. TypeScript, strict, bundler and nodenext.
  for (const config of ['tsconfig.json', 'tsconfig.nodenext.json']) {
    node(join(app, 'node_modules/typescript/bin/tsc'), '-p', config);
    step(`tsc --strict (skipLibCheck false) -p ${config}: no errors; every @ts-expect-error was needed`);
  }

  // 4. The data example's nodenext output, run in Node: it throws on data unlike the published.
  step(`node out/node/data.js → ${node('--no-warnings', 'out/node/data.js').trim()}`);

  // 5. The root README's data example (its first ```ts block under "## Using the data package"),
  // bundled as an app would, answers in Belarusian: its own locale, a text unlike the English,
  // letters only Belarusian has.
  const readme = readFileSync(join(repo, 'README.md'), 'utf8').split(/^## Using the data package$/m)[1] ?? '';
  const example = readme.match(/```ts\n([\s\S]*?)```/)?.[1];
  expect(example, 'the root README\'s ```ts example under "## Using the data package"').toBeTruthy();
  mkdirSync(join(app, 'readme'));
  writeFileSync(
    join(app, 'readme/example.ts'),
    `${example}\nconsole.log(JSON.stringify({ summary, locale, fallback, english: education[0]!.summary.en }));\n`,
  );
  const entry = join(app, 'readme/example.ts');
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: join(app, 'out/readme-esbuild.js'),
    logLevel: 'silent',
  });
  vite('build', '--mode', 'readme');
  for (const [bundler, file] of [
    ['esbuild', 'out/readme-esbuild.js'],
    ['Vite', 'out/readme-vite/example.js'],
  ]) {
    const printed = JSON.parse(node(file));
    const says = `the README example bundled with ${bundler} answers in Belarusian (its locale, be letters)`;
    expect(printed, says).toMatchObject({ locale: 'be', fallback: false, summary: expect.stringMatching(/[іў]/) });
    expect(printed.summary, `${says}, not in English`).not.toBe(printed.english);
    step(`README example bundled with ${bundler}: "${printed.summary.slice(0, 50)}…" (be)`);
  }

  // 6. What a data reader ships: esbuild --bundle --minify, and the modules that put code in it
  // (esbuild also lists modules it parsed and dropped).
  const bundles = {
    "one topic: import { programmes } from '@eu-belarus/data/programmes'": `import { programmes } from '@eu-belarus/data/programmes';\nconsole.log(programmes);`,
    "root, one topic: import { programmes } from '@eu-belarus/data'": `import { programmes } from '@eu-belarus/data';\nconsole.log(programmes);`,
    "all data: import { datasets } from '@eu-belarus/data'": `import { datasets } from '@eu-belarus/data';\nconsole.log(datasets);`,
    "validation: import { TopicSchemas } from '@eu-belarus/data/schema'": `import { TopicSchemas } from '@eu-belarus/data/schema';\nconsole.log(TopicSchemas);`,
  };
  console.log(`consumer-check: data bundles (bytes):\n  ${'min'.padStart(8)} ${'gzip'.padStart(8)}  zod?  entry`);
  const sizes = [];
  for (const [name, source] of Object.entries(bundles)) {
    const result = await esbuild.build({
      stdin: { contents: source, resolveDir: app },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].contents;
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([path]) => path);
    const s = { name, min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs };
    s.zod = inputs.some(isZod);
    // The topic's English module (content/generated/programmes.js) is the topic itself; any other is not.
    s.others = inputs.filter((i) => /\/content\/(?:generated\/)?(?!programmes\.)[^/]+$/.test(i));
    console.log(`  ${String(s.min).padStart(8)} ${String(s.gzip).padStart(8)}  ${s.zod ? 'yes' : 'no '}   ${name}`);
    sizes.push(s);
  }
  const [oneTopic, rootOne, all, schema] = sizes;
  for (const s of [oneTopic, rootOne, all])
    expect(s.inputs.filter(isZod), `zod's modules in the bundle of "${s.name}"`).toEqual([]);
  expect(schema.zod, 'zod in the schema bundle (else the check for zod is not working)').toBe(true);
  expect(oneTopic.others, 'other topics in the one-topic bundle').toEqual([]);
  // The root entry's topics hold every language; importing one of them keeps that topic only.
  expect(rootOne.others, 'other topics in a one-topic import from the root entry').toEqual([]);
  step(`a one-topic data import is ${kib(oneTopic.min)} min / ${kib(oneTopic.gzip)} gzip, without zod or other topics`);

  // 7. Vite: a plain page, and React 18 with the wrappers.
  vite('build', '--mode', 'plain');
  const plainJs = readdirSync(join(app, 'out/plain/assets')).filter((f) => f.endsWith('.js'));
  const largest = plainJs
    .map((f) => ({ f, size: statSync(join(app, 'out/plain/assets', f)).size }))
    .sort((a, b) => b.size - a.size)[0];
  step(
    `vite build of a plain page: ${plainJs.length} JS files (lazy chunks), largest ${largest.f} ${kib(largest.size)}`,
  );
  vite('build', '--mode', 'react');
  step('vite build of a React 18 app with @vitejs/plugin-react and the @lit/react wrappers');

  // 8. Open both builds in Chromium, their files answered from disk by Playwright (no server);
  // its locators reach into the elements' shadow roots.
  browser = await launch();
  for (const name of ['plain', 'react']) {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.route('http://consumer.test/**', (route) => {
      const path = new URL(route.request().url()).pathname.replace(/\/$/, '/index.html');
      return route.fulfill({ path: join(app, 'out', name, path) }).catch(() => route.fulfill({ status: 404 }));
    });
    await page.goto('http://consumer.test/');
    const list = page.locator('eu-programme-list:not(#broken)').first();
    const heading = list.locator('[part~=heading]').first();
    await expect(heading, `${name}: <eu-programme-list> renders its heading`).toBeVisible();
    await expect(list.locator('[part~=item]'), `${name}: <eu-programme-list> renders items`).not.toHaveCount(0);
    if (name === 'react') {
      await expect(heading, 'react: headingLevel={3} applies').toHaveJSProperty('localName', 'h3');
      await expect(
        page.locator('eu-trade-summary [part~=heading]').first(),
        'react: <EuTradeSummary> renders',
      ).toBeVisible();
      // React renders the state the event handler set in a later task: the expectation waits for it.
      await expect(page.locator('#reason'), 'react: onEuDataError fires with reason "url"').toHaveText('url');
    }
    expect(
      errors.filter((e) => !/Failed to load resource/.test(e)),
      `${name}: errors in the page`,
    ).toEqual([]);
    step(`${name} build in Chromium: <eu-programme-list> "${await heading.textContent()}" rendered`);
  }
  step('OK');
} catch (error) {
  console.error(`consumer-check: FAILED\n${error.message}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  if (keep) console.log(`consumer-check: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
