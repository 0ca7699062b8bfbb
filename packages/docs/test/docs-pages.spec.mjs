// Every docs entry of the Storybook build (guides and element pages), each opened once: it
// renders, with no page error and no console error (the only 404s allowed are the error stories'
// missing data files). On an element's page, the designers' checks of its docs: a working control
// for every attribute, colour pickers for colour tokens, no "Set object" for parts or events, and
// its default story shown once.
// Run after `pnpm build` (storybook-static/): `pnpm --filter @eu-belarus/docs test:docs-pages`.
import { expect, test } from '@playwright/test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const indexUrl = new URL('../storybook-static/index.json', import.meta.url);
if (!existsSync(indexUrl)) throw new Error('storybook-static/index.json is missing: run `pnpm build` first');
const pages = Object.values(JSON.parse(readFileSync(indexUrl, 'utf8')).entries).filter((e) => e.type === 'docs');
const manifest = JSON.parse(readFileSync(new URL('../../components/custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const elementOf = (entry) =>
  entry.title.startsWith('Elements/')
    ? elements.find((e) => e.tagName === `eu-${entry.title.split('/')[1].toLowerCase().replace(/ /g, '-')}`)
    : undefined;
// The address of the loading stories, whose `src` never answers (support/element-story.ts).
const NEVER_ANSWERS = /NEVER_ANSWERS = '([^']+)'/.exec(
  readFileSync(new URL('../support/element-story.ts', import.meta.url), 'utf8'),
)[1];

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

/** The designers' checks of an element's Controls table. */
function checkControls(element, table) {
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
    assert.ok(!['object', 'setup link'].includes(control) || name === 'data', `${element.tagName} ${name}: ${control}`);
}

test('every element has a docs page', () => {
  const documented = pages.map(elementOf).filter(Boolean);
  assert.deepEqual(
    elements.filter((e) => !documented.includes(e)).map((e) => e.tagName),
    [],
    'elements without a docs page',
  );
});

for (const entry of pages) {
  const element = elementOf(entry);
  const checks = element
    ? ': renders without errors, has a working control for every attribute, colour pickers for colour tokens, no "Set object" for parts or events, and shows its default story once'
    : ' renders without errors';
  test(`docs page ${entry.id}${checks}`, async ({ page }) => {
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
    // Every element on the page finishes (data, locale strings); one whose `src` never answers has
    // finished once it shows its loading state in its language. No fixed wait.
    await page.evaluate(async (neverAnswers) => {
      const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eu-'));
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const showsLoading = async (e) => {
        while (!(
          e.hasUpdated &&
          !e.isUpdatePending &&
          e.loader?.status === 'loading' &&
          !e.loader.bundledPending &&
          !e.i18n?.pending
        ))
          await frame();
      };
      await Promise.all(
        all.map((e) => (e.getAttribute('src')?.startsWith(neverAnswers) ? showsLoading(e) : e.updateComplete)),
      );
      await frame();
    }, NEVER_ANSWERS);
    expect(problems, 'errors on the page').toEqual([]);
    if (!element) return;

    await test.step(`${element.tagName}: every attribute has a working control; colour tokens have colour pickers; no "Set object" for parts or events`, async () => {
      // The colour control is loaded lazily: wait for it, then until the table has settled into one
      // that passes the checks (not a fixed 300 ms, which a loaded machine can outlast); the last
      // failure is reported if it never does.
      await page.waitForSelector('.docblock-argstable input[id$="---eu-color-primary"]', { timeout: 30_000 });
      const problem = async () => {
        try {
          checkControls(element, await controlsTable(page));
          return '';
        } catch (error) {
          return error.message;
        }
      };
      await expect.poll(problem, { timeout: 10_000 }).toBe('');
    });
    await test.step(`${entry.id} shows its default story once`, async () => {
      const defaultId = entry.id.replace(/--docs$/, '--default');
      const shown = await page.evaluate(
        (id) =>
          [...document.querySelectorAll('[id^="story--"]')].filter(
            (e) => e.id.startsWith(`story--${id}`) && !e.id.endsWith('-inner'),
          ).length,
        defaultId,
      );
      assert.equal(shown, 1, `${entry.id} shows ${defaultId} ${shown} times`);
    });
  });
}
