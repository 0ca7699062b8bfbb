// Checks @eu-belarus/components as a consumer gets it: `pnpm pack` it and @eu-belarus/data, install
// both tarballs with npm into one throwaway project in os.tmpdir() (one install serves every
// check), then:
//   1. TypeScript, strict, under moduleResolution bundler and nodenext: element imports, typed
//      tags (HTMLElementTagNameMap), typed `eu-data-error` listeners, `@ts-expect-error` proving
//      the types are real; JSX (React 19 style) typings and the React wrappers' typed props.
//   2. Vite: a plain page importing '@eu-belarus/components/programme-list.js', built and opened
//      in headless Chromium; the element's shadow content must render.
//   3. React 18 with the @lit/react wrappers (Vite + @vitejs/plugin-react): built, opened in
//      Chromium; the wrappers render and `onEuDataError` fires with a typed detail.
// Run after `pnpm build`: `pnpm check:consumer` (KEEP_CONSUMER_CHECK=1 keeps the folder).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, watchErrors } from './lib/chromium.mjs';
import { serve } from './lib/server.mjs';

const started = Date.now();
const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const dataDir = join(pkgDir, '../data');
const work = mkdtempSync(join(tmpdir(), 'eu-belarus-components-consumer-'));
const keep = process.env.KEEP_CONSUMER_CHECK === '1';
const step = (msg) => console.log(`consumer-check: ${msg} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const run = (cmd, args, cwd) => {
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
const write = (file, content) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
};
const sizeOf = (path) =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0) : statSync(path).size;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

let browser;
try {
  // 1. Pack both packages exactly as they would be published.
  const tarballs = {};
  for (const [name, dir] of [
    ['data', dataDir],
    ['components', pkgDir],
  ]) {
    const out = join(work, `pack-${name}`);
    run('pnpm', ['pack', '--pack-destination', out], dir);
    tarballs[name] = join(
      out,
      readdirSync(out).find((f) => f.endsWith('.tgz')),
    );
  }
  const listing = run('tar', ['-tzf', tarballs.components], work).split('\n').filter(Boolean);
  const stray = listing.filter((f) => /\.test\.|\.stories\.|\/test\/|tsbuildinfo|\/node_modules\//.test(f));
  if (stray.length)
    throw new Error(`the components tarball holds tests, stories or build state:\n  ${stray.join('\n  ')}`);
  for (const f of [
    'custom-elements.json',
    'vscode.html-custom-data.json',
    'vscode.css-custom-data.json',
    'LICENSE',
    'README.md',
    'dist/index.js',
    'dist/react/index.js',
    'dist/embed/eu-belarus.js',
    'dist/embed/eu-autoloader.js',
    'dist/frameworks/jsx.d.ts',
  ])
    if (!listing.includes(`package/${f}`)) throw new Error(`the components tarball lacks ${f}`);
  step(
    `packed ${Object.values(tarballs)
      .map((t) => `${t.split('/').at(-1)} (${kib(statSync(t).size)})`)
      .join(', ')}; components: ${listing.length} files`,
  );

  // 2. One project, one npm install.
  const app = join(work, 'app');
  write(join(app, 'package.json'), { name: 'consumer', private: true, type: 'module' });
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      tarballs.data,
      tarballs.components,
      'typescript@5.9.3',
      'vite@~8.3.0',
      '@vitejs/plugin-react@^6',
      'react@18',
      'react-dom@18',
      '@types/react@18',
      '@types/react-dom@18',
    ],
    app,
  );
  const installed = join(app, 'node_modules/@eu-belarus/components');
  step(
    `npm installed both tarballs, typescript, vite, React 18 in ${app}; @eu-belarus/components on disk: ${kib(sizeOf(installed))}`,
  );

  // 3. TypeScript, strict, bundler and nodenext.
  write(
    join(app, 'src/elements.ts'),
    `import '@eu-belarus/components/programme-list.js';
import { EuTradeSummary } from '@eu-belarus/components/trade-summary.js';
import { EuElement, type EuDataErrorDetail, type EuProgrammeSelectDetail } from '@eu-belarus/components';

export function setUp(): string[] {
  const list = document.createElement('eu-programme-list'); // HTMLElementTagNameMap: EuProgrammeList
  list.category = 'education';
  list.showFilter = true;
  list.addEventListener('eu-data-error', (event) => {
    const reason: EuDataErrorDetail['reason'] = event.detail.reason;
    const issues: { path: string; message: string }[] | undefined = event.detail.issues;
    console.log(reason, issues);
  });
  list.addEventListener('eu-programme-select', (event) => {
    const detail: EuProgrammeSelectDetail = event.detail;
    console.log(detail.programme.id);
  });
  // @ts-expect-error the reason is a union of strings, not a number
  list.addEventListener('eu-data-error', (event) => { const wrong: number = event.detail.reason; console.log(wrong); });
  // @ts-expect-error no such property on <eu-programme-list>
  list.noSuchProperty = true;
  const trade: EuTradeSummary | null = document.querySelector('eu-trade-summary');
  const base: EuElement<'trade'> | null = trade;
  return [list.localName, String(base)];
}
`,
  );
  write(
    join(app, 'src/jsx-types.tsx'),
    `import type { CustomElements } from '@eu-belarus/components/jsx';
import { EuProgrammeList } from '@eu-belarus/components/react';
import { EuTradeSummary } from '@eu-belarus/components/react/trade-summary.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

// React 19 style: the tag itself, typed.
export const tag = <eu-programme-list category="education" show-filter oneu-data-error={(e) => console.log(e.detail.reason)} />;
// @ts-expect-error heading-level takes a string or number, not an object
export const badTag = <eu-programme-list heading-level={{}} />;
// React 18 wrapper: typed properties and events.
export const wrapper = <EuProgrammeList category="education" onEuDataError={(e) => console.log(e.detail.reason satisfies string)} />;
// One wrapper from its own entry.
export const trade = <EuTradeSummary compact theme="dark" />;
// @ts-expect-error the wrapper's event detail is typed
export const badWrapper = <EuProgrammeList onEuDataError={(e) => console.log(e.detail.nope)} />;
`,
  );
  const common = {
    strict: true,
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    skipLibCheck: false,
    jsx: 'react-jsx',
    noEmit: true,
    types: [],
  };
  write(join(app, 'tsconfig.bundler.json'), {
    compilerOptions: { ...common, module: 'esnext', moduleResolution: 'bundler' },
    include: ['src'],
  });
  write(join(app, 'tsconfig.nodenext.json'), {
    compilerOptions: { ...common, module: 'nodenext', moduleResolution: 'nodenext' },
    include: ['src'],
  });
  const tsc = join(app, 'node_modules/typescript/bin/tsc');
  for (const config of ['tsconfig.bundler.json', 'tsconfig.nodenext.json']) {
    run(process.execPath, [tsc, '-p', config], app);
    step(`tsc --strict (skipLibCheck false) -p ${config}: no errors; every @ts-expect-error was needed`);
  }

  // 4. Vite: a plain page.
  write(
    join(app, 'plain/index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title><script type="module" src="./main.ts"></script></head><body><eu-programme-list category="education"></eu-programme-list></body></html>`,
  );
  write(join(app, 'plain/main.ts'), `import '@eu-belarus/components/programme-list.js';\n`);
  run(
    process.execPath,
    [
      join(app, 'node_modules/vite/bin/vite.js'),
      'build',
      'plain',
      '--outDir',
      '../out/plain',
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    app,
  );
  const plainJs = readdirSync(join(app, 'out/plain/assets')).filter((f) => f.endsWith('.js'));
  const largest = plainJs
    .map((f) => ({ f, size: statSync(join(app, 'out/plain/assets', f)).size }))
    .sort((a, b) => b.size - a.size)[0];
  step(
    `vite build of a plain page: ${plainJs.length} JS files (lazy locale and content chunks), largest ${largest.f} ${kib(largest.size)}`,
  );

  // 5. React 18 with the wrappers.
  write(
    join(app, 'react/index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React</title><script type="module" src="./main.tsx"></script></head><body><div id="root"></div></body></html>`,
  );
  write(
    join(app, 'react/main.tsx'),
    `import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { EuProgrammeList, EuTradeSummary } from '@eu-belarus/components/react';

function App() {
  const [reason, setReason] = useState('none');
  return (
    <StrictMode>
      <EuProgrammeList category="education" showFilter headingLevel={3} />
      <EuTradeSummary compact />
      <EuProgrammeList id="broken" src="ftp://example.invalid/data.json" onEuDataError={(e) => setReason(e.detail.reason)} />
      <p id="reason">{reason}</p>
    </StrictMode>
  );
}
createRoot(document.getElementById('root')!).render(<App />);
`,
  );
  write(
    join(app, 'vite.react.config.mjs'),
    `import react from '@vitejs/plugin-react';\nexport default { root: 'react', plugins: [react()], logLevel: 'error', build: { outDir: '../out/react', emptyOutDir: true } };\n`,
  );
  run(
    process.execPath,
    [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.react.config.mjs'],
    app,
  );
  run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json', '--noEmit'], app);
  step('vite build of a React 18 app with @vitejs/plugin-react and the @lit/react wrappers');

  // 6. Open both builds in Chromium.
  browser = await launch();
  for (const name of ['plain', 'react']) {
    const server = await serve({ rootDir: join(app, 'out', name) });
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.origin}/`);
    const result = await page.evaluate(async () => {
      const shown = [];
      for (const el of document.querySelectorAll('eu-programme-list, eu-trade-summary')) {
        await customElements.whenDefined(el.localName);
        await el.updateComplete;
        const heading = el.shadowRoot?.querySelector('[part~=heading]');
        shown.push({
          tag: el.localName,
          id: el.id,
          heading: heading?.textContent.trim(),
          level: heading?.localName,
          items: el.shadowRoot?.querySelectorAll('[part~=item]').length ?? 0,
        });
      }
      return { shown, reason: document.querySelector('#reason')?.textContent };
    });
    if (name === 'react') {
      // React renders the state the event handler set in a later task: wait for it (bounded).
      await page
        .waitForFunction(() => document.querySelector('#reason')?.textContent !== 'none', null, { timeout: 5000 })
        .catch(() => {});
      result.reason = await page.evaluate(() => document.querySelector('#reason')?.textContent);
    }
    await server.close();
    const lists = result.shown.filter((s) => s.tag === 'eu-programme-list' && s.id !== 'broken');
    if (!lists.length || lists.some((s) => !s.heading || !s.items))
      throw new Error(`${name}: the elements did not render: ${JSON.stringify(result)}`);
    if (name === 'react') {
      if (lists[0].level !== 'h3')
        throw new Error(`react: headingLevel={3} was not applied: ${JSON.stringify(result)}`);
      if (!result.shown.some((s) => s.tag === 'eu-trade-summary' && s.heading))
        throw new Error(`react: <EuTradeSummary> did not render: ${JSON.stringify(result)}`);
      if (result.reason !== 'url')
        throw new Error(`react: onEuDataError did not fire with reason "url": ${JSON.stringify(result)}`);
    }
    const relevant = errors.filter((e) => !/Failed to load resource/.test(e));
    if (relevant.length) throw new Error(`${name}: errors in the page:\n  ${relevant.join('\n  ')}`);
    step(
      `${name} build in Chromium: ${result.shown.map((s) => `<${s.tag}${s.id ? `#${s.id}` : ''}> "${s.heading}" (${s.items} items)`).join('; ')}${name === 'react' ? `; onEuDataError → ${result.reason}` : ''}`,
    );
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
