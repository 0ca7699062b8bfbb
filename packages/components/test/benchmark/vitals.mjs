// What the elements cost a host page, as a news site's Core Web Vitals see it (issue 19's targets),
// in headless Chromium (CHROME_PATH or Debian's; nothing is downloaded), each page beside a
// baseline measured in the same run: the same elements' rendered markup written into the page by
// hand (declarative shadow DOM, no script), which is the floor any embed stands on.
//
//   node test/benchmark/vitals.mjs              every measurement
//   BENCH_EMBED=/abs/dist/embed node …          the same pages with another build's embed folder
//   BENCH_ONLY=tasks,cls node …                 some sections (tasks, lazy, cls, lighthouse; profile only when named)
//   BENCH_THREAD_TIME=1 node …                  tasks' CPU time, not wall time (on a loaded machine)
//   BENCH_DEBUG=1 node …                        what the longest tasks did
//
// Needs the build (dist/embed). A benchmark: it prints the figures and whether each target is met;
// the size budgets are size-limit's (`pnpm size`).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath, launch } from '../../scripts/lib/chromium.mjs';
import { serve } from '../../scripts/lib/server.mjs';

const repo = fileURLToPath(new URL('../../../..', import.meta.url));
const embedDir = process.env.BENCH_EMBED ?? join(repo, 'packages/components/dist/embed');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const only = process.env.BENCH_ONLY?.split(',');
const section = (name) => !only || only.includes(name);
if (!existsSync(join(embedDir, 'eu-belarus.js'))) {
  console.error(`vitals bench: ${embedDir}/eu-belarus.js is missing; run \`pnpm build\` first`);
  process.exit(1);
}

/** The six content elements, as a web team would paste them. */
export const SIX = [
  '<eu-programme-list show-filter></eu-programme-list>',
  '<eu-trade-summary></eu-trade-summary>',
  '<eu-dialogue-list></eu-dialogue-list>',
  '<eu-relations-timeline></eu-relations-timeline>',
  '<eu-assistance-summary></eu-assistance-summary>',
  '<eu-relations-overview></eu-relations-overview>',
];
/** The same six rendering at load, wherever they are (the stricter case for the tasks at load). */
const EAGER = SIX.map((m) => m.replace(/^<(eu-[\w-]+)/, '<$1 loading="eager"'));

