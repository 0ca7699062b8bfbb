// Checks the package as a consumer gets it: `pnpm pack`, install the tarball into fresh projects
// outside the workspace, type-check under `moduleResolution: bundler` and `nodenext` (strict),
// run the nodenext output, bundle the root README's example with esbuild and with Vite and check
// it answers in Belarusian, and bundle a one-topic import with esbuild to measure it and make sure
// zod is not in it. Run with `pnpm check:consumer` after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { checkReadmeExample } from './consumer/readme-example.mjs';

const started = Date.now();
const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'eu-belarus-data-consumer-'));
const keep = process.env.KEEP_CONSUMER_CHECK === '1';
const step = (msg) => console.log(`consumer-check: ${msg}`);
const run = (cmd, args, cwd) => {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_loglevel: 'error' },
    });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}${e.stderr ?? ''}`, { cause: e });
  }
};
const write = (file, content) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
};

try {
  // 1. Pack exactly what would be published.
  run('pnpm', ['pack', '--pack-destination', work], pkgDir);
  const tarball = join(
    work,
    readdirSync(work).find((f) => f.endsWith('.tgz')),
  );
  const listing = run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean);
  for (const f of [
    'package/package.json',
    'package/README.md',
    'package/dist/index.js',
    'package/dist/index.d.ts',
    'package/dist/json/programmes.json',
    'package/dist/json-schema/programmes.schema.json',
  ])
    if (!listing.includes(f)) throw new Error(`the tarball lacks ${f}`);
  const stray = listing.filter(
    (f) =>
      !/^package\/(package\.json|README\.md|LICENSE[^/]*|dist\/.*|src\/.*\.ts)$/.test(f) || f.endsWith('.tsbuildinfo'),
  );
  if (stray.length) throw new Error(`the tarball holds files consumers do not need:\n  ${stray.join('\n  ')}`);
  step(`packed ${tarball.split('/').at(-1)}: ${listing.length} files`);

  // 2. One throwaway project, one npm install, two tsconfigs.
  const app = join(work, 'app');
  write(join(app, 'package.json'), { name: 'consumer', private: true, type: 'module' });
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball, 'typescript@5.9.3'], app);
  step(`installed the tarball and typescript@5.9.3 with npm in ${app}`);

  write(
    join(app, 'src/main.ts'),
    `import { contentVersion, datasets, programmes as fromRoot, sourcesOf, text, tradeBalance, type LocalizedText, type Programme } from '@eu-belarus/data';
import { programmes, programmesBy, type ProgrammeCategory } from '@eu-belarus/data/programmes';
import { TopicSchemas, validateTopic, Programme as ProgrammeSchema, type TopicData } from '@eu-belarus/data/schema';
import programmesJson from '@eu-belarus/data/json/programmes.json' with { type: 'json' };

const first: Programme = programmes[0]!;
const title: string = text(first.name, 'be').text;
const category: ProgrammeCategory = first.category;
const label: LocalizedText = first.summary;
const checked = validateTopic('programmes', TopicSchemas.programmes, programmesJson.data);
if (!checked.ok) throw new Error(checked.errors.join('\\n'));
const typed: TopicData<'programmes'> = checked.data;
const one = ProgrammeSchema.parse(programmesJson.data[0]);
const version: string = programmesJson.contentVersion;
const balance = tradeBalance(2016);
// @ts-expect-error an unknown category is a type error
programmesBy({ category: ['sport'] });
// @ts-expect-error a period is an object, not a string
const wrong: string = first.period;

