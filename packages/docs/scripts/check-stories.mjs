// The story check (CI): builds Storybook static, serves it on 127.0.0.1, opens every story of
// index.json in headless Chromium (the system's, never a downloaded one) and fails on a render
// error, a page error or a console error, or any axe violation in #storybook-root. Each story
// runs in light and dark theme and in en, de and be (see COMBOS); each docs page is opened once.
//
//   node scripts/check-stories.mjs            build, then check
//   node scripts/check-stories.mjs --no-build reuse storybook-static/
//   STORY_FILTER=programme node scripts/check-stories.mjs   only stories whose id matches
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../../components/scripts/lib/chromium.mjs';
import { serve } from '../../components/scripts/lib/server.mjs';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(docs, '..', '..');
const out = join(docs, 'storybook-static');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Each story in both themes and in three locales, in three renders: light in English, dark in
// German, light in Belarusian (keeps the check within about 4 minutes on 2 cores).
const COMBOS = [
  { theme: 'light', locale: 'en' },
  { theme: 'dark', locale: 'de' },
  { theme: 'light', locale: 'be' },
];
const PARALLEL = Number(process.env.STORY_CHECK_PARALLEL ?? 2);
const SETTLE_MS = 1500;

const t0 = Date.now();
const seconds = (from) => ((Date.now() - from) / 1000).toFixed(1);

if (!process.argv.includes('--no-build')) {
  const pnpm =
    process.env.npm_execpath && process.env.npm_execpath.includes('pnpm') ? process.env.npm_execpath : 'pnpm';
  const run = (args, cwd) =>
    execFileSync(
      pnpm.endsWith('.cjs') || pnpm.endsWith('.js') ? process.execPath : pnpm,
      pnpm.endsWith('.cjs') || pnpm.endsWith('.js') ? [pnpm, ...args] : args,
      {
        cwd,
        stdio: 'inherit',
        env: { ...process.env, npm_config_loglevel: 'error' },
      },
    );
  // Storybook needs the data package's dist, the manifest and the embed bundle (for the demo).
  const ready =
    existsSync(join(root, 'packages/data/dist/index.js')) &&
    existsSync(join(root, 'packages/components/dist/embed/eu-belarus.js'));
  if (ready) run(['--filter', '@eu-belarus/components', 'run', 'analyze'], root);
  else run(['-r', '--filter', './packages/data', '--filter', './packages/components', 'build'], root);
  const tb = Date.now();
  run(['run', 'build'], docs);
  console.log(`Storybook built in ${seconds(tb)} s`);
}

const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
const filter = process.env.STORY_FILTER;
const entries = Object.values(index.entries).filter((e) => !filter || e.id.includes(filter));
const stories = entries.filter((e) => e.type === 'story');
const docsPages = entries.filter((e) => e.type === 'docs');

const server = await serve({ rootDir: out });
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });

/** Collects console errors and page errors on `page` while `work` runs. */
async function watching(page, expectLoadError, work) {
  const problems = [];
  const onConsole = (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // The error stories point `src` at ./data/missing-<topic>.json (support/element-story.ts):
    // the browser's own console line about that 404 is expected, nothing else is.
    const missing = /\/data\/missing-[\w-]+\.json$/.test(message.location()?.url ?? '');
    if ((expectLoadError || missing) && /Failed to load resource: the server responded with a status of 404/.test(text))
      return;
    problems.push(`console error: ${text}`);
  };
  const onPageError = (error) => problems.push(`page error: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    await work(problems);
  } catch (error) {
    problems.push(`failed: ${error.message.split('\n')[0]}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return problems;
}

/** Lets every element finish (data, locale strings); a loading story never does, so the wait is capped. */
const settle = (page) =>
  page.evaluate(async (ms) => {
    const all = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('eu-'));
    await Promise.race([Promise.all(all.map((e) => e.updateComplete)), new Promise((r) => setTimeout(r, ms))]);
    await new Promise((r) => requestAnimationFrame(() => r()));
  }, SETTLE_MS);

async function runAxe(page, selector) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (selector) => {
    const result = await window.axe.run(selector, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  }, selector);
}

/**
 * Asks the loaded Storybook preview to show another story or other globals (no page reload:
 * much faster than loading iframe.html per story) and waits until it has rendered.
 */