const page = ({ body, cloak = true, head = '' }) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>vitals</title>
${cloak ? '<link rel="stylesheet" href="/embed/cloak.css">' : ''}${head}
<style>body{margin:0;font:16px/1.5 Arial,sans-serif}main{max-width:760px;margin:0 auto;padding:16px}</style></head>
<body><main><h1>A host page</h1><p>Some of the host's own text above the elements.</p>${body}<p>The host's footer.</p></main></body></html>`;
const script = '<script type="module" src="/embed/eu-belarus.js"></script>';

const pages = {
  '/vitals/six.html': page({ head: script, body: EAGER.join('\n') }),
  '/vitals/below.html': page({ head: script, body: `<div style="height:6000px">Long article</div>${SIX.join('\n')}` }),
};

// The embed folder under /embed/ (this build, or BENCH_EMBED's), the pages above, then the repository.
const server = await serve({ pages, embedDir: process.env.BENCH_EMBED });
const { origin } = server;

const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n) => `${Math.round(n)} ms`.padStart(8);

/**
 * The tasks of the page's main thread from a Chromium trace, [{ start, dur }] in ms, and its first
 * contentful paint, on the trace's clock: the renderer is the one that painted the page.
 */
function mainThreadTasks(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === fcp?.pid);
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid);
  // BENCH_THREAD_TIME=1: the thread's CPU time instead of wall time, for a loaded machine (not what a reader feels).
  const duration = (e) => (process.env.BENCH_THREAD_TIME ? (e.tdur ?? e.dur) : e.dur) / 1000;
  const tasks = onMain.filter((e) => e.name === 'RunTask').map((e) => ({ start: e.ts / 1000, dur: duration(e) }));
  if (process.env.BENCH_DEBUG)
    for (const t of [...tasks].sort((a, b) => b.dur - a.dur).slice(0, 4)) {
      const inside = new Map();
      for (const e of onMain)
        if (e.name !== 'RunTask' && e.ts / 1000 >= t.start && e.ts / 1000 < t.start + t.dur)
          inside.set(e.name, (inside.get(e.name) ?? 0) + duration(e));
      const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 6);
      console.log(
        `  task ${t.dur.toFixed(0)} ms at +${(t.start - (fcp?.ts ?? 0) / 1000).toFixed(0)} ms after FCP: ${top.map(([n, d]) => `${n} ${d.toFixed(0)}`).join(', ')}`,
      );
    }
  return { tasks, fcp: fcp ? fcp.ts / 1000 : 0 };
}

/**
 * Loads `url` (at `cpu`× slowdown), waits until every element has rendered (`until`) and the page
 * has been quiet for a second, and returns the longest task and the Total Blocking Time (the part
 * of each task beyond 50 ms, from the first paint on, as Lighthouse counts it).
 */
async function loadAndMeasure(url, { cpu = 1, viewport = { width: 1280, height: 900 }, until = 'rendered' } = {}) {
  const context = await browser.newContext({ viewport });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await browser.startTracing(p, {
    categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'loading'],
  });
  await p.goto(url);
  await p.evaluate(async (mode) => {
    const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eu-'));
    if (mode === 'rendered') {
      await Promise.all(els.map((e) => customElements.whenDefined(e.localName)));
      await Promise.all(els.map((e) => e.updateComplete));
    }
    // Then a quiet second, so late tasks are counted too.
    await new Promise((r) => setTimeout(r, 1000));
  }, until);
  const rendered = await p.evaluate(
    () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eu-') && e.hasUpdated).length,
  );
  const trace = await browser.stopTracing();
  await context.close();
  const { tasks, fcp } = mainThreadTasks(trace);
  return {
    longest: Math.max(0, ...tasks.map((t) => t.dur)),
    long: tasks.filter((t) => t.dur > 50).length,
    tbt: tasks.filter((t) => t.start >= fcp).reduce((sum, t) => sum + Math.max(0, t.dur - 50), 0),
    // The same sum over every task, before the first paint too: a long task that delays the first
    // paint is not in Lighthouse's TBT, but the reader waits for it all the same.
    blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.dur - 50), 0),
    rendered,
  };
}

/** The same page with each element's rendered shadow DOM written in by hand (declarative shadow DOM, no script). */
async function byHandPage(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  await p.goto(`${origin}${path}`);
  const html = await p.evaluate(async () => {
    const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eu-'));
    for (const e of els) e.setAttribute('loading', 'eager');
    await Promise.all(els.map((e) => customElements.whenDefined(e.localName)));
    await Promise.all(els.map((e) => e.updateComplete));
    for (const e of els) {
      const css = [...e.shadowRoot.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('');
      const div = document.createElement('div');
      div.setAttribute('data-host', e.localName);
      for (const a of e.attributes) div.setAttribute(a.name, a.value);
      div.innerHTML = `<template shadowrootmode="open"><style>${css}</style>${e.shadowRoot.innerHTML}</template>`;
      e.replaceWith(div);
    }
    document.querySelector('script[src*="eu-belarus"]')?.remove();
    return document.documentElement.outerHTML;
  });
  await context.close();
  const byHand = `${path.replace('.html', '')}-by-hand.html`;
  pages[byHand] = `<!doctype html>${html.replace(/<!--\?lit\$\d+\$-->|<!---->/g, '')}`;
  return `${origin}${byHand}`;
}

const rows = [];
const targets = [];
const target = (name, value, limit, unit = 'ms', cmp = '≤') =>
  targets.push({ name, value, limit, unit, cmp, ok: cmp === '≤' ? value <= limit : value >= limit });

try {
  if (section('tasks')) {
    const byHand = await byHandPage('/vitals/six.html');
    for (const [label, cpu] of [
      ['unthrottled', 1],
      ['CPU ×4', 4],
    ]) {
      const runs = { c: [], h: [] };
      for (let r = 0; r < RUNS; r++) {
        runs.c.push(await loadAndMeasure(`${origin}/vitals/six.html`, { cpu }));
        runs.h.push(await loadAndMeasure(byHand, { cpu, until: 'load' }));
      }
      const pick = (xs, k) => median(xs.map((x) => x[k]));
      rows.push([
        `six elements in view, ${label}`,
        pick(runs.c, 'longest'),
        pick(runs.c, 'tbt'),
        pick(runs.c, 'blocking'),
        pick(runs.h, 'longest'),
        pick(runs.h, 'tbt'),
      ]);
      if (cpu === 1) target('six elements, unthrottled: longest task', pick(runs.c, 'longest'), 50);
      else target('six elements, CPU ×4: Total Blocking Time', pick(runs.c, 'tbt'), 200);
    }
  }
  if (section('lazy')) {
    const runs = [];
    for (let r = 0; r < RUNS; r++)
      runs.push(await loadAndMeasure(`${origin}/vitals/below.html`, { cpu: 4, until: 'load' }));
    const tbt = median(runs.map((x) => x.tbt));
    rows.push([
      'six elements 6,000 px below the fold, CPU ×4 (until scrolled)',
      median(runs.map((x) => x.longest)),
      tbt,
      median(runs.map((x) => x.blocking)),
    ]);
    target('below the fold, CPU ×4: Total Blocking Time until near', tbt, 50);
  }

  if (section('cls')) {
    // Layout shift while the elements load: the embed demo with and without the cloak, and each
    // element alone with data from a slow \`src\` (its loading state first), wide and at 320 px,
    // normal and compact, with host text after it. Also the room reserved while loading beside the
    // rendered height.
    const demo = readFileSync(join(repo, 'packages/docs/embed-demo/index.html'), 'utf8');
    pages['/packages/docs/embed-demo/no-cloak.html'] = demo.replace(
      /<link rel="stylesheet" href="..\/embed\/cloak.css" \/>/,
      '',
    );
    const clsOf = async (url, viewport, { heights = false } = {}) => {
      const context = await browser.newContext({ viewport });
      const p = await context.newPage();
      await p.addInitScript(() => {
        window.__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await p.goto(url);
      const reserved = heights
        ? await p.evaluate(async () => {
            const el = document.querySelector('main > [src]');
            await customElements.whenDefined(el.localName);
            await new Promise((r) =>
              (function poll() {
                el.shadowRoot?.querySelector('.status.loading') ? r() : requestAnimationFrame(poll);
              })(),
            );
            return el.getBoundingClientRect().height;
          })
        : undefined;
      const result = await p.evaluate(async () => {
        const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eu-'));
        await Promise.all(els.map((e) => customElements.whenDefined(e.localName)));
        // Only those that render at load: eager ones, and those near the viewport (far ones stay lazy, as a reader gets them).
        const near = els.filter(
          (e) => e.getAttribute('loading') === 'eager' || e.getBoundingClientRect().top < innerHeight + 1250,
        );
        await Promise.all(near.map((e) => e.updateComplete));
        await new Promise((r) => setTimeout(r, 500));
        const el = document.querySelector('main > [src]');
        return { cls: window.__cls, height: el?.getBoundingClientRect().height };
      });
      await context.close();
      return { ...result, reserved };
    };
    const clsRows = [];
    for (const [name, path] of [
      ['embed demo, with cloak.css', '/packages/docs/embed-demo/index.html'],
      ['embed demo, without cloak.css', '/packages/docs/embed-demo/no-cloak.html'],
    ]) {
      const runs = [];
      for (let r = 0; r < RUNS; r++) runs.push((await clsOf(`${origin}${path}`, { width: 1280, height: 900 })).cls);
      clsRows.push([name, Math.max(...runs)]);
      target(`CLS, ${name}`, Math.max(...runs), name.includes('without') ? 0.02 : 0, '');
    }
    let worstSrc = 0;
    for (const tag of [...SIX.map((m) => /<(eu-[\w-]+)/.exec(m)[1]), 'eu-restrictive-measures'])
      for (const width of [1280, 320])
        for (const compact of ['', ' compact']) {
          const topic = {
            'eu-programme-list': 'programmes',
            'eu-trade-summary': 'trade',
            'eu-dialogue-list': 'dialogues',
            'eu-relations-timeline': 'timeline',
            'eu-assistance-summary': 'assistance',
            'eu-relations-overview': 'overview',
            'eu-restrictive-measures': 'restrictive-measures',
          }[tag];
          const path = `/vitals/src-${tag}-${width}${compact ? '-compact' : ''}.html`;
          pages[path] = page({
            head: script,
            body: `<${tag}${compact} loading="eager" src="/fixtures/slow/${topic}.json?ms=400"></${tag}><p>The host's text after the element.</p>`,
          });
          const r = await clsOf(`${origin}${path}`, { width, height: width === 320 ? 640 : 900 }, { heights: true });
          worstSrc = Math.max(worstSrc, r.cls);
          clsRows.push([
            `${tag}${compact} from src, ${width} px (reserved ${Math.round(r.reserved)} / rendered ${Math.round(r.height)} px)`,
            r.cls,
          ]);
        }
    target('CLS, each element from src (worst of 28 pages)', worstSrc, 0, '');
    console.log(`\nlayout shift (CLS; the worst of ${RUNS} runs for the demo)`);
    for (const [name, cls] of clsRows) console.log(`  ${name.padEnd(100)} ${cls.toFixed(4)}`);
  }

  if (only?.includes('profile')) {
    // Where the time goes: a CPU profile (CDP Profiler) of the six-element page at CPU ×4, self time by function.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await p.goto(`${origin}/vitals/six.html`);
    await p.evaluate(async () => {
      const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eu-'));
      await Promise.all(els.map((e) => customElements.whenDefined(e.localName)));
      await Promise.all(els.map((e) => e.updateComplete));
    });
    const { profile } = await cdp.send('Profiler.stop');
    await context.close();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const f = byId.get(id).callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`\nCPU profile, six elements at CPU ×4 (self time; ${Math.round(total)} ms sampled)`);
    for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`  ${t.toFixed(1).padStart(7)} ms  ${key}`);
  }

  if (section('lighthouse')) {
    // Lighthouse's mobile preset (its default) with DevTools throttling, on the embed demo, Debian's Chromium.
    const cli = fileURLToPath(new URL('../../node_modules/lighthouse/cli/index.js', import.meta.url));
    const scores = [];
    for (let r = 0; r < RUNS; r++) {
      const dir = mkdtempSync(join(tmpdir(), 'eu-lighthouse-'));
      try {
        await promisify(execFile)(
          process.execPath,
          [
            cli,
            `${origin}/packages/docs/embed-demo/index.html`,
            '--throttling-method=devtools',
            '--only-categories=performance,accessibility',
            '--output=json',
            `--output-path=${join(dir, 'report.json')}`,
            '--quiet',
            `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
          ],
          { env: { ...process.env, CHROME_PATH: chromiumPath() }, timeout: 180_000 },
        );
        const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
        const audit = (id) => report.audits[id]?.numericValue ?? NaN;
        scores.push({
          performance: Math.round(report.categories.performance.score * 100),
          accessibility: Math.round(report.categories.accessibility.score * 100),
          tbt: audit('total-blocking-time'),
          lcp: audit('largest-contentful-paint'),
          cls: audit('cumulative-layout-shift'),
          fcp: audit('first-contentful-paint'),
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const med = (k) => median(scores.map((x) => x[k]));
    console.log(`\nLighthouse, embed demo (mobile preset, --throttling-method=devtools; median of ${RUNS})`);
    console.log(
      `  performance ${med('performance')}  accessibility ${med('accessibility')}   FCP ${ms(med('fcp')).trim()}  LCP ${ms(med('lcp')).trim()}  TBT ${ms(med('tbt')).trim()}  CLS ${med('cls').toFixed(3)}`,
    );
    target('Lighthouse performance (embed demo)', med('performance'), 98, '', '≥');
    target('Lighthouse accessibility (embed demo)', med('accessibility'), 100, '', '≥');
  }

  console.log(`\nmain-thread cost (median of ${RUNS}; beside the same markup by hand, no script)`);
  console.log(
    `  ${'page'.padEnd(62)}${'longest'.padStart(9)}${'TBT'.padStart(9)}${'all>50'.padStart(9)}   ${'by hand: longest'.padStart(17)}${'TBT'.padStart(9)}`,
  );
  for (const [name, longest, tbt, blocking, hl, ht] of rows)
    console.log(
      `  ${name.padEnd(62)}${ms(longest)} ${ms(tbt)} ${ms(blocking)}   ${hl === undefined ? '' : `${ms(hl).padStart(17)}${ms(ht)}`}`,
    );
  console.log('  (TBT: beyond 50 ms of each task after the first paint, as Lighthouse counts; all>50: of every task)');
  console.log('\ntargets');
  for (const t of targets)
    console.log(
      `  ${t.ok ? 'met  ' : 'MISSED'} ${t.name.padEnd(58)} ${t.unit ? Math.round(t.value) : +t.value.toFixed(4)} ${t.unit} (target ${t.cmp} ${t.limit} ${t.unit})`,
    );
} finally {
  await browser.close();
  await server.close();
}