console.log(JSON.stringify({
  programmes: programmes.length,
  rootHasEveryLanguage: fromRoot[0]!.summary.be !== undefined,
  subpathEnglishOnly: programmes[0]!.summary.be === undefined,
  firstTitleBe: title,
  category,
  summaryEn: label.en.slice(0, 40),
  crossBorder: programmesBy({ category: ['cross-border'] }).map((p) => p.id),
  jsonValid: typed.length,
  contentVersion: version === contentVersion,
  parsedOne: one.id,
  balance2016: balance && \`\${balance.balance.value} \${balance.balance.scale} (\${balance.origin})\`,
  source: sourcesOf(first)[0]!.publisher,
  topics: Object.keys(datasets).length,
  jsonSchema: import.meta.resolve('@eu-belarus/data/json-schema/programmes.schema.json').split('/node_modules/')[1],
}));
void wrong;
`,
  );
  const common = {
    strict: true,
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    resolveJsonModule: true,
    skipLibCheck: false,
    types: [],
  };
  write(join(app, 'tsconfig.bundler.json'), {
    compilerOptions: { ...common, module: 'esnext', moduleResolution: 'bundler', noEmit: true },
    include: ['src'],
  });
  write(join(app, 'tsconfig.nodenext.json'), {
    compilerOptions: { ...common, module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out', rootDir: 'src' },
    include: ['src'],
  });
  const tsc = join(app, 'node_modules/typescript/bin/tsc');
  for (const config of ['tsconfig.bundler.json', 'tsconfig.nodenext.json']) {
    run(process.execPath, [tsc, '-p', config], app);
    step(`tsc --strict -p ${config}: no errors`);
  }

  // 3. Run the nodenext output with Node.
  const output = JSON.parse(run(process.execPath, ['--no-warnings', 'out/main.js'], app));
  console.log(`consumer-check: node out/main.js → ${JSON.stringify(output)}`);
  const expect = (cond, what) => {
    if (!cond) throw new Error(`unexpected output of out/main.js: ${what}`);
  };
  expect(output.programmes === 8 && output.jsonValid === 8, 'programme counts');
  expect(output.contentVersion, 'the JSON file names the content version the package exports');
  expect(output.rootHasEveryLanguage && output.subpathEnglishOnly, 'root with every language, subpath English');
  expect(output.firstTitleBe === 'Erasmus+' && output.parsedOne === 'erasmus-plus', 'first programme');
  expect(output.balance2016 === '2 billion (stated)', 'trade balance 2016');
  expect(output.crossBorder.join() === 'poland-belarus-ukraine-cbc,latvia-lithuania-belarus-cbc', 'programmesBy');
  expect(output.jsonSchema === '@eu-belarus/data/dist/json-schema/programmes.schema.json', 'json-schema export');
  expect(output.topics === 9, 'every topic, quotes and restrictive measures included');

  // 4. The root README's example, bundled as an app would (esbuild, Vite), answers in Belarusian.
  await checkReadmeExample(app, join(pkgDir, '../../README.md'), step);

  // 5. Bundle what a data reader ships.
  const bundles = {
    "one topic: import { programmes } from '@eu-belarus/data/programmes'": `import { programmes } from '@eu-belarus/data/programmes';\nconsole.log(programmes);`,
    "root, one topic: import { programmes } from '@eu-belarus/data'": `import { programmes } from '@eu-belarus/data';\nconsole.log(programmes);`,
    "all data: import { datasets } from '@eu-belarus/data'": `import { datasets } from '@eu-belarus/data';\nconsole.log(datasets);`,
    "validation: import { TopicSchemas } from '@eu-belarus/data/schema'": `import { TopicSchemas } from '@eu-belarus/data/schema';\nconsole.log(TopicSchemas);`,
  };
  console.log('consumer-check: esbuild --bundle --minify --format=esm --platform=browser (bytes):');
  console.log(`  ${'min'.padStart(8)} ${'gzip'.padStart(8)}  zod?  entry`);
  const sizes = [];
  for (const [name, source] of Object.entries(bundles)) {
    const entry = join(app, `entry-${sizes.length}.js`);
    writeFileSync(entry, source);
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].contents;
    // The modules that put code into the bundle (esbuild also lists modules it parsed and dropped).
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([path]) => path);
    const zod = inputs.some((i) => /node_modules\/zod\//.test(i));
    sizes.push({ name, min: code.length, gzip: gzipSync(code, { level: 9 }).length, zod, inputs });
    const s = sizes.at(-1);
    console.log(`  ${String(s.min).padStart(8)} ${String(s.gzip).padStart(8)}  ${zod ? 'yes' : 'no '}   ${name}`);
  }
  const [oneTopic, rootOne, all, schema] = sizes;
  for (const s of [oneTopic, rootOne, all])
    if (s.zod) throw new Error(`zod is in the bundle of "${s.name}":\n  ${s.inputs.join('\n  ')}`);
  if (!schema.zod) throw new Error('expected zod in the schema bundle (the check for zod is not working)');
  // The topic's English module (content/generated/programmes.js) is the topic itself; any other is not.
  const others = oneTopic.inputs.filter((i) => /\/content\/(?:generated\/)?(?!programmes\.)[^/]+$/.test(i));
  if (others.length) throw new Error(`the one-topic bundle pulls in other topics: ${others.join(', ')}`);
  // The root entry's topics hold every language; importing one of them keeps that topic only.
  const rootOthers = rootOne.inputs.filter((i) => /\/content\/(?:generated\/)?(?!programmes\.)[^/]+$/.test(i));
  if (rootOthers.length)
    throw new Error(`the root entry does not tree-shake down to one topic: ${rootOthers.join(', ')}`);

  step(
    `OK in ${((Date.now() - started) / 1000).toFixed(1)} s — ${pkg.name}@${pkg.version} type-checks under bundler and nodenext, runs in Node, and a one-topic import is ${(oneTopic.min / 1024).toFixed(1)} KiB min / ${(oneTopic.gzip / 1024).toFixed(1)} KiB gzip without zod`,
  );
} catch (error) {
  console.error(`consumer-check: FAILED\n${error.message}`);
  process.exitCode = 1;
} finally {
  if (keep) step(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
