// Every docs entry of the Storybook build (guides and element pages): it renders, with no page
// error and no console error; the only 404s allowed are the error stories' missing data files.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

const indexUrl = new URL('../storybook-static/index.json', import.meta.url);
if (!existsSync(indexUrl)) throw new Error('storybook-static/index.json is missing: run `pnpm build` first');
const pages = Object.values(JSON.parse(readFileSync(indexUrl, 'utf8')).entries).filter((e) => e.type === 'docs');

for (const entry of pages)
  test(`docs page ${entry.id} renders without errors`, async ({ page }) => {
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // Error stories point `src` at ./data/missing-<topic>.json (support/element-story.ts).
      const expected404 =
        /\/data\/missing-[\w-]+\.json$/.test(message.location()?.url ?? '') &&
        /^Failed to load resource: the server responded with a status of 404/.test(message.text());
      if (!expected404) problems.push(`console error: ${message.text()} (${message.location()?.url})`);
    });
    await page.goto(`/iframe.html?id=${entry.id}&viewMode=docs&globals=a11y.manual:!true`);
    await page.waitForFunction(
      () => document.querySelector('.sbdocs') || document.body.classList.contains('sb-show-errordisplay'),
    );
    const failed = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
    expect(failed, 'Storybook shows a render error on the page').toBe(false);
    // Let every element on the page finish (data, locale strings), capped: loading stories never do.
    await page.evaluate(async () => {
      const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eu-'));
      await Promise.race([Promise.all(all.map((e) => e.updateComplete)), new Promise((r) => setTimeout(r, 1500))]);
    });
    expect(problems, 'errors on the page').toEqual([]);
  });
