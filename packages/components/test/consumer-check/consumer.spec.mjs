// @eu-belarus/data and @eu-belarus/components as a consumer gets them: packed, installed with npm
// into test/consumer/ (setup.mjs), then type-checked, run, bundled and opened in Chromium.
import { expect, test } from '@playwright/test';
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { run } from './setup.mjs';

// Set by setup.mjs before the tests run (empty while Playwright only lists them).
const work = process.env.EU_CONSUMER_WORK ?? '';
const app = join(work, 'app');
const repo = fileURLToPath(new URL('../../../..', import.meta.url));
const node = (...args) => run(process.execPath, args, app);
const vite = (...args) => node(join(app, 'node_modules/vite/bin/vite.js'), ...args);
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

// (publint, in check:package, checks that every file package.json's exports name is in the pack.)
for (const [name, { required, stray }] of Object.entries(PACKAGES))
  test(`the ${name} tarball holds what consumers need, and no tests, stories or build state`, () => {
    const dir = join(work, `pack-${name}`);
    const tarball = join(
      dir,
      readdirSync(dir).find((f) => f.endsWith('.tgz')),
    );
    const listing = run('tar', ['-tzf', tarball], work)
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));
    expect(
      required.filter((f) => !listing.includes(f)),
      `files the ${name} tarball lacks`,
    ).toEqual([]);
    expect(listing.filter(stray), `files in the ${name} tarball that consumers do not need`).toEqual([]);
    console.log(`${name}: ${kib(statSync(tarball).size)}, ${listing.length} files`);
  });

// Strict, skipLibCheck false: data, elements, JSX and React wrappers; each `@ts-expect-error` there proves a type is real.
for (const config of ['tsconfig.json', 'tsconfig.nodenext.json'])
  test(`tsc --strict -p ${config} type-checks the consumer's src/`, () => {
    node(join(app, 'node_modules/typescript/bin/tsc'), '-p', config);
  });

test('src/data.ts, compiled under nodenext, runs in Node and finds the published data', () => {
  console.log(node('--no-warnings', 'out/node/data.js').trim());
});

// Languages must not depend on which imports a bundler keeps: the data package says sideEffects false.
test("the root README's data example, bundled with esbuild and with Vite, answers in Belarusian", async () => {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8').split(/^## Using the data package$/m)[1] ?? '';
  const example = readme.match(/```ts\n([\s\S]*?)```/)?.[1];
  expect(example, 'the root README\'s ```ts example under "## Using the data package"').toBeTruthy();
  mkdirSync(join(app, 'readme'), { recursive: true });
  const entry = join(app, 'readme/example.ts');
  writeFileSync(
    entry,
    `${example}\nconsole.log(JSON.stringify({ summary, locale, fallback, english: education[0]!.summary.en }));\n`,
  );
  const esbuilt = join(app, 'out/readme-esbuild.js');
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: esbuilt,
    logLevel: 'silent',
  });
  vite('build', '--mode', 'readme');
  for (const [bundler, file] of [
    ['esbuild', esbuilt],
    ['Vite', 'out/readme-vite/example.js'],
  ]) {
    const printed = JSON.parse(node(file));
    const says = `the README example bundled with ${bundler} answers in Belarusian (its locale, be letters)`;
    expect(printed, says).toMatchObject({ locale: 'be', fallback: false, summary: expect.stringMatching(/[іў]/) });
    expect(printed.summary, `${says}, not in English`).not.toBe(printed.english);
  }
});

test('a data reader ships one topic without the others, and never zod', async () => {
  const bundles = {
    oneTopic: `import { programmes } from '@eu-belarus/data/programmes';\nconsole.log(programmes);`,
    rootOneTopic: `import { programmes } from '@eu-belarus/data';\nconsole.log(programmes);`,
    allData: `import { datasets } from '@eu-belarus/data';\nconsole.log(datasets);`,
    schema: `import { TopicSchemas } from '@eu-belarus/data/schema';\nconsole.log(TopicSchemas);`,
  };
  const inputs = {};
  for (const [name, contents] of Object.entries(bundles)) {
    const result = await esbuild.build({
      stdin: { contents, resolveDir: app },
      ...{ bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true },
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].contents;
    // esbuild also lists modules it parsed and dropped: only those that put code in the bundle count.
    inputs[name] = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([path]) => path);
    console.log(`${name}: ${kib(code.length)} min, ${kib(gzipSync(code, { level: 9 }).length)} gzip`);
  }
  for (const name of ['oneTopic', 'rootOneTopic', 'allData'])
    expect(inputs[name].filter(isZod), `zod's modules in the bundle of ${bundles[name]}`).toEqual([]);
  expect(inputs.schema.some(isZod), 'zod in the schema bundle (else the check for zod is not working)').toBe(true);
  // The topic's English module (content/generated/programmes.js) is the topic itself; any other is not.
  const others = (name) => inputs[name].filter((i) => /\/content\/(?:generated\/)?(?!programmes\.)[^/]+$/.test(i));
  expect(others('oneTopic'), 'other topics in the one-topic bundle').toEqual([]);
  expect(others('rootOneTopic'), 'other topics in a one-topic import from the root entry').toEqual([]);
});

// Its Vite builds, opened in Chromium with their files answered from disk (no server).
for (const name of ['plain', 'react'])
  test(`the Vite build of ${name === 'react' ? 'a React 18 app with the @lit/react wrappers' : 'a plain page'} renders the elements`, async ({
    page,
  }) => {
    vite('build', '--mode', name);
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on(
      'console',
      (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()),
    );
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
    expect(errors, `${name}: errors in the page`).toEqual([]);
  });
