// While an element's data loads from `src`, it keeps the room and place its content will take: the
// same data as the bundled copy it lays out unseen under the loading message renders to the same
// height, in the same place, so the host's text after it and the element's own boxes do not move
// (no layout shift when the data arrives). Each boxed element, default and compact, on a phone and
// in a laptop's column.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ELEMENTS, expect, test } from './fixtures.mjs';

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
