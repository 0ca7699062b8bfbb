// The embed's autoloader in headless Chromium: a page with only <eu-trade-summary> loads that
// element's module and no other; an element added later is found and loaded too. The script is
// served from a sub-folder, so its element paths must come from its own URL.
// Run after `pnpm build`: `pnpm test:autoloader`.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launch, serve, watchErrors } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Autoloader</title>
<script type="module" src="/dist/embed/eu-autoloader.js"></script></head>
<body><main><eu-trade-summary></eu-trade-summary></main></body></html>`;
let browser;
let server;
try {
  server = await serve(root, { '/page/': page });
  browser = await launch(chromium);
  const tab = await browser.newPage();
  const errors = watchErrors(tab);
  const modules = [];
  tab.on(
    'request',
    (r) =>
      r.url().includes('/embed/elements/') &&
      !r.url().includes('/chunks/') &&
      modules.push(r.url().split('/embed/')[1]),
  );
  await tab.goto(`${server.url}/page/`);
  const first = await tab.evaluate(async () => {
    await customElements.whenDefined('eu-trade-summary');
    const el = document.querySelector('eu-trade-summary');
    await el.updateComplete;
    return {
      heading: el.shadowRoot.querySelector('[part=heading]')?.textContent.trim(),
      defined: ['eu-programme-list', 'eu-fact', 'eu-dialogue-list'].filter((t) => customElements.get(t)),
    };
  });
  if (modules.join() !== 'elements/trade-summary.js')
    throw new Error(`expected only elements/trade-summary.js, loaded: ${modules.join(', ')}`);
  if (!first.heading) throw new Error('<eu-trade-summary> did not render');
  if (first.defined.length) throw new Error(`elements not on the page were defined: ${first.defined}`);
  console.log(
    `autoloader-check: a page with only <eu-trade-summary> loaded only ${modules.join(', ')} ("${first.heading}")`,
  );

  const later = await tab.evaluate(async () => {
    document
      .querySelector('main')
      .insertAdjacentHTML('beforeend', '<div><eu-dialogue-list limit="2"></eu-dialogue-list></div>');
    await customElements.whenDefined('eu-dialogue-list');
    const el = document.querySelector('eu-dialogue-list');
    await el.updateComplete;
    return {
      heading: el.shadowRoot.querySelector('[part=heading]')?.textContent.trim(),
      loaded: window.euAutoloader.loaded(),
    };
  });
  if (modules.join() !== 'elements/trade-summary.js,elements/dialogue-list.js' || !later.heading)
    throw new Error(`an element added later was not loaded: ${modules.join(', ')} ${JSON.stringify(later)}`);
  console.log(`autoloader-check: <eu-dialogue-list> added later was found and loaded (${later.loaded.join(', ')})`);
  if (errors.length) throw new Error(`errors in the page:\n  ${errors.join('\n  ')}`);
  console.log('autoloader-check: OK');
} catch (error) {
  console.error(`autoloader-check: FAILED\n${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await server?.close();
}
