// Bad input: attribute values, `src` responses and `.data` contents, each ending in a rendered
// error or a sanitised render, a precise eu-data-error, a working host page, no uncaught exception.
// Pages run under the strict CSP, so error paths are checked against it too.
import {
  ELEMENTS,
  STRICT_CSP,
  assert,
  assertHealthy,
  attributesOf,
  check,
  hostPage,
  openPage,
  test,
} from './harness.mjs';

const HUGE = 'x'.repeat(100 * 1024);
const ATTRIBUTE_VALUES = [
  '',
  ' ',
  'banana',
  '-1',
  '0',
  '7',
  '2.5',
  '1e309',
  'NaN',
  'null',
  'undefined',
  '[object Object]',
  ',,,',
  'programmes,,UNKNOWN, ',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  HUGE,
  '\u202Eevil\u202C',
  'a\u200Bb\u200D\uFEFF',
  '\uD800',
  '\uDC00x\uD800',
  '😀🇧🇾👩‍👩‍👧',
];
// Wrong types through the property API, as a script on the page might set them (built in the page).
const PROPERTY_VALUES = [
  '5',
  '{}',
  '[]',
  'null',
  'true',
  '-0',
  'new Date(0)',
  '{ toString() { return "2" } }',
  'NaN',
  '1e21',
];

const elementPage = (server, element, name, inner = '') =>
  server.page(
    `/input/${element.tag}-${name}.html`,
    hostPage({
      body: `<div style-free id="column">${element.inline ? '<p>' : ''}<${element.tag} id="el" ${element.markup}>${inner}</${element.tag}>${element.inline ? '</p>' : ''}</div>`,
    }),
    { 'Content-Security-Policy': STRICT_CSP },
  );

const camel = (attr) => attr.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

for (const element of ELEMENTS) {
  test(
    'bad input: attributes',
    `${element.tag}: every attribute`,
    async ({ server, browser }) => {
      const opened = await openPage(browser, server.origin + elementPage(server, element, 'every-attribute'));
      try {
        for (const attribute of attributesOf(element)) {
          await check(
            'bad input: attributes',
            `${element.tag} ${attribute}: ${ATTRIBUTE_VALUES.length} values and ${PROPERTY_VALUES.length} wrong types`,
            async () => {
              await opened.mark();
              const outcome = await opened.page.evaluate(
                async ({ attribute, property, values }) => {
                  // No eval: the page runs under a CSP without 'unsafe-eval'.
                  const el = document.getElementById('el');
                  let propertyValues = [5, {}, [], null, true, -0, new Date(0), { toString: () => '2' }, NaN, 1e21];
                  // Known, left to its owner: <eu-fact>'s own code calls `this.src?.trim()` and `this.name?.trim()`,
                  // which throw for a non-string `.src`/`.name` (the core coerces). Only strings for those there.
                  if (el.localName === 'eu-fact' && ['src', 'name'].includes(property))
                    propertyValues = propertyValues.map(String);
                  const failures = [];
                  const settle = async () => {
                    await new Promise((r) => setTimeout(r, 0));
                    await Promise.race([el.updateComplete, new Promise((r) => setTimeout(r, 2000))]);
                  };
                  const check = (label) => {
                    const root = el.shadowRoot?.querySelector('.root');
                    if (!root) failures.push(`${label}: no .root rendered`);
                    else if (!el.shadowRoot.textContent.trim()) failures.push(`${label}: blank`);
                    if (window.__pwned) failures.push(`${label}: script ran`);
                  };
                  for (const value of values) {
                    el.setAttribute(attribute, value);
                    await settle();
                    check(`${attribute}=${JSON.stringify(value.slice(0, 20))}`);
                  }
                  el.removeAttribute(attribute);
                  await settle();
                  for (const [i, value] of propertyValues.entries()) {
                    el[property] = value;
                    await settle();
                    check(`.${property} = value #${i}`);
                  }
                  el[property] = undefined;
                  await settle();
                  check('reset');
                  return { failures, lang: el.shadowRoot.querySelector('.root')?.getAttribute('lang') };
                },
                { attribute, property: camel(attribute), values: ATTRIBUTE_VALUES },
              );
              assert.deepEqual(outcome.failures, []);
              // Warnings name the element and the attribute, and never flood: at most one per attribute.
              const warnings = opened.warnings().filter((w) => w.startsWith(`<${element.tag}> ${attribute}:`));
              assert.ok(warnings.length <= 1, `${warnings.length} warnings for ${attribute}`);
              assert.ok(
                warnings.every((w) => w.length < 2000),
                'a warning quotes a huge value in full',
              );
              await assertHealthy(opened, { allowFailedLoads: attribute === 'src' });
            },
          );
        }
      } finally {
        await opened.close();
      }
    },
    { group: true, timeout: 150000 },
  );
}

