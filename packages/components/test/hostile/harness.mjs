// A small test harness for the hostile-page suite: named cases in categories, a pool that runs a
// few at once, browser pages with the probe installed, and assertions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

export { assert };

const probeScript = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');

/** The elements and their attributes (common ones are added by `attributesOf`). */
export const ELEMENTS = [
  {
    tag: 'eu-programme-list',
    topic: 'programmes',
    markup: 'show-filter',
    own: ['category', 'scope', 'limit', 'layout', 'show-filter', 'sort'],
  },
  {
    tag: 'eu-trade-summary',
    topic: 'trade',
    markup: 'view="table" show-services show-investment',
    own: ['year', 'from', 'to', 'view', 'show-services', 'show-investment'],
  },
  { tag: 'eu-dialogue-list', topic: 'dialogues', markup: '', own: ['status', 'kind'] },
  { tag: 'eu-relations-timeline', topic: 'timeline', markup: '', own: ['from', 'to', 'category', 'order'] },
  { tag: 'eu-assistance-summary', topic: 'assistance', markup: '', own: ['sections'] },
  { tag: 'eu-relations-overview', topic: 'overview', markup: '', own: ['sections'] },
  { tag: 'eu-fact', topic: 'trade', markup: 'name="trade.goods.2017.euExports"', own: ['name'], inline: true },
];
export const COMMON_ATTRIBUTES = ['src', 'theme', 'heading-level', 'compact', 'link-target', 'lang'];
export const attributesOf = (element) => [...COMMON_ATTRIBUTES, ...element.own];

/** Every element with its default attributes, in a host page's markup. */
export const allElements = (extra = '') =>
  ELEMENTS.map((e) =>
    e.inline
      ? `<p>EU exports: <${e.tag} ${e.markup} ${extra}>…</${e.tag}> in 2017.</p>`
      : `<${e.tag} ${e.markup} ${extra}></${e.tag}>`,
  ).join('\n');

/** A host page as a web team would write it. */
export function hostPage({ doctype = true, lang = 'en', head = '', body, scripts = ['/embed/eu-belarus.js'] }) {
  return `${doctype ? '<!doctype html>\n' : ''}<html${lang ? ` lang="${lang}"` : ''}>
<head><meta charset="utf-8"><title>Host page</title>
${head}
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
</head>
<body>
<header><h1>A host site</h1><button id="host-button" type="button">Host button</button></header>
<main>
${body}
</main>
</body>
</html>`;
}

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const cases = [];
/** Registers a case. `fn` gets the context of the run. A `group` runs `check`s, one case each, on one page. */
export function test(category, name, fn, { timeout = 120_000, group = false } = {}) {
  cases.push({ category, name, fn, timeout, group });
}

const checks = [];
/** One case inside a group: reported and counted on its own. */
export async function check(category, name, fn) {
  const t0 = Date.now();
  let error;
  try {
    await fn();
  } catch (e) {
    error = e;
  }
  report({ category, name, error, ms: Date.now() - t0 });
  checks.push({ category, name, error, ms: Date.now() - t0 });
}

function report({ category, name, error, ms }) {
  console.log(`${error ? '✗' : '✓'} [${category}] ${name} (${ms} ms)`);
  if (error)
    console.log(
      `    ${String(error.stack ?? error)
        .split('\n')
        .slice(0, 6)
        .join('\n    ')}`,
    );
}

/** Opens a page in a fresh browser context with the probe installed; collects console and errors. */
export async function openPage(browser, url, { waitReady = true } = {}) {
  const context = await browser.newContext();
  await context.addInitScript({ content: probeScript });
  const page = await context.newPage();
  const consoleMessages = [];
  const pageErrors = [];
  page.on('console', (m) => consoleMessages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  if (waitReady) await page.evaluate(() => window.__eu.ready());
  const opened = {
    page,
    context,
    consoleMessages,
    pageErrors,
    since: { console: 0, errors: 0 },
    /** Starts a new check on the same page: what came before no longer counts. */
    async mark() {
      opened.since = { console: consoleMessages.length, errors: pageErrors.length };
      await page.evaluate(() => {
        window.__probe.errors.length = 0;
        window.__probe.violations.length = 0;
      });
    },
    warnings: () => consoleMessages.filter((m) => m.type === 'warning').map((m) => m.text),
    probe: () => page.evaluate(() => ({ ...window.__probe })),
    close: () => context.close(),
  };
  return opened;
}

/** Console errors, less the browser's own note about a failed request (expected in bad-`src` cases). */
export const consoleErrors = (opened, { allowFailedLoads = false } = {}) =>
  opened.consoleMessages
    .slice(opened.since.console)
    .filter((m) => m.type === 'error')
    .map((m) => m.text)
    .filter((t) => !(allowFailedLoads && /^Failed to load resource|net::ERR_|Fetch API cannot load/.test(t)));

/** No uncaught exception, no policy violation, no console error; the host page's own button still works. */
export async function assertHealthy(
  opened,
  { allowFailedLoads = false, allowViolation = () => false, allowConsole } = {},
) {
  const probe = await opened.probe();
  assert.deepEqual(opened.pageErrors.slice(opened.since.errors), [], 'uncaught exceptions');
  assert.deepEqual(probe.errors, [], 'window error events');
  assert.deepEqual(
    probe.violations.filter((v) => !allowViolation(v)),
    [],
    `securitypolicyviolation events: ${JSON.stringify(probe.violations.slice(0, 3))}`,
  );
  const errors = consoleErrors(opened, { allowFailedLoads }).filter((t) => !allowConsole?.test(t));
  assert.deepEqual(errors, [], `console errors: ${JSON.stringify(errors.slice(0, 3))}`);
  const clicks = await opened.page.evaluate(() => {
    const button = document.getElementById('host-button');
    if (!button) return 1;
    let n = 0;
    button.addEventListener('click', () => n++, { once: true });
    button.click();
    return n;
  });
  assert.equal(clicks, 1, 'the host page still works');
}

/** Runs every registered case, a few at a time, and prints a report. Returns the failures. */
export async function runAll(context, { concurrency = 3, filter } = {}) {
  const selected = cases.filter((c) => !filter || `${c.category} ${c.name}`.includes(filter));
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < selected.length) {
      const c = selected[next++];
      const t0 = Date.now();
      let error;
      try {
        await Promise.race([
          c.fn(context),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error(`timed out after ${c.timeout} ms`)), c.timeout).unref(),
          ),
        ]);
      } catch (e) {
        error = e;
      }
      const ms = Date.now() - t0;
      // A group counts through its checks, and as a case of its own only when it fails outside them.
      if (!c.group || error) {
        results.push({ ...c, error, ms });
        report({ ...c, error, ms });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return [...results, ...checks];
}