const STORYBOOK_EVENT = (page, action, payload) =>
  page.evaluate(
    ({ action, payload }) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const handlers = {
          storyRendered: () => finish(''),
          storyErrored: (e) => finish(`render error: ${e?.title ?? ''} ${e?.description ?? ''}`),
          storyThrewException: (e) => finish(`render exception: ${e?.message ?? e}`),
          storyMissing: () => finish('story missing'),
        };
        const timer = setTimeout(() => finish('no storyRendered event within 20 s'), 20_000);
        const finish = (result) => {
          clearTimeout(timer);
          for (const [name, handler] of Object.entries(handlers)) channel.off(name, handler);
          resolve(result);
        };
        for (const [name, handler] of Object.entries(handlers)) channel.on(name, handler);
        if (action === 'story') channel.emit('setCurrentStory', { storyId: payload, viewMode: 'story' });
        else channel.emit('updateGlobals', { globals: payload });
      }),
    { action, payload },
  );

const jobs = COMBOS.flatMap((globals) => stories.map((story) => ({ story, globals })));
const failures = [];
let storyLoads = 0;

/** A worker: one page, one full load, then story after story through the preview's channel. */
async function worker(share) {
  if (!share.length) return;
  const page = await context.newPage();
  const first = share[0];
  const g = first.globals;
  await page.goto(
    `${server.origin}/iframe.html?id=${first.story.id}&viewMode=story&globals=theme:${g.theme};locale:${g.locale};a11y.manual:!true`,
  );
  await page.waitForFunction(
    () => window.__STORYBOOK_ADDONS_CHANNEL__ && document.body.classList.contains('sb-show-main'),
    null,
    {
      timeout: 60_000,
    },
  );
  let current = { id: first.story.id, ...g };
  for (const { story, globals } of share) {
    const started = Date.now();
    const label = `${story.id} [${globals.theme}, ${globals.locale}]`;
    const problems = await watching(page, story.tags?.includes('expect-load-error'), async (problems) => {
      if (globals.theme !== current.theme || globals.locale !== current.locale) {
        const failed = await STORYBOOK_EVENT(page, 'globals', globals);
        if (failed) problems.push(`${failed} (changing globals)`);
      }
      if (story.id !== current.id) {
        const failed = await STORYBOOK_EVENT(page, 'story', story.id);
        if (failed) problems.push(failed);
      }
      current = { id: story.id, ...globals };
      await settle(page);
      // axe passes on an empty root: make sure the story shows an element that rendered.
      const rendered = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')].some(
          (e) => e.localName.startsWith('eu-') && (e.shadowRoot?.textContent ?? '').trim().length > 0,
        ),
      );
      if (!rendered) problems.push('no rendered eu- element in #storybook-root');
      if (!problems.length) problems.push(...(await runAxe(page, '#storybook-root')));
    });
    storyLoads++;
    if (problems.length) failures.push({ label, problems });
    if (process.env.STORY_CHECK_VERBOSE) console.log(`${problems.length ? '✗' : '✓'} ${label} ${seconds(started)} s`);
  }
  await page.close();
}

/** Docs pages (guides and each element's page): load each, no errors. */
async function docsWorker(pages) {
  const page = await context.newPage();
  for (const entry of pages) {
    const problems = await watching(page, true, async (problems) => {
      await page.goto(`${server.origin}/iframe.html?id=${entry.id}&viewMode=docs&globals=a11y.manual:!true`);
      await page.waitForFunction(
        () => document.querySelector('.sbdocs') || document.body.classList.contains('sb-show-errordisplay'),
        null,
        {
          timeout: 60_000,
        },
      );
      if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay')))
        problems.push('render error on the docs page');
      await settle(page);
    });
    if (problems.length) failures.push({ label: `${entry.id} [docs]`, problems });
    if (process.env.STORY_CHECK_VERBOSE) console.log(`${problems.length ? '✗' : '✓'} ${entry.id} [docs]`);
  }
  await page.close();
}

// Split the story jobs in contiguous halves (few globals changes), docs pages after.
const size = Math.ceil(jobs.length / PARALLEL);
await Promise.all(Array.from({ length: PARALLEL }, (_, i) => worker(jobs.slice(i * size, (i + 1) * size))));
await docsWorker(docsPages);
await browser.close();
await server.close();

for (const { label, problems } of failures) {
  console.error(`✗ ${label}`);
  for (const problem of problems) console.error(`    ${problem}`);
}
const summary = `${stories.length} stories × ${COMBOS.length} theme/locale combinations (${storyLoads} renders, each with axe) and ${docsPages.length} docs pages checked in ${seconds(t0)} s`;
if (failures.length) {
  console.error(`Story check failed: ${failures.length} renders or pages had problems. ${summary}`);
  process.exit(1);
}
console.log(`Story check passed: ${summary}; no render, page or console errors, no axe violations.`);