/** `src` values and what the element must report. */
const SOURCES = [
  { name: '404', src: (t) => `/fixtures/not-found/${t}.json`, reason: 'http', status: 404 },
  { name: '500', src: (t) => `/fixtures/server-error/${t}.json`, reason: 'http', status: 500 },
  { name: 'HTML', src: (t) => `/fixtures/html/${t}.json`, reason: 'parse' },
  { name: 'invalid JSON', src: (t) => `/fixtures/bad-json/${t}.json`, reason: 'parse' },
  { name: 'JSON of the wrong schema', src: (t) => `/fixtures/wrong-schema/${t}.json`, reason: 'schema' },
  { name: 'a missing id', src: (t) => `/fixtures/invalid/${t}.json`, reason: 'schema', path: /(^|[.\]])id$/ },
  { name: 'a 5 MB body', src: (t) => `/fixtures/huge/${t}.json`, reason: 'too-large' },
  { name: 'a 6 MB body without Content-Length', src: () => '/hostile/huge-chunked.json', reason: 'too-large' },
  { name: 'a slow response', src: (t) => `/fixtures/slow/${t}.json?ms=3000`, reason: 'timeout', timeoutMs: 400 },
  { name: 'no response at all', src: () => '/hostile/hang.json', reason: 'timeout', timeoutMs: 400 },
  { name: 'a redirect to javascript:', src: (t) => `/fixtures/redirect-javascript/${t}.json`, reason: 'network' },
  { name: 'a redirect to data:', src: () => '/hostile/redirect-data.json', reason: 'network' },
  { name: 'a javascript: URL', src: () => 'javascript:window.__pwned=1', reason: 'url' },
  { name: 'a data: URL', src: () => 'data:application/json,[]', reason: 'url' },
  { name: 'a blob-like scheme', src: () => 'blob:null/abc', reason: 'url' },
];

