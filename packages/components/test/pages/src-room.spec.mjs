// While an element's data loads from `src`, it keeps the room and place its content will take: the
// same data as the bundled copy it lays out unseen under the loading message renders to the same
// height, in the same place, so the host's text after it and the element's own boxes do not move
// (no layout shift when the data arrives). Each boxed element, default and compact, on a phone and
// in a laptop's column.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ELEMENTS, EMBED, expect, test } from './fixtures.mjs';

const { topics: TOPICS } = createRequire(import.meta.url)('../../lighthouserc.cjs');
const dataFile = (topic) => readFile(new URL(`../../../data/dist/json/${topic}.json`, import.meta.url), 'utf8');

const SCREENS = [
  [320, 640],
  [1280, 900],
];
const BOXED = ELEMENTS.filter((e) => e.tag in TOPICS);

/** A plain host page: the element in a 760 px column, then the host's text. */
const hostPage = (scripts, tag, attributes) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('')}
<style>body{margin:0;font:16px/1.5 Arial,sans-serif}main{max-width:760px;margin:0 auto;padding:16px}</style></head>
<body><main><h1>A host page</h1><${tag} id="el" ${attributes} loading="eager" src="/host/data.json"></${tag}>
<p id="after">The host's text after the element.</p></main></body></html>`;

/** The element's height, the host's text after it, and the layout shifts the page has seen so far. */
const measure = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const el = document.getElementById('el');
        resolve({
          height: el.getBoundingClientRect().height,
          after: document.getElementById('after').getBoundingClientRect().top,
          shifts: window.__shifts.length,
        });
      }),
    ),
  );

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__shifts.push({
          value: e.value,
          moved: e.sources.map((s) => `${s.previousRect.y} → ${s.currentRect.y}`),
        });
    }).observe({ type: 'layout-shift', buffered: true });
  });
});

for (const element of BOXED)
  for (const compact of [false, true])
    for (const [width, height] of SCREENS)
      test(`<${element.tag}${compact ? ' compact' : ''}> from src at ${width}×${height}: the room kept while loading is the rendered room`, async ({
        page,
        scripts,
      }) => {
        await page.setViewportSize({ width, height });
        const json = await dataFile(TOPICS[element.tag]);
        let answer;
        const answered = new Promise((resolve) => (answer = resolve));
        await page.route('/host/data.json', async (route) => {
          await answered;
          await route.fulfill({ body: json, contentType: 'application/json' });
        });
        await page.route('/host/page.html', (route) =>
          route.fulfill({
            body: hostPage(scripts, element.tag, compact ? 'compact' : ''),
            contentType: 'text/html; charset=utf-8',
          }),
        );
        await page.goto('/host/page.html');
        // Loading: the message over the bundled copy, laid out unseen.
        await page.waitForFunction(() =>
          document.getElementById('el').shadowRoot?.querySelector('.status.loading + .placeholder'),
        );
        const loading = await page.evaluate(measure);
        answer();
        await page.waitForFunction(() => {
          const el = document.getElementById('el');
          return el.shadowRoot.querySelector('.stage.ready') && !el.shadowRoot.querySelector('.placeholder');
        });
        const rendered = await page.evaluate(measure);
        expect(rendered.height, 'the element is as tall as while it loaded').toBe(loading.height);
        expect(rendered.after, "the host's text after it stays where it was").toBe(loading.after);
        const shifts = await page.evaluate((from) => window.__shifts.slice(from), loading.shifts);
        expect(shifts, 'no layout shift when the data arrives').toEqual([]);
      });

// Before its first render a compact trade summary (the one form shorter than a wide screen) keeps
// the room of its rendered form at its column's width: with cloak.css before the script defines it,
// then until its turn. Columns from a sidebar's to a laptop's, at each width where the form's height changes
// and between; idle time is held, so the far elements wait for their turn.
const COLUMNS = [
  260, 280, 300, 320, 340, 350, 370, 390, 405, 430, 460, 482, 500, 523, 530, 560, 591, 640, 731, 745, 759, 760, 800,
  856, 900, 929, 1000, 1027, 1168,
];

test('<eu-trade-summary compact> keeps its rendered room before it renders (the text after it stays put), in columns 260–1168 px wide', async ({
  page,
  scripts,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.addInitScript(() => (window.requestIdleCallback = () => 0));
  const columns = COLUMNS.map(
    (w) => `<div style="width:${w}px"><eu-trade-summary compact></eu-trade-summary><p>The host's text.</p></div>`,
  );
  await page.route('/host/page.html', (route) =>
    route.fulfill({
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<link rel="stylesheet" href="${EMBED}cloak.css"><style>body{margin:0}</style></head>
<body><div style="height:4000px">The host's article, long.</div>${columns.join('')}</body></html>`,
      contentType: 'text/html; charset=utf-8',
    }),
  );
  await page.goto('/host/page.html');
  // Where the host's text after each element is, from the top of its column.
  const heights = () =>
    page.$$eval('eu-trade-summary + p', (after) =>
      after.map((p) => Math.round(p.getBoundingClientRect().top - p.parentElement.getBoundingClientRect().top)),
    );
  const cloaked = await heights();
  for (const src of scripts) await page.addScriptTag({ url: src, type: 'module' });
  await page.evaluate(() => customElements.whenDefined('eu-trade-summary'));
  const pending = await heights();
  expect(await page.$$eval('eu-trade-summary', (els) => els.filter((el) => el.hasUpdated).length)).toBe(0);
  await page.$$eval('eu-trade-summary', (els) =>
    Promise.all(els.map((el) => ((el.loading = 'eager'), el.updateComplete))),
  );
  const rendered = await heights();
  // A form taller than the screen keeps a screen of room: the text after it is below the screen either way.
  const screen = 900;
  const byWidth = (list) =>
    Object.fromEntries(
      COLUMNS.map((w, i) => [w, list[i] >= screen && rendered[i] >= screen ? 'a screen or more' : list[i]]),
    );
  expect(byWidth(cloaked), 'the room cloak.css keeps').toEqual(byWidth(rendered));
  expect(byWidth(pending), 'the room kept until its turn').toEqual(byWidth(rendered));
});
