// Prints what Lighthouse CI collected (.lighthouseci/lhr-*.json): each page's figures, medians of
// its runs, beside the by-hand baseline of the same run; where the time goes; the many-instances
// timings with issue 19's 1.3× target, which fails the bench when missed (exit 1): Lighthouse CI
// cannot assert a ratio of two timings. `lhci assert` then checks lighthouserc.cjs's targets.
import { readFileSync, readdirSync } from 'node:fs';

const runs = new Map();
for (const f of readdirSync('.lighthouseci').filter((f) => /^lhr-.*\.json$/.test(f))) {
  const lhr = JSON.parse(readFileSync(`.lighthouseci/${f}`, 'utf8'));
  runs.set(lhr.requestedUrl, [...(runs.get(lhr.requestedUrl) ?? []), lhr]);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const items = (lhr, audit, type) =>
  (lhr.audits[audit]?.details?.items ?? []).filter((i) => !type || i.timingType === type);
const tasks = (l) => (l.audits['long-tasks'] ? items(l, 'long-tasks').map((t) => t.duration) : [NaN]);
const full = (l, c) => (l.configSettings.onlyAudits ? NaN : l.categories[c].score * 100); // not from a few audits
const FIGURES = {
  longest: (l) => Math.max(0, ...tasks(l)), // long-tasks lists the tasks ≥ 50 ms
  TBT: (l) => l.audits['total-blocking-time']?.numericValue ?? NaN,
  'all>50': (l) => tasks(l).reduce((sum, d) => sum + d - 50, 0),
  CLS: (l) => l.audits['cumulative-layout-shift'].numericValue,
  perf: (l) => full(l, 'performance'),
  a11y: (l) => full(l, 'accessibility'),
};
const show = (x) => (isNaN(x) ? '' : x > 0 && x < 1 ? x.toFixed(4) : String(Math.round(x))).padStart(8);
const figures = (url) => Object.values(FIGURES).map((f) => show(median(runs.get(url).map(f))));

console.log(`\nLighthouse (ms; medians of the runs; by hand = the same markup written into the page, no script)`);
console.log(
  `  ${'page'.padEnd(56)}${Object.keys(FIGURES)
    .map((k) => k.padStart(8))
    .join('')}  runs`,
);
for (const [url, lhrs] of runs) {
  if (url.includes('instances')) continue;
  const marks = items(lhrs[0], 'user-timings', 'Mark').map((m) => m.name);
  // A target met "in every run" (mobile performance) is read from each run, not from the median.
  const each = isNaN(full(lhrs[0], 'performance'))
    ? ''
    : `perf/TBT each run: ${lhrs.map((l) => `${Math.round(full(l, 'performance'))}/${Math.round(FIGURES.TBT(l))}`).join(' ')}`;
  console.log(
    `  ${url.slice(url.indexOf('/', 8)).padEnd(56)}${figures(url).join('')}${String(lhrs.length).padStart(6)}  ${marks}${each}`,
  );
}
// What makes a TBT target's figure: each run's long tasks (start + duration, ms) and the script
// Lighthouse charges each to (the embed, the page itself, or none: style, layout, paint).
const charged = (url) =>
  /eu-belarus\.js/.test(url) ? 'embed' : /\.html/.test(url ?? '') ? 'page' : (url ?? '') || 'none';
for (const [url, lhrs] of runs) {
  if (!/below\.html|six\.html\?cpu4|\?mobile/.test(url)) continue;
  console.log(`\nlong tasks of ${url.slice(url.indexOf('/', 8))}, each run (start + duration ms, charged to)`);
  for (const l of lhrs)
    console.log(
      `  TBT ${String(Math.round(FIGURES.TBT(l))).padStart(5)}: ${items(l, 'long-tasks')
        .sort((a, b) => a.startTime - b.startTime)
        .map((t) => `${Math.round(t.startTime)}+${Math.round(t.duration)} ${charged(t.url)}`)
        .join(', ')}`,
    );
}

const six = [...runs.keys()].find((u) => u.endsWith('/six.html?cpu4'));
if (six) {
  const [first] = runs.get(six);
  console.log('\nwhere the time goes, six elements at CPU ×4 (first run; ms): by kind, then by script');
  console.log(
    `  ${items(first, 'mainthread-work-breakdown')
      .map((i) => `${i.groupLabel} ${Math.round(i.duration)}`)
      .join(', ')}`,
  );
  for (const i of items(first, 'bootup-time').slice(0, 5))
    console.log(`  ${Math.round(i.total)} (scripting ${Math.round(i.scripting)}) ${i.url}`);
}

// Every run's measures together (more runs with BENCH_RUNS), as the other pages' medians are of every run.
const instanceRuns = [...runs].find(([u]) => u.includes('instances.html'))?.[1] ?? [];
const [instances] = instanceRuns;
if (instances) {
  const ms = new Map();
  for (const run of instanceRuns)
    for (const m of items(run, 'user-timings', 'Measure')) ms.set(m.name, [...(ms.get(m.name) ?? []), m.duration]);
  const at = (name) => median(ms.get(name) ?? [NaN]);
  console.log(
    `\nmany instances (ms, median of ${instanceRuns.length} run(s)' measures): elements, the same markup by hand, iframes`,
  );
  for (const name of ms.keys()) {
    const [, what] = /^(.*): elements$/.exec(name) ?? [];
    if (!what && !name.includes('update')) continue;
    const ratio = what && at(name) / at(`${what}: by hand`);
    const row = what ? [at(name), at(`${what}: by hand`), at(`${what}: iframes`)] : [at(name)];
    console.log(
      `  ${name.replace(': elements', '').padEnd(44)}${row.map((x) => x.toFixed(1).padStart(9)).join('')}${what ? `   ${ratio.toFixed(2)}× by hand` : ''}`,
    );
    if (what?.endsWith('×100')) {
      console.log(`  ${ratio <= 1.3 ? 'met   ' : 'MISSED'} ${what}, ÷ by hand ${ratio.toFixed(2)}× (target ≤ 1.3×)`);
      if (!(ratio <= 1.3)) process.exitCode = 1;
    }
  }
  for (const m of items(instances, 'user-timings', 'Mark')) console.log(`  ${m.name}`);
  if (!items(instances, 'user-timings').some((i) => i.name === 'instances: done')) {
    console.log('  INCOMPLETE: Lighthouse stopped before the page was done');
    process.exitCode = 1;
  }
}