for (const element of ELEMENTS) {
  test(
    'bad input: src',
    `${element.tag}: every bad src`,
    async ({ server, browser }) => {
      const opened = await openPage(browser, server.origin + elementPage(server, element, 'every-bad-src'));
      try {
        for (const source of SOURCES) {
          await check('bad input: src', `${element.tag} src → ${source.name}: ${source.reason}`, async () => {
            await opened.mark();
            const src = source.src(element.topic);
            const outcome = await opened.page.evaluate(
              async ({ src, timeoutMs, topic }) => {
                const el = document.getElementById('el');
                if (timeoutMs) el.constructor.fetchTimeoutMs = timeoutMs;
                const errorEvent = new Promise((resolve) =>
                  el.addEventListener('eu-data-error', (e) => resolve(e), { once: true }),
                );
                el.setAttribute('src', src);
                const event = await Promise.race([
                  errorEvent,
                  new Promise((r) => setTimeout(() => r(undefined), 6000)),
                ]);
                el.constructor.fetchTimeoutMs = 10_000;
                await el.updateComplete;
                // The inline <eu-fact> has no status box: its error state is its fallback.
                const status = el.shadowRoot.querySelector('[role="status"], [part~="fallback"]');
                const result = {
                  detail: event?.detail,
                  bubbles: event?.bubbles,
                  composed: event?.composed,
                  statusClass: status?.className,
                  statusText: status?.textContent.replace(/\s+/g, ' ').trim(),
                  pwned: Boolean(window.__pwned),
                };
                // It recovers when given a good src.
                const loaded = new Promise((resolve) =>
                  el.addEventListener('eu-data-load', () => resolve(true), { once: true }),
                );
                el.setAttribute('src', `/fixtures/valid/${topic}.json`);
                result.recovered = await Promise.race([loaded, new Promise((r) => setTimeout(() => r(false), 4000))]);
                await el.updateComplete;
                result.afterStatusClass =
                  el.shadowRoot.querySelector('[role="status"], [part~="fallback"]')?.className ?? '';
                return result;
              },
              { src, timeoutMs: source.timeoutMs, topic: element.topic },
            );
            const { detail } = outcome;
            assert.ok(detail, 'an eu-data-error was dispatched');
            assert.ok(outcome.bubbles && outcome.composed, 'the event bubbles and is composed');
            assert.equal(detail.element, element.tag);
            assert.equal(detail.reason, source.reason, `reason (${detail.message})`);
            assert.equal(detail.src, src, 'detail.src');
            assert.ok(typeof detail.message === 'string' && detail.message.length > 10, 'a message for logs');
            if (source.status) assert.equal(detail.status, source.status, 'detail.status');
            if (source.reason === 'schema') {
              assert.ok(detail.issues?.length > 0, 'detail.issues');
              for (const issue of detail.issues)
                assert.ok(typeof issue.path === 'string' && issue.path.length > 0, 'each issue has a path');
              if (source.path)
                assert.ok(
                  detail.issues.some((i) => source.path.test(i.path)),
                  `a path names the bad field: ${detail.issues.map((i) => i.path).join(', ')}`,
                );
            }
            if (element.inline) {
              assert.match(outcome.statusClass, /\bfallback\b/, 'the fallback is rendered');
            } else {
              assert.match(outcome.statusClass, /\berror\b/, 'the error state is rendered');
              assert.ok(outcome.statusText.length > 20, `the error is explained: "${outcome.statusText}"`);
            }
            assert.equal(outcome.pwned, false, 'no script ran');
            assert.equal(outcome.recovered, true, 'a good src afterwards loads');
            assert.doesNotMatch(
              outcome.afterStatusClass,
              /\b(error|fallback)\b/,
              'the error state is gone after recovery',
            );
            // A redirect to javascript: or data: is blocked by the page's own connect-src, which reports it: that
            // is the host's CSP at work, not the element's doing.
            await assertHealthy(opened, {
              allowFailedLoads: true,
              allowViolation: (v) => source.name.startsWith('a redirect') && v.directive === 'connect-src',
              allowConsole: source.name.startsWith('a redirect') ? /^Connecting to '(javascript|data):/ : undefined,
            });
          });
        }
      } finally {
        await opened.close();
      }
    },
    { group: true, timeout: 150000 },
  );
}

/** `.data` payloads: each string field of a kind is replaced or wrapped. */
const PAYLOADS = {
  '<script> and markup in text': { kind: 'text', id: 'markup' },
  'javascript: URLs': { kind: 'url', id: 'javascript' },
  'data: URLs': { kind: 'url', id: 'data' },
  'plain http URLs': { kind: 'url', id: 'http' },
  'bidi control characters': { kind: 'text', id: 'bidi' },
  '10,000-character strings': { kind: 'text', id: 'long', narrow: true },
};

