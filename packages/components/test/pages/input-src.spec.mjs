// Every way a `src` can fail, on every element: a precise eu-data-error, a rendered and explained
// error state, no script run, recovery with a good `src`, and a healthy host page.
import { ELEMENTS, expect, test, eachCase } from './fixtures.mjs';

/** `src` values (by the element's topic) and what the element must report. */
const SOURCES = [
  { name: '404', src: (t) => `/fixtures/not-found/${t}.json`, reason: 'http', status: 404 },
  { name: '500', src: (t) => `/fixtures/server-error/${t}.json`, reason: 'http', status: 500 },
  { name: 'HTML', src: (t) => `/fixtures/html/${t}.json`, reason: 'parse' },
  { name: 'invalid JSON', src: (t) => `/fixtures/bad-json/${t}.json`, reason: 'parse' },
  { name: 'JSON of the wrong schema', src: (t) => `/fixtures/wrong-schema/${t}.json`, reason: 'schema' },
  { name: 'a missing id', src: (t) => `/fixtures/invalid/${t}.json`, reason: 'schema', path: /(^|[.\]])id$/ },
  { name: 'a 5 MB body', src: (t) => `/fixtures/huge/${t}.json`, reason: 'too-large' },
  { name: 'a 6 MB body without Content-Length', src: (t) => `/fixtures/huge-chunked/${t}.json`, reason: 'too-large' },
  { name: 'a slow response', src: (t) => `/fixtures/slow/${t}.json?ms=3000`, reason: 'timeout', timeoutMs: 400 },
  { name: 'no response at all', src: (t) => `/fixtures/hang/${t}.json`, reason: 'timeout', timeoutMs: 400 },
  { name: 'a redirect to javascript:', src: (t) => `/fixtures/redirect-javascript/${t}.json`, reason: 'network' },
  { name: 'a redirect to data:', src: (t) => `/fixtures/redirect-data/${t}.json`, reason: 'network' },
  { name: 'a javascript: URL', src: () => 'javascript:window.__pwned=1', reason: 'url' },
  { name: 'a data: URL', src: () => 'data:application/json,[]', reason: 'url' },
  { name: 'a blob-like scheme', src: () => 'blob:null/abc', reason: 'url' },
];

/** What a reader is told, after "This information could not be shown.", for each reason. */
const SAYS = {
  http: 'The server that holds it could not be reached.',
  network: 'The server that holds it could not be reached.',
  timeout: 'The server that holds it took too long to answer.',
  url: 'What arrived was not in the form this page expects.',
  'too-large': 'What arrived was not in the form this page expects.',
  parse: 'What arrived was not in the form this page expects.',
  schema: 'What arrived was not in the form this page expects.',
};

for (const element of ELEMENTS)
  test(`<${element.tag}> src: ${SOURCES.length} ways to fail, each reported and recovered from`, async ({
    elementHost,
  }) => {
    await eachCase(
      SOURCES,
      (source) => `<${element.tag}> src → ${source.name}: reason "${source.reason}"`,
      async (source) => {
        const { host, topic, inline } = await elementHost(element);
        const src = source.src(topic);
        const outcome = await host.page.evaluate(
          async ({ src, timeoutMs, topic }) => {
            const el = document.getElementById('el');
            const within = (promise, ms, late) =>
              Promise.race([promise, new Promise((r) => setTimeout(() => r(late), ms))]);
            if (timeoutMs) el.constructor.fetchTimeoutMs = timeoutMs;
            const errorEvent = new Promise((resolve) => el.addEventListener('eu-data-error', resolve, { once: true }));
            el.setAttribute('src', src);
            // 20 s for each event: a cap for the message only (a load on a loaded CI machine took over 4 s).
            const event = await within(errorEvent, 20_000, undefined);
            el.constructor.fetchTimeoutMs = 10_000;
            await within(el.updateComplete, 20_000);
            // The inline <eu-fact> has no status box: its error state is its fallback.
            const state = () => el.shadowRoot.querySelector('[role="status"], [part~="fallback"]');
            const result = {
              detail: event?.detail,
              bubbles: event?.bubbles,
              composed: event?.composed,
              statusClass: state()?.className ?? '',
              statusText: state()?.textContent.replace(/\s+/g, ' ').trim() ?? '',
              text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
              pwned: Boolean(window.__pwned),
            };
            // It recovers when given a good src.
            const loaded = new Promise((resolve) =>
              el.addEventListener('eu-data-load', () => resolve(true), { once: true }),
            );
            el.setAttribute('src', `/fixtures/valid/${topic}.json`);
            // As long as the error's own wait: on a loaded 2-core CI machine a first load (fetch, the schema's
            // chunk, validation) once took over 4 s.
            result.recovered = await within(loaded, 20_000, false);
            await within(el.updateComplete, 20_000);
            result.afterStatusClass = state()?.className ?? '';
            // The fixture's texts start with FIXTURE (an inline fact shows a figure only).
            result.marked = el.shadowRoot.textContent.includes('FIXTURE');
            return result;
          },
          { src, timeoutMs: source.timeoutMs, topic },
        );
        const { detail } = outcome;
        expect(detail, 'an eu-data-error was dispatched within 20 s').toBeDefined();
        expect(outcome.bubbles && outcome.composed, 'the event bubbles and is composed').toBe(true);
        expect(detail.element, 'detail.element').toBe(element.tag);
        expect(detail.reason, `detail.reason (message: ${detail.message})`).toBe(source.reason);
        expect(detail.src, 'detail.src').toBe(src);
        expect(detail.message?.length ?? 0, 'detail.message, a sentence for logs').toBeGreaterThan(10);
        if (source.status) expect(detail.status, 'detail.status').toBe(source.status);
        if (source.reason === 'schema') {
          expect(detail.issues?.length ?? 0, 'detail.issues').toBeGreaterThan(0);
          for (const issue of detail.issues) expect(issue.path, 'each issue has a path').toMatch(/./);
          if (source.path)
            expect(
              detail.issues.map((i) => i.path),
              'a path names the bad field',
            ).toContainEqual(expect.stringMatching(source.path));
        }
        if (inline) {
          expect(outcome.statusClass, 'the fallback is rendered').toMatch(/\bfallback\b/);
          expect(outcome.text, 'an inline fact shows readers nothing, never a raw name').toBe('');
        } else {
          expect(outcome.statusClass, 'the error state is rendered').toMatch(/\berror\b/);
          expect(outcome.statusText, 'the error, in plain words').toBe(
            `This information could not be shown. ${SAYS[source.reason]}`,
          );
        }
        expect(outcome.pwned, 'a script ran').toBe(false);
        expect(outcome.recovered, 'a good src afterwards loads').toBe(true);
        if (!inline) expect(outcome.marked, 'the data from the good src is shown, not the bundled data').toBe(true);
        expect(outcome.afterStatusClass, 'the error state is gone after recovery').not.toMatch(/\b(error|fallback)\b/);
        // A redirect to javascript: or data: is blocked by the page's own connect-src, which reports it:
        // that is the host's CSP at work, not the element's doing.
        const redirect = source.name.startsWith('a redirect');
        await host.expectHealthy({
          allowFailedLoads: true,
          allowViolation: (v) => redirect && v.directive === 'connect-src',
          allowConsole: redirect ? /^Connecting to '(javascript|data):/ : undefined,
        });
      },
    );
  });
