// Host pages for Playwright: `host.open(body, options)` serves a page as a web team would write
// it (its own header, a button of its own, our script tags, response headers such as a CSP) with
// page-probe.js installed first, and `host.expectHealthy()` checks the page afterwards.
import { test as base, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { ELEMENTS, EMBED } from './elements.mjs';

export { expect };
export { ELEMENTS, EMBED };

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Every element with its default attributes, each in a sentence of the host's text. */
export const allElements = (extra = '') =>
  ELEMENTS.map((e) => `<p>In the host's text: <${e.tag} ${e.markup} ${extra}>…</${e.tag}> and on.</p>`).join('\n');

function hostPage({ doctype = true, lang = 'en', head = '', body, scripts }) {
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

const probe = fileURLToPath(new URL('./page-probe.js', import.meta.url));

/** The host-page API over one browser page; `mark()` starts a new check on the same page. */
async function createHost(page, scripts) {
  const messages = [];
  const errors = [];
  const since = { messages: 0, errors: 0 };
  page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript({ path: probe });
  const host = {
    page,
    /**
     * Serves `body` in a host page at `path` and opens it; waits until every element rendered.
     * `files` are more responses on the same origin (path → [body, content type]).
     */
    async open(body, { path = '/host/page.html', headers = {}, files = {}, ...shape } = {}) {
      const html = hostPage({ scripts, ...shape, body });
      await page.route(path, (route) =>
        route.fulfill({ body: html, contentType: 'text/html; charset=utf-8', headers }),
      );
      for (const [file, [content, contentType]] of Object.entries(files))
        await page.route(file, (route) => route.fulfill({ body: content, contentType }));
      await page.goto(path);
      await page.evaluate(() => window.__eu.ready());
    },
    /** What happened before no longer counts. */
    async mark() {
      since.messages = messages.length;
      since.errors = errors.length;
      await page.evaluate(() => (window.__probe.violations.length = 0));
    },
    warnings: () =>
      messages
        .slice(since.messages)
        .filter((m) => m.type === 'warning')
        .map((m) => m.text),
    probe: () => page.evaluate(() => ({ ...window.__probe })),
    inspectAll: () => page.evaluate(() => window.__eu.inspectAll()),
    /** No uncaught exception, no policy violation, no console error; the host page's own button still works. */
    async expectHealthy({ allowFailedLoads = false, allowViolation = () => false, allowConsole } = {}) {
      const state = await host.probe();
      expect(errors.slice(since.errors), 'uncaught exceptions and unhandled rejections').toEqual([]);
      expect(
        state.violations.filter((v) => !allowViolation(v)),
        'securitypolicyviolation events',
      ).toEqual([]);
      const consoleErrors = messages
        .slice(since.messages)
        .filter((m) => m.type === 'error')
        .map((m) => m.text)
        .filter((t) => !(allowFailedLoads && /^Failed to load resource|net::ERR_|Fetch API cannot load/.test(t)))
        .filter((t) => !allowConsole?.test(t));
      expect(consoleErrors, 'console errors').toEqual([]);
      const clicks = await page.evaluate(() => {
        const button = document.getElementById('host-button');
        if (!button) return 1;
        let n = 0;
        button.addEventListener('click', () => n++, { once: true });
        button.click();
        return n;
      });
      expect(clicks, 'the host page still works: its button takes a click').toBe(1);
    },
  };
  return host;
}

export const test = base.extend({
  /** The scripts a host page loads: set per project (embed bundle, per-element modules, autoloader). */
  scripts: [[`${EMBED}eu-belarus.js`], { option: true, scope: 'worker' }],

  /** A host page of its own for the test. */
  host: async ({ page, scripts }, use) => {
    await use(await createHost(page, scripts));
  },

  /**
   * One page per element (and key), under the strict CSP, kept for the worker's later tests on it
   * (each bad-input check starts from a mark, as on a page a visitor keeps open; a failure ends the
   * worker, so the next test gets a fresh page).
   */
  elementPages: [
    async ({ browser, scripts }, use) => {
      const pages = new Map();
      await use(async (element, key = element.tag) => {
        if (!pages.has(key)) {
          const context = await browser.newContext({ baseURL: `http://127.0.0.1:${process.env.EU_TEST_PORT}` });
          const host = await createHost(await context.newPage(), scripts);
          await host.open(`<div id="column"><p><${element.tag} id="el" ${element.markup}></${element.tag}></p></div>`, {
            headers: { 'Content-Security-Policy': STRICT_CSP },
          });
          const { topic, inline } = await host.page.evaluate(() => {
            const el = document.getElementById('el');
            const root = el.shadowRoot.querySelector('.root');
            return { topic: el.topic, inline: getComputedStyle(root).display.startsWith('inline') };
          });
          pages.set(key, { host, topic, inline, context });
        }
        return pages.get(key);
      });
      for (const { context } of pages.values()) await context.close();
    },
    { scope: 'worker' },
  ],

  /** `await elementHost(element)`: the element alone on a page (as #el), its topic, whether it is inline text. */
  elementHost: async ({ elementPages }, use, testInfo) => {
    await use(async (element) => {
      // A page per spec file and element: each spec leaves its element in its own state.
      const entry = await elementPages(element, `${testInfo.file} ${element.tag}`);
      await entry.host.mark();
      return entry;
    });
  },
});

/**
 * Runs each case as a named step of the calling test, one after another on the same page, as a
 * visitor keeps a page open: a failing case is reported with its name and the others still run;
 * the test then fails, listing every failed case. Each case may take 60 s.
 */
export async function eachCase(cases, nameOf, run) {
  test.setTimeout(cases.length * 60_000);
  const failed = [];
  for (const c of cases)
    await test.step(nameOf(c), () => run(c)).catch((e) => failed.push(`${nameOf(c)}\n${e.message}`));
  if (failed.length) throw new Error(`${failed.length} failed:\n\n${failed.join('\n\n')}`);
}