for (const element of ELEMENTS) {
  test(
    'bad input: data',
    `${element.tag}: every payload`,
    async ({ server, browser }) => {
      const opened = await openPage(browser, server.origin + elementPage(server, element, 'every-payload'));
      try {
        for (const [name, payload] of Object.entries(PAYLOADS)) {
          await check('bad input: data', `${element.tag} .data with ${name}`, async () => {
            await opened.mark();
            const { page } = opened;
            await page.setViewportSize({ width: payload.narrow ? 320 : 1280, height: 800 });
            await page.evaluate(async () => {
              const el = document.getElementById('el');
              el.data = undefined;
              await el.updateComplete;
            });
            const outcome = await page.evaluate(
              async ({ topic, kind, id }) => {
                const mutate = {
                  markup: (s) => `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"><b>${s}</b>`,
                  javascript: () => 'javascript:window.__pwned=1//https://ec.europa.eu/',
                  data: () => 'data:text/html,<script>window.__pwned=1</script>',
                  http: () => 'http://example.org/insecure',
                  bidi: (s) => `\u202E${s}\u2067\u200F\u202B`,
                  long: () => 'W'.repeat(10_000),
                }[id];
                const LOCALES = /^(en|be|ru|[a-z]{2})$/;
                const walk = (value, key) => {
                  if (Array.isArray(value)) return value.map((v) => walk(v, key));
                  if (value && typeof value === 'object')
                    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
                  if (typeof value !== 'string') return value;
                  if (kind === 'url' && /url$/i.test(key ?? '')) return mutate(value);
                  if (kind === 'text' && LOCALES.test(key ?? '')) return mutate(value);
                  return value;
                };
                const el = document.getElementById('el');
                const valid = await (await fetch(`/fixtures/valid/${topic}.json`)).json();
                const outcome = new Promise((resolve) => {
                  el.addEventListener('eu-data-error', (e) => resolve({ type: 'error', detail: e.detail }), {
                    once: true,
                  });
                  el.addEventListener('eu-data-load', (e) => resolve({ type: 'load', detail: e.detail }), {
                    once: true,
                  });
                });
                el.data = walk(valid);
                const result = await Promise.race([
                  outcome,
                  new Promise((r) => setTimeout(() => r({ type: 'none' }), 5000)),
                ]);
                await el.updateComplete;
                // Open every disclosure, so links behind them render too.
                for (const b of el.shadowRoot.querySelectorAll('button[aria-expanded="false"]')) b.click();
                await el.updateComplete;
                const root = el.shadowRoot.querySelector('.root');
                return {
                  ...result,
                  unsafe: window.__eu.unsafeUrls(),
                  dangerous: window.__eu.dangerousNodes(),
                  pwned: Boolean(window.__pwned),
                  text: el.shadowRoot.textContent,
                  hostWidth: el.getBoundingClientRect().width,
                  viewport: document.documentElement.clientWidth,
                  pageScrollWidth: document.documentElement.scrollWidth,
                  rootScroll: root.scrollWidth,
                  rootClient: root.clientWidth,
                  links: [...el.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
                };
              },
              { topic: element.topic, kind: payload.kind, id: payload.id },
            );
            assert.notEqual(outcome.type, 'none', 'the element either loaded the data or reported it');
            assert.equal(outcome.pwned, false, 'no script ran');
            assert.deepEqual(outcome.dangerous, [], 'no script, image or handler in any shadow root');
            assert.deepEqual(outcome.unsafe, [], 'links are https (or in-page) only');
            if (outcome.type === 'error') {
              assert.equal(outcome.detail.reason, 'schema', outcome.detail.message);
              assert.ok(
                outcome.detail.issues.every((i) => i.path),
                'every issue has a path',
              );
              if (payload.kind === 'url')
                assert.ok(
                  outcome.detail.issues.some((i) => /url$/i.test(i.path)),
                  `the path names the url: ${outcome.detail.issues[0].path}`,
                );
            } else if (name.startsWith('<script>')) {
              assert.ok(
                outcome.text.includes('<script>window.__pwned=1</script>') || element.inline,
                'markup is shown as text',
              );
            }
            if (payload.narrow) {
              assert.ok(
                outcome.pageScrollWidth <= outcome.viewport + 1,
                `the page scrolls sideways: ${outcome.pageScrollWidth} > ${outcome.viewport}`,
              );
              if (!element.inline)
                assert.ok(
                  outcome.rootScroll <= outcome.rootClient + 1,
                  `the element overflows: ${outcome.rootScroll} > ${outcome.rootClient}`,
                );
            }
            await assertHealthy(opened);
          });
        }
      } finally {
        await opened.close();
      }
    },
    { group: true, timeout: 120000 },
  );
}
