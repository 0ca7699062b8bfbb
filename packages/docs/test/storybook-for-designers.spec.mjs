// Storybook as designers use it, checked on the static build (storybook-static/, made by
// `pnpm --filter @eu-belarus/docs build`):
// story names, a changed control changing the element, markup to copy with the cloak and script
// tags and no internal paths, <eu-fact> inside sentences. The checks of each element's docs page
// (its controls, its default story once) run in docs-pages.spec.mjs, which opens every docs page.
//
//   pnpm --filter @eu-belarus/docs test:docs-pages -g designers
import { test } from '@playwright/test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { describe } = test;
const out = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('../../components/custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
if (!existsSync(`${out}index.json`))
  throw new Error('No static Storybook: run `pnpm --filter @eu-belarus/docs build` first.');
const index = JSON.parse(readFileSync(`${out}index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const componentOf = (entry) => `eu-${entry.title.split('/')[1].toLowerCase().replace(/ /g, '-')}`;

/** The one naming scheme: `<attribute or aspect>: value`, states, and the frame variants. */
const NAME =
  /^(Default|Data from src|Long content|Compact, heading level \d|State: (loading|empty|unknown name|error \((missing JSON|invalid data)\))|(Filter|Sort|Order|Layout|View|Sections|Limit|Show|Figure): [^:]+|(In a 280 px sidebar|Dark theme)(, [^:]+)?)$/;
const SHARED = [
  'Default',
  'Data from src',
  'State: loading',
  'State: error (missing JSON)',
  'State: error (invalid data)',
  'Long content',
  'Compact, heading level 3',
  'In a 280 px sidebar',
  'Dark theme',
];

describe('Storybook for designers: story names', () => {
  test('every story name follows the one scheme', () => {
    const odd = stories.filter((s) => !NAME.test(s.name)).map((s) => `${s.id}: "${s.name}"`);
    assert.deepEqual(odd, []);
  });
  test('every boxed element has the shared stories, named alike', () => {
    for (const tag of elements.map((e) => e.tagName).filter((t) => t !== 'eu-fact')) {
      const names = stories.filter((s) => componentOf(s) === tag).map((s) => s.name);
      assert.deepEqual(
        SHARED.filter((n) => !names.includes(n)),
        [],
        `${tag} lacks shared stories`,
      );
    }
  });
});

async function open(page, id) {
  await page.goto(`/iframe.html?id=${id}&viewMode=story`);
  await page.waitForFunction(() => document.body.classList.contains('sb-show-main'), null, { timeout: 30_000 });
}

describe('Storybook for designers: controls', () => {
  test('a changed control changes the element: radio, boolean, number, checkboxes, colour', async ({ page }) => {
    const update = (storyId, args) =>
      page.evaluate(
        ({ storyId, args }) =>
          new Promise((resolve) => {
            const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
            channel.once('storyRendered', () => requestAnimationFrame(() => resolve()));
            channel.emit('updateStoryArgs', { storyId, updatedArgs: args });
          }),
        { storyId, args },
      );
    const look = (tag) =>
      page.evaluate(async (tag) => {
        const el = document.querySelector(tag);
        await el.updateComplete;
        return {
          attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          colour: el.style.getPropertyValue('--eu-color-primary'),
          heading: el.shadowRoot.querySelector('[part~="heading"]')?.localName,
          table: Boolean(el.shadowRoot.querySelector('table')),
        };
      }, tag);
    await open(page, 'elements-trade-summary--default');
    await update('elements-trade-summary--default', {
      view: 'table',
      compact: true,
      'heading-level': 4,
      year: 2016,
      '--eu-color-primary': '#aa0000',
    });
    const trade = await look('eu-trade-summary');
    assert.equal(trade.attributes.view, 'table');
    assert.equal(trade.attributes.compact, '');
    assert.equal(trade.attributes.year, '2016');
    assert.equal(trade.heading, 'h4');
    assert.ok(trade.table, 'the table view is shown');
    assert.equal(trade.colour, '#aa0000');
    await open(page, 'elements-programme-list--default');
    await update('elements-programme-list--default', { category: ['education', 'research'] });
    assert.equal((await look('eu-programme-list')).attributes.category, 'education,research');
  });
});

describe('Storybook for designers: docs pages', () => {
  test('the markup to copy starts with the cloak and script tags and shows no internal path', async ({ page }) => {
    await open(page, 'elements-trade-summary--default');
    const snippets = await page.evaluate(
      async (ids) => {
        const store = window.__STORYBOOK_PREVIEW__.storyStoreValue;
        const result = {};
        for (const id of ids) {
          const story = await store.loadStory({ storyId: id });
          result[id] = story.parameters.docs.source.transform('', store.getStoryContext(story));
        }
        return result;
      },
      stories.filter((s) => s.title.startsWith('Elements/')).map((s) => s.id),
    );
    for (const [id, code] of Object.entries(snippets)) {
      assert.match(
        code,
        /^<link rel="stylesheet" href="[^"]*cloak\.css" \/>\n<script type="module" src="[^"]*eu-belarus\.js"><\/script>\n/,
        id,
      );
      assert.doesNotMatch(code, /__|localhost|127\.0\.0\.1|\/src\/|node_modules|storybook/i, id);
    }
  });

  // One test per story, each with the test timeout for its page: the eight in one test ran out of
  // its 30 s on a loaded 2-core machine (a page took over 4 s to open).
  for (const story of stories.filter((s) => s.title === 'Elements/Fact'))
    test(`the <eu-fact> story ${story.id} shows the fact inside a sentence`, async ({ page }) => {
      await open(page, story.id);
      const around = await page.evaluate(() => {
        const fact = document.querySelector('#storybook-root eu-fact');
        const p = fact?.closest('p');
        return p
          ? [...p.childNodes]
              .filter((n) => n !== fact)
              .map((n) => n.textContent)
              .join('')
              .trim()
          : '';
      });
      assert.match(around, /\w+ .*\w+/, `${story.id}: no sentence around the fact`);
    });
});
