// Times and memory in headless Chromium (the system's: CHROME_PATH or /usr/bin/chromium; no
// browser is ever downloaded), all on one page in one run, medians of repeated runs, each beside
// a baseline: the same markup built by hand with DOM APIs, and the same number of iframes each
// loading a minimal document with the same content.
// Layout stability is vitals.mjs's (the embed demo with and without cloak.css, each element from src).
// Needs the build (dist/embed). Benchmarks, not tests: nothing here fails on a time.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../../scripts/lib/chromium.mjs';
import { serve } from '../../scripts/lib/server.mjs';

const repo = fileURLToPath(new URL('../../../..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COUNTS = (process.env.BENCH_COUNTS ?? '1,10,100').split(',').map(Number);
const ELEMENTS = [
  { tag: 'eu-programme-list', filter: ['category', 'education'] },
  { tag: 'eu-trade-summary', filter: ['year', '2016'] },
];

// The repository, the embed demo's ../embed/ served from components/dist, and a blank page.
const server = await serve({
  pages: {
    '/bench.html':
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title><body><div id="stage"></div></body></html>',
  },
});
const { origin } = server;

if (!existsSync(join(repo, 'packages/components/dist/embed/eu-belarus.js'))) {
  console.error('time bench: dist/embed/eu-belarus.js is missing; run `pnpm build` first');
  process.exit(1);
}

const browser = await launch(['--js-flags=--expose-gc']);
const t0 = Date.now();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(8);

try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${origin}/bench.html`);
  await page.addScriptTag({ type: 'module', url: '/packages/components/dist/embed/eu-belarus.js' });
  await page.evaluate(
    async (tags) => Promise.all(tags.map((t) => customElements.whenDefined(t))),
    ELEMENTS.map((e) => e.tag),
  );

  // Helpers in the page: render N components, N hand-built copies, N iframes; each returns ms.
  await page.evaluate(() => {
    const stage = document.getElementById('stage');
    const clear = () => stage.replaceChildren();
    const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    /** Serializes a node tree to a plain description, to rebuild it with DOM APIs. */
    const describe = (node) =>
      node.nodeType === Node.TEXT_NODE
        ? node.data
        : node.nodeType === Node.ELEMENT_NODE
          ? {
              tag: node.localName,
              ns: node.namespaceURI,
              attrs: [...node.attributes].map((a) => [a.name, a.value]),
              children: [...node.childNodes].map(describe).filter((c) => c !== null),
            }
          : null;
    const build = (d) => {
      if (typeof d === 'string') return document.createTextNode(d);
      const el =
        d.ns === 'http://www.w3.org/1999/xhtml' ? document.createElement(d.tag) : document.createElementNS(d.ns, d.tag);
      for (const [n, v] of d.attrs) el.setAttribute(n, v);
      for (const c of d.children) el.append(build(c));
      return el;
    };
    /** An element that renders at once (`loading="eager"`): the bench times rendering, not waiting for the viewport. */
    const make = (tag) => Object.assign(document.createElement(tag), { loading: 'eager' });
    window.bench = {
      /** Captures one rendered instance: its shadow markup (as a description and as HTML) and its CSS. */
      async capture(tag) {
        clear();
        const el = make(tag);
        stage.append(el);
        await el.updateComplete;
        const root = el.shadowRoot;
        const css = [...root.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
        const tree = [...root.childNodes].map(describe).filter((c) => c !== null);
        const container = document.createElement('div');
        container.append(...tree.map(build));
        clear();
        return { tree, css, html: container.innerHTML };
      },
      async components(tag, n) {
        clear();
        await settle();
        const t = performance.now();
        const els = [];
        for (let i = 0; i < n; i++) els.push(stage.appendChild(make(tag)));
        await Promise.all(els.map((e) => e.updateComplete));
        void stage.offsetHeight; // style and layout
        return performance.now() - t;
      },
      async vanilla(captured, n) {
        clear();
        await settle();
        const sheet = (window.__sheets ??= new Map()).get(captured.css) ?? new CSSStyleSheet();
        if (!window.__sheets.has(captured.css))
          (sheet.replaceSync(captured.css.replaceAll(':host', '.host')), window.__sheets.set(captured.css, sheet));
        const t = performance.now();
        for (let i = 0; i < n; i++) {
          const host = stage.appendChild(document.createElement('div'));
          const root = host.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = [sheet];
          for (const c of captured.tree) root.append(build(c));
        }
        void stage.offsetHeight;
        return performance.now() - t;
      },
      async iframes(captured, n) {
        clear();
        await settle();
        const doc = `<!doctype html><html lang="en"><meta charset="utf-8"><style>${captured.css.replaceAll(':host', 'body')}</style><body>${captured.html}</body></html>`;
        const t = performance.now();
        const loads = [];
        for (let i = 0; i < n; i++) {
          const f = document.createElement('iframe');
          f.width = '600';
          f.height = '400';
          loads.push(new Promise((r) => f.addEventListener('load', r, { once: true })));
          f.srcdoc = doc;
          stage.append(f);
        }
        await Promise.all(loads);
        void stage.offsetHeight;
        return performance.now() - t;
      },
      /** Renders n components, then times setting `name` to `value` on every one, until all have updated. */
      async update(tag, n, name, value) {
        clear();
        const els = [];
        for (let i = 0; i < n; i++) els.push(stage.appendChild(make(tag)));
        await Promise.all(els.map((e) => e.updateComplete));
        await settle();
        const t = performance.now();
        for (const e of els) e.setAttribute(name, value);
        await Promise.all(els.map((e) => e.updateComplete));
        void stage.offsetHeight;
        return performance.now() - t;
      },
      clear,
    };
  });

  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  // Warm up: load the be strings and content once, so updates time the update, not the network.
  await page.evaluate(async () => {
    const el = document.createElement('eu-programme-list');
    el.lang = 'be';
    document.getElementById('stage').append(el);
    await el.updateComplete;
    const t = document.createElement('eu-trade-summary');
    t.lang = 'be';
    document.getElementById('stage').append(t);
    await t.updateComplete;
    window.bench.clear();
  });

  const results = [];
  for (const { tag, filter } of ELEMENTS) {
    const captured = await page.evaluate((t) => window.bench.capture(t), tag);
    for (const n of COUNTS) {
      const runs = { components: [], vanilla: [], iframes: [] };
      // 100 iframes take seconds each: three runs there.
      for (let r = 0; r < (n >= 100 ? Math.min(RUNS, 3) : RUNS); r++) {
        // Interleaved, so drift on a shared machine hits all three alike.
        runs.components.push(await page.evaluate(([t, k]) => window.bench.components(t, k), [tag, n]));
        runs.vanilla.push(await page.evaluate(([c, k]) => window.bench.vanilla(c, k), [captured, n]));
        runs.iframes.push(await page.evaluate(([c, k]) => window.bench.iframes(c, k), [captured, Math.min(n, 100)]));
      }
      results.push({ tag, n, c: median(runs.components), v: median(runs.vanilla), f: median(runs.iframes) });
    }
    // Updates on 100 instances.
    const langRuns = [];
    const filterRuns = [];
    for (let r = 0; r < RUNS; r++) {
      langRuns.push(await page.evaluate(([t]) => window.bench.update(t, 100, 'lang', 'be'), [tag]));
      filterRuns.push(await page.evaluate(([t, a, v]) => window.bench.update(t, 100, a, v), [tag, ...filter]));
    }
    const first100 = results.find((x) => x.tag === tag && x.n === 100)?.c ?? NaN;
    results.push({
      tag,
      update: true,
      lang: median(langRuns),
      filter: median(filterRuns),
      filterName: `${filter[0]}="${filter[1]}"`,
      first100,
    });

    // Memory: JS heap after GC, per 100 instances, beside 100 hand-built copies.
    await page.evaluate(() => window.bench.clear());
    const base = await heap();
    await page.evaluate(([t]) => window.bench.components(t, 100), [tag]);
    const withComponents = await heap();
    await page.evaluate(() => window.bench.clear());
    const base2 = await heap();
    await page.evaluate(([c]) => window.bench.vanilla(c, 100), [captured]);
    const withVanilla = await heap();
    await page.evaluate(() => window.bench.clear());
    results.push({ tag, memory: true, components: withComponents - base, vanilla: withVanilla - base2 });
  }
  await page.close();

  // --- Print -------------------------------------------------------------------------------------
  console.log(
    `\nfirst render (ms, median of ${RUNS} (3 at n=100); component vs the same markup by hand, and vs iframes)`,
  );
  console.log(
    `  ${'element'.padEnd(20)}${'n'.padStart(5)}${'component'.padStart(11)}${'by hand'.padStart(9)}${'iframes'.padStart(9)}   ${'÷ by hand'.padStart(10)}${'÷ iframes'.padStart(10)}${'per item'.padStart(10)}`,
  );
  for (const x of results.filter((r) => r.n))
    console.log(
      `  ${x.tag.padEnd(20)}${String(x.n).padStart(5)}${fmt(x.c)}  ${fmt(x.v)} ${fmt(x.f)}   ${(x.c / x.v).toFixed(2).padStart(9)}×${(x.c / x.f).toFixed(2).padStart(9)}×${fmt(x.c / x.n)}`,
    );
  console.log(`\nupdate of 100 instances (ms, median of ${RUNS}; beside their first render)`);
  for (const x of results.filter((r) => r.update))
    console.log(
      `  ${x.tag.padEnd(20)} lang="be" ${fmt(x.lang)}   ${x.filterName.padEnd(18)}${fmt(x.filter)}   first render of 100 ${fmt(x.first100)}`,
    );
  console.log('\nJS heap after GC, 100 instances (KB; beside the same markup by hand)');
  for (const x of results.filter((r) => r.memory))
    console.log(
      `  ${x.tag.padEnd(20)} component ${(x.components / 1024).toFixed(0).padStart(6)}   by hand ${(x.vanilla / 1024).toFixed(0).padStart(6)}   ${(x.components / Math.max(1, x.vanilla)).toFixed(1)}×   per instance ${(x.components / 100 / 1024).toFixed(1)} KB`,
    );
  // Issue 19's target: 100 instances within 1.3× the same markup by hand (one shared constructable sheet).
  console.log('\ntargets');
  for (const x of results.filter((r) => r.n === 100)) {
    const ratio = x.c / x.v;
    console.log(
      `  ${ratio <= 1.3 ? 'met  ' : 'MISSED'} ${`100 × <${x.tag}>, first render ÷ by hand`.padEnd(58)} ${ratio.toFixed(2)}× (target ≤ 1.3×)`,
    );
  }
  console.log(`\ntime bench took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
} finally {
  await browser.close();
  await server.close();
}
