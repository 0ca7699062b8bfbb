// The pages Lighthouse CI measures (lighthouserc.cjs starts this), on the one test server:
// six elements in view, the same six below the fold, each element alone with its data from a slow
// `src` (the package's own file, as a site that hosts it serves it: the room kept while loading is
// that data's rendered room; with a mark: the room kept while loading, the rendered height), the embed demo without
// cloak.css, and (with --by-hand) the baseline: the six elements'
// rendered markup written into a page by hand (declarative shadow DOM, no script).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from '../../scripts/lib/chromium.mjs';
import { serve } from '../../scripts/lib/server.mjs';

const { topics: TOPICS } = createRequire(import.meta.url)('../../lighthouserc.cjs');
const SIX = Object.keys(TOPICS)
  .slice(0, 6)
  .map((tag) => `<${tag}${tag === 'eu-programme-list' ? ' show-filter' : ''}></${tag}>`);
const page = (
  body,
  head = '<link rel="stylesheet" href="/embed/cloak.css"><script type="module" src="/embed/eu-belarus.js"></script>',
) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A host page</title>${head}
<style>body{margin:0;font:16px/1.5 Arial,sans-serif}main{max-width:760px;margin:0 auto;padding:16px}</style></head>
<body><main><h1>A host page</h1><p>Some of the host's own text above the elements.</p>${body}<p>The host's footer.</p></main></body></html>`;

/** The room the element keeps while its data loads, and its rendered height: a mark for the user-timings audit. */
const heights = `<script type="module">
const el = document.querySelector('main > [src]'), h = () => Math.round(el.getBoundingClientRect().height);
const frame = (test) => new Promise((r) => (function poll() { test() ? r() : requestAnimationFrame(poll); })());
await frame(() => el.shadowRoot?.querySelector('.status.loading'));
const reserved = h();
await frame(() => el.hasUpdated && !el.shadowRoot.querySelector('.status.loading'));
await new Promise((r) => setTimeout(r, 100));
performance.mark(\`reserved \${reserved} / rendered \${h()} px\`);
</script>`;
const demo = readFileSync(new URL('../../../docs/embed-demo/index.html', import.meta.url), 'utf8');
const pages = {
  // Eager: all six render at load, the stricter case.
  '/bench/six.html': page(SIX.map((m) => m.replace('><', ' loading="eager"><')).join('\n')),
  '/bench/below.html': page(`<div style="height:6000px">Long article</div>${SIX.join('\n')}`),
  '/packages/docs/embed-demo/no-cloak.html': demo.replace(/<link rel="stylesheet" href="..\/embed\/cloak.css" \/>/, ''),
};
for (const [tag, topic] of Object.entries(TOPICS))
  for (const compact of ['', ' compact'])
    pages[`/bench/src-${tag}${compact ? '-compact' : ''}.html`] = page(
      `<${tag}${compact} loading="eager" src="/fixtures/slow/${topic}.json?ms=400&mark=none"></${tag}><p>The host's text after the element.</p>${heights}`,
    );

// BENCH_EMBED=/abs/dist/embed: the same pages with another build's embed folder.
const server = await serve({ port: Number(process.env.BENCH_PORT ?? 47213), pages, embedDir: process.env.BENCH_EMBED });
if (process.argv.includes('--by-hand')) {
  const browser = await launch();
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await p.goto(`${server.origin}/bench/six.html`);
  const html = await p.evaluate(async () => {
    const els = [...document.querySelectorAll('main > *')].filter((e) => e.localName.startsWith('eu-'));
    await Promise.all(els.map(async (e) => (await customElements.whenDefined(e.localName), e.updateComplete)));
    return els
      .map((e) => {
        const css = [...e.shadowRoot.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText));
        return `<div class="${e.localName}"><template shadowrootmode="open"><style>${css.join('')}</style>${e.shadowRoot.innerHTML}</template></div>`;
      })
      .join('\n');
  });
  await browser.close();
  pages['/bench/six-by-hand.html'] = page(html.replace(/<!--\?lit\$\d+\$-->|<!---->/g, ''), '');
}
console.log(`listening on ${server.origin}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close().then(() => process.exit(0)));
