// The embed's autoloader: a page loads only the modules of the elements it uses, and finds
// elements added later. The script is served from a sub-folder, so its element paths must come
// from its own URL.
import { EMBED, ELEMENTS, allElements, expect, test } from './fixtures.mjs';

test('autoloader: a page with one element loads only that module, then one added later', async ({ host }) => {
  const [first, later] = ['eu-trade-summary', 'eu-dialogue-list'].map((tag) => ELEMENTS.find((e) => e.tag === tag));
  const modules = [];
  host.page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith(`${EMBED}elements/`) && !path.includes('/chunks/')) modules.push(path.slice(EMBED.length));
  });
  await host.open(`<${first.tag}></${first.tag}>`);
  const shown = await host.page.evaluate(
    (tags) => ({
      heading: document
        .querySelector('eu-trade-summary')
        .shadowRoot.querySelector('[part~=heading]')
        ?.textContent.trim(),
      defined: tags.filter((t) => customElements.get(t)),
    }),
    ELEMENTS.map((e) => e.tag),
  );
  expect(modules, 'element modules loaded').toEqual(['elements/trade-summary.js']);
  expect(shown.heading, `<${first.tag}> rendered its heading`).toBeTruthy();
  expect(shown.defined, 'elements defined').toEqual([first.tag]);

  const added = await host.page.evaluate(async (tag) => {
    document.querySelector('main').insertAdjacentHTML('beforeend', `<div><${tag}></${tag}></div>`);
    await customElements.whenDefined(tag);
    const el = document.querySelector(tag);
    await el.updateComplete;
    return {
      heading: el.shadowRoot.querySelector('[part~=heading]')?.textContent.trim(),
      loaded: window.euAutoloader.loaded(),
    };
  }, later.tag);
  expect(modules, 'element modules loaded after adding one').toEqual([
    'elements/trade-summary.js',
    'elements/dialogue-list.js',
  ]);
  expect(added.heading, `<${later.tag}> added later rendered its heading`).toBeTruthy();
  expect(added.loaded, 'window.euAutoloader.loaded()').toEqual([first.tag, later.tag]);
  await host.expectHealthy();
});

// The autoloader loads the UI strings per element (the core's with the first element, each
// element's own with it): every element must say in Greek exactly what the embed bundle, which
// loads them all at once, says; a string left out of both would show in English.
test('autoloader: each element shows the same Greek text as with the embed bundle', async ({ host }) => {
  const body = allElements('loading="eager"');
  const texts = () =>
    host.page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('main *')]
          .filter((e) => e.localName.startsWith('eu-'))
          .map((e) => [e.localName, e.shadowRoot.textContent.replace(/\s+/g, ' ').trim()]),
      ),
    );
  await host.open(body, { lang: 'el' });
  const autoloaded = await texts();
  await host.expectHealthy();
  const embedPage = `<!doctype html><html lang="el"><head><meta charset="utf-8"><title>Embed</title>
<script type="module" src="${EMBED}eu-belarus.js"></script></head><body><main>${body}</main></body></html>`;
  await host.page.route('/host/embed.html', (route) =>
    route.fulfill({ body: embedPage, contentType: 'text/html; charset=utf-8' }),
  );
  await host.page.goto('/host/embed.html');
  await host.page.evaluate(() => window.__eu.ready());
  const embedded = await texts();
  expect(Object.values(embedded).join(' '), 'the embed bundle speaks Greek').toContain('Λευκορωσία');
  expect(Object.keys(autoloaded)).toEqual(Object.keys(embedded));
  /** Where the two texts part, with a little of each, or '' where they are the same. */
  const parting = (a, b) => {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    const from = Math.max(0, i - 20);
    return a === b ? '' : `autoloader "…${a.slice(from, i + 40)}…", embed "…${b.slice(from, i + 40)}…"`;
  };
  const differences = Object.keys(embedded)
    .map((tag) => [tag, parting(autoloaded[tag], embedded[tag])])
    .filter(([, where]) => where);
  expect(differences, 'elements whose text differs').toEqual([]);
});

