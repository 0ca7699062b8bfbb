// Storybook as designers use it, checked on the static build (storybook-static/, made by
// `pnpm --filter @eu-belarus/docs build`):
// story names, a working control for every attribute, colour pickers for colour tokens, no
// "Set object" for parts or events, markup to copy with the cloak and script tags and no
// internal paths, each docs page showing its default story once, <eu-fact> inside sentences.
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

async function open(page, id, viewMode = 'story') {
  await page.goto(`/iframe.html?id=${id}&viewMode=${viewMode}`);
  await page.waitForFunction(
    (mode) =>
      mode === 'docs'
        ? // The colour control is loaded lazily: wait for it, then for the table to settle.
          document.querySelector('.docblock-argstable input[id$="---eu-color-primary"]')
        : document.body.classList.contains('sb-show-main'),
    viewMode,
    { timeout: 30_000 },
  );
  if (viewMode === 'docs') await page.waitForTimeout(300);
}

/** What the docs page's Controls table offers for each row: 'none' (a dash), 'object' (Set object) or the input kinds. */
const controlsTable = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.docblock-argstable tbody tr')]
        .filter((row) => row.children.length >= 3)
        .map((row) => {
          const name = row.children[0].textContent.trim().replace(/\*$/, '');
          const cell = row.children[row.children.length - 1];
          const kinds = [...cell.querySelectorAll('input, select, textarea, button')].map((c) =>
            c.localName === 'input' ? `input:${c.type}` : c.localName,
          );
          const text = cell.textContent.trim();
          if (/set object/i.test(text)) return [name, 'object'];
          if (/setup controls/i.test(text)) return [name, 'setup link'];
          return [name, kinds.length ? kinds.join(' ') : 'none'];
        }),
    ),
  );

describe('Storybook for designers: controls', () => {
  for (const element of elements) {
    test(`${element.tagName}: every attribute has a working control; colour tokens have colour pickers; no "Set object" for parts or events`, async ({
      page,
    }) => {
      const docs = Object.values(index.entries).find((e) => e.type === 'docs' && componentOf(e) === element.tagName);
      await open(page, docs.id, 'docs');
      const table = await controlsTable(page);
      for (const { name, type } of element.attributes ?? []) {
        const control = table[name];
        assert.ok(control, `${element.tagName}: no row for attribute ${name}`);
        // A toggle for booleans; radio buttons, a select or checkboxes for values; a field (or
        // Storybook's "Set number"/"Set string" for an optional one) for free input.
        const expected = /boolean/.test(type?.text)
          ? /input:checkbox/
          : /^'|^\d/.test(type?.text ?? '') || name === 'lang'
            ? /input:radio|select|button/
            : /input:(checkbox|number|text)|textarea|select|button/;
        assert.match(control, expected, `${element.tagName} ${name} (${type?.text}): ${control}`);
      }
      const colours = Object.keys(table).filter((n) => n.startsWith('--eu-color-'));
      assert.ok(colours.length >= 10, `${element.tagName}: colour tokens listed (${colours.length})`);
      for (const name of colours) assert.match(table[name], /input:text|button/, `${name}: ${table[name]}`);
      for (const name of [
        ...(element.cssParts ?? []).map((p) => `::part(${p.name})`),
        ...(element.events ?? []).map((e) => e.name),
      ])
        assert.equal(table[name], 'none', `${element.tagName} ${name} offers ${table[name] ?? 'no row'}`);
      for (const [name, control] of Object.entries(table))
        assert.ok(
          !['object', 'setup link'].includes(control) || name === 'data',
          `${element.tagName} ${name}: ${control}`,
        );
    });
  }

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

  test('each element docs page shows its default story once', async ({ page }) => {
    const pages = Object.values(index.entries).filter((e) => e.type === 'docs' && e.title.startsWith('Elements/'));
    // One test walks every element's docs page: its time grows with the number of elements.
    test.setTimeout(10_000 * pages.length);
    for (const docs of pages) {
      await open(page, docs.id, 'docs');
      const defaultId = docs.id.replace(/--docs$/, '--default');
      const shown = await page.evaluate(
        (id) =>
          [...document.querySelectorAll('[id^="story--"]')].filter(
            (e) => e.id.startsWith(`story--${id}`) && !e.id.endsWith('-inner'),
          ).length,
        defaultId,
      );
      assert.equal(shown, 1, `${docs.id} shows ${defaultId} ${shown} times`);
    }
  });

  test('every <eu-fact> story shows the fact inside a sentence', async ({ page }) => {
    for (const story of stories.filter((s) => s.title === 'Elements/Fact')) {
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
    }
  });
});
