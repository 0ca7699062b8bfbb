// Hostile `.data` on every element: markup, unsafe URLs, bidi controls and huge strings in every
// field of their kind. The element loads it safely or rejects it with the path of the field.
import { ELEMENTS, expect, test, eachCase } from './fixtures.mjs';

/** Each string field of a kind (text in a locale, or a URL) is replaced or wrapped. */
const PAYLOADS = {
  '<script> and markup in text': { kind: 'text', id: 'markup' },
  'javascript: URLs': { kind: 'url', id: 'javascript' },
  'data: URLs': { kind: 'url', id: 'data' },
  'plain http URLs': { kind: 'url', id: 'http' },
  'bidi control characters': { kind: 'text', id: 'bidi' },
  '10,000-character strings': { kind: 'text', id: 'long', narrow: true },
};

for (const element of ELEMENTS)
  test(`<${element.tag}> .data with ${Object.keys(PAYLOADS).length} kinds of hostile content`, async ({
    elementHost,
  }) => {
    await eachCase(
      Object.entries(PAYLOADS),
      ([kind]) => `<${element.tag}> .data with ${kind}`,
      async ([, payload]) => {
        const { host, topic, inline } = await elementHost(element);
        await host.page.setViewportSize({ width: payload.narrow ? 320 : 1280, height: 800 });
        await host.page.evaluate(async () => {
          const el = document.getElementById('el');
          el.data = undefined;
          await el.updateComplete;
        });
        const outcome = await host.page.evaluate(
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
              el.addEventListener('eu-data-load', (e) => resolve({ type: 'load', detail: e.detail }), { once: true });
            });
            el.data = walk(valid);
            // 20 s: a cap for the message only (validation and rendering on a loaded CI machine take seconds).
            const result = await Promise.race([
              outcome,
              new Promise((r) => setTimeout(() => r({ type: 'none' }), 20_000)),
            ]);
            await el.updateComplete;
            // Open every disclosure, so links behind them render too.
            for (const b of el.shadowRoot.querySelectorAll('button[aria-expanded="false"]')) b.click();
            await el.updateComplete;
            const root = el.shadowRoot.querySelector('.root');
            return {
              ...result,
              pwned: Boolean(window.__pwned),
              text: el.shadowRoot.textContent,
              viewport: document.documentElement.clientWidth,
              pageScrollWidth: document.documentElement.scrollWidth,
              rootScroll: root.scrollWidth,
              rootClient: root.clientWidth,
            };
          },
          { topic, kind: payload.kind, id: payload.id },
        );
        // Playwright's CSS locators pierce open shadow roots: what the element rendered for the reader.
        const rendered = (selector, read) => host.page.locator('#el').locator(selector).evaluateAll(read);
        const dangerous = await rendered(
          'script, iframe, object, embed, img, style, [onerror], [onclick], [onload]',
          (n) => n.map((e) => e.outerHTML.slice(0, 120)),
        );
        const urls = await rendered('[href], [src], [action], [formaction]', (n) =>
          n.flatMap((e) =>
            ['href', 'src', 'action', 'formaction'].map((a) => e.getAttribute(a)).filter((v) => v !== null),
          ),
        );
        expect(outcome.type, 'the element either loaded the data or reported it within 20 s').not.toBe('none');
        expect(outcome.pwned, 'a script ran').toBe(false);
        expect(dangerous, 'script, image or handler in a shadow root').toEqual([]);
        expect(
          urls.filter((v) => !/^(https:\/\/|#)/i.test(v.trim())),
          'links that are not https (or in-page)',
        ).toEqual([]);
        if (outcome.type === 'error') {
          expect(outcome.detail.reason, outcome.detail.message).toBe('schema');
          expect(
            outcome.detail.issues.filter((i) => !i.path),
            'issues without a path',
          ).toEqual([]);
          if (payload.kind === 'url')
            expect(
              outcome.detail.issues.map((i) => i.path),
              'the path names the url',
            ).toContainEqual(expect.stringMatching(/url$/i));
        } else if (payload.id === 'markup') {
          expect(outcome.text, 'markup is shown as text').toContain('<script>window.__pwned=1</script>');
        }
        if (payload.narrow) {
          expect(outcome.pageScrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(outcome.viewport + 1);
          if (!inline) expect(outcome.rootScroll, 'the element overflows').toBeLessThanOrEqual(outcome.rootClient + 1);
        }
        await host.expectHealthy();
      },
    );
  });