// The error state's details (reason, "Try again", the source link) load with the first error, and
// their strings with them (rollup.strings.mjs): a page in Greek must read them in Greek, as the
// embed bundle's page does; with its strings missing it would fall back to English.
test('autoloader: an error shows its reason and actions in the page language, loaded with the error', async ({
  host,
}) => {
  const body = '<eu-dialogue-list loading="eager" src="/fixtures/server-error/dialogues.json"></eu-dialogue-list>';
  const requested = [];
  host.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const errorText = async () => {
    await host.page.waitForFunction(() =>
      document.querySelector('eu-dialogue-list')?.shadowRoot?.querySelector('[part="error-actions"]'),
    );
    return host.page.evaluate(() =>
      document.querySelector('eu-dialogue-list').shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
    );
  };
  await host.open('<eu-dialogue-list loading="eager"></eu-dialogue-list>', { lang: 'el' });
  expect(
    requested.filter((p) => /error-state/.test(p)),
    'nothing of the error state loads without an error',
  ).toEqual([]);
  await host.open(body, { lang: 'el' });
  const autoloaded = await errorText();
  expect(requested.filter((p) => /error-state/.test(p)).length, 'the error state and its strings loaded').toBe(2);
  await host.expectHealthy({ allowFailedLoads: true });
  const embedPage = `<!doctype html><html lang="el"><head><meta charset="utf-8"><title>Embed</title>
<script type="module" src="${EMBED}eu-belarus.js"></script></head><body><main>${body}</main></body></html>`;
  await host.page.route('/host/embed.html', (route) =>
    route.fulfill({ body: embedPage, contentType: 'text/html; charset=utf-8' }),
  );
  await host.page.goto('/host/embed.html');
  const embedded = await errorText();
  expect(embedded, 'the embed bundle reads the error in Greek').toContain('Δεν ήταν δυνατή');
  expect(autoloaded).toEqual(embedded);
});

// A failed element file is asked for again when the browser is back online, and a failed content
// chunk by "Try again". Some browsers keep a failed import() failed for its URL (Chromium 156, used
// here, asks again): here each file's own URL keeps failing, as it would there, so each retry must
// ask for another one (src/autoloader.ts, src/shared/import-again.ts).
test('autoloader: an element file and a content chunk that failed are requested again at another URL, and the element shows its content', async ({
  host,
}) => {
  const FILES = /\/elements\/(programme-list|chunks\/[^/]+\/programmes)\.js(\?.*)?$/;
  const requested = [];
  host.page.on('request', (r) => FILES.test(r.url()) && requested.push(r.url().replace(/.*\//, '')));
  await host.page.route(FILES, (route) => (new URL(route.request().url()).search ? route.continue() : route.abort()));
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Retry</title>
<script type="module" src="${EMBED}eu-autoloader.js"></script></head><body><main><eu-programme-list loading="eager"></eu-programme-list></main></body></html>`;
  await host.page.route('/host/retry.html', (route) =>
    route.fulfill({ body: page, contentType: 'text/html; charset=utf-8' }),
  );
  await host.page.goto('/host/retry.html');
  await host.page.evaluate(() => window.euAutoloader.ready());
  const defined = () => host.page.evaluate(() => Boolean(customElements.get('eu-programme-list')));
  expect(await defined(), 'the failed element file leaves the element undefined').toBe(false);
  await host.page.context().setOffline(true);
  await host.page.context().setOffline(false);
  await expect.poll(defined, { message: 'back online, the element file loads again' }).toBe(true);
  const stage = () =>
    host.page.evaluate(
      () => document.querySelector('eu-programme-list').shadowRoot?.querySelector('.stage')?.className,
    );
  await expect.poll(stage, { message: 'the failed content chunk shows the error state' }).toBe('stage error');
  await host.page.locator('eu-programme-list').getByRole('button', { name: 'Try again' }).click();
  await expect.poll(stage, { message: '"Try again" shows the content' }).toBe('stage ready');
  expect(requested, 'each file requested again, at another URL').toEqual([
    'programme-list.js',
    'programme-list.js?retry=1',
    'programmes.js',
    'programmes.js?retry=1',
  ]);
  await host.expectHealthy({ allowFailedLoads: true, allowConsole: /autoloader: could not load <eu-programme-list>/ });
});
