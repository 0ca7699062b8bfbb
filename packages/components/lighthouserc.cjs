// Lighthouse CI for `pnpm bench` (issue 19's host-page targets), in Debian's Chromium (CHROME_PATH),
// pages served by test/benchmark/serve.mjs. One `lhci collect` per BENCH_KIND (each kind is one set of
// Lighthouse settings), then report.mjs prints the figures beside their baselines and `lhci assert`
// checks the targets below. Nothing here is downloaded: no browser, no CDN.
const origin = `http://127.0.0.1:${process.env.BENCH_PORT ?? 47213}`;
const screen = (width, height, mobile = false) => ({
  formFactor: mobile ? 'mobile' : 'desktop',
  screenEmulation: { mobile, width, height, deviceScaleFactor: mobile ? 2 : 1, disabled: false },
});
const noNetworkThrottling = {
  rttMs: 0,
  throughputKbps: 0,
  requestLatencyMs: 0,
  downloadThroughputKbps: 0,
  uploadThroughputKbps: 0,
};
const audits = [
  'long-tasks',
  'total-blocking-time',
  'cumulative-layout-shift',
  'first-contentful-paint',
  'user-timings',
  'bootup-time',
  'mainthread-work-breakdown',
];
const flags =
  '--no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run';
/** Each element and the fixture its `src` page loads (400 ms late). */
const topics = {
  'eu-programme-list': 'programmes',
  'eu-trade-summary': 'trade',
  'eu-dialogue-list': 'dialogues',
  'eu-relations-timeline': 'timeline',
  'eu-assistance-summary': 'assistance',
  'eu-relations-overview': 'overview',
  'eu-restrictive-measures': 'restrictive-measures',
};
const src = Object.keys(topics).flatMap((tag) => [`/bench/src-${tag}.html`, `/bench/src-${tag}-compact.html`]);
const common = { onlyAudits: audits, chromeFlags: flags, disableFullPageScreenshot: true, skipAboutBlank: true };
const unthrottled = { ...common, throttlingMethod: 'provided' };
// CLS only: 'simulate' loads the page unthrottled as 'provided' does (CLS is observed, never simulated)
// but waits 1 s quiet instead of the 5.25 s that Lighthouse's TBT needs for its Time to Interactive.
const quick = { ...common, throttlingMethod: 'simulate', onlyAudits: ['cumulative-layout-shift', 'user-timings'] };

/** Per kind: the pages, how often each is loaded, Lighthouse's settings. */
const KINDS = {
  // Unthrottled, 1280×900: six elements in view and their by-hand baseline.
  view: {
    urls: ['/bench/six.html', '/bench/six-by-hand.html'],
    runs: 2,
    settings: { ...unthrottled, ...screen(1280, 900) },
  },
  // Layout shift only: the demo, each element from `src` wide, and on a phone the compact forms (the
  // default forms, taller than a phone's screen, read 0 there in every run so far; left out for time).
  cls: {
    urls: ['/packages/docs/embed-demo/index.html', '/packages/docs/embed-demo/no-cloak.html', ...src],
    runs: 1,
    settings: { ...quick, ...screen(1280, 900) },
  },
  narrow: {
    urls: src.filter((u) => u.includes('compact')).map((u) => `${u}?320`),
    runs: 1,
    settings: { ...quick, ...screen(320, 640, true) },
  },
  // CPU ×4 (as Lighthouse slows a phone's CPU), no network throttling, 1280×900. Three runs: the
  // median of two is their mean, and one slow run of two decided the budget (session 9: 234 and 167).
  cpu4: {
    urls: ['/bench/six.html?cpu4', '/bench/six-by-hand.html?cpu4', '/bench/below.html?cpu4'],
    runs: 3,
    settings: {
      ...common,
      throttlingMethod: 'devtools',
      throttling: { cpuSlowdownMultiplier: 4, ...noNetworkThrottling },
      ...screen(1280, 900),
    },
  },
  // Lighthouse's own mobile preset (its default) with DevTools throttling, on the embed demo.
  mobile: {
    urls: ['/packages/docs/embed-demo/index.html?mobile'],
    runs: 3,
    settings: {
      throttlingMethod: 'devtools',
      onlyCategories: ['performance', 'accessibility'],
      chromeFlags: flags,
      skipAboutBlank: true,
    },
  },
  // Many instances: the page measures itself (performance.measure → the user-timings audit) and stays
  // busy until done; Lighthouse waits for 5.25 s without long tasks (at most 4 min).
  instances: {
    urls: ['/packages/components/test/benchmark/instances.html'],
    // Three runs, their measures pooled (report.mjs): one run's ratio moved by half (1.14–1.73×).
    runs: 3,
    settings: {
      ...unthrottled,
      onlyAudits: ['user-timings'],
      chromeFlags: `${flags} --js-flags=--expose-gc --enable-precise-memory-info`,
      maxWaitForLoad: 240000,
    },
  },
};
const kind = KINDS[process.env.BENCH_KIND ?? 'view'];
// BENCH_PAGES: only the pages whose path matches this regular expression (an A/B of a few pages).
const pages = kind.urls.filter((u) => !process.env.BENCH_PAGES || new RegExp(process.env.BENCH_PAGES).test(u));
const median = { aggregationMethod: 'median' };

module.exports = {
  topics, // for test/benchmark/serve.mjs
  ci: {
    collect: {
      url: pages.map((u) => origin + u),
      // BENCH_RUNS: more runs of each page (an A/B of one kind: ≥ 3 each, medians).
      numberOfRuns: Number(process.env.BENCH_RUNS) || kind.runs,
      settings: kind.settings,
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      startServerCommand: `node test/benchmark/serve.mjs${pages.some((u) => u.includes('by-hand')) ? ' --by-hand' : ''}`,
      startServerReadyPattern: 'listening on',
      startServerReadyTimeout: 60000,
    },
    // The targets, each with its page; report.mjs prints them met/MISSED beside the figures.
    assert: {
      assertMatrix: [
        { matchingUrlPattern: '/bench/six\\.html$', assertions: { 'long-tasks': ['error', { maxLength: 0 }] } },
        {
          matchingUrlPattern: '/bench/six\\.html\\?cpu4',
          assertions: { 'total-blocking-time': ['error', { maxNumericValue: 200, ...median }] },
        },
        {
          matchingUrlPattern: '/bench/below\\.html\\?cpu4',
          assertions: { 'total-blocking-time': ['error', { maxNumericValue: 50, ...median }] },
        },
        {
          matchingUrlPattern: 'embed-demo/index\\.html\\?mobile',
          assertions: {
            // In every run: the worst run counts (lhci's default, 'optimistic', reads the best).
            'categories:performance': ['error', { minScore: 0.98, aggregationMethod: 'pessimistic' }],
            'categories:accessibility': ['error', { minScore: 1 }],
          },
        },
        {
          matchingUrlPattern: 'embed-demo/index\\.html$',
          assertions: { 'cumulative-layout-shift': ['error', { maxNumericValue: 0 }] },
        },
        {
          matchingUrlPattern: 'embed-demo/no-cloak\\.html$',
          assertions: { 'cumulative-layout-shift': ['warn', { maxNumericValue: 0.02 }] },
        },
        {
          matchingUrlPattern: '/bench/src-',
          assertions: { 'cumulative-layout-shift': ['error', { maxNumericValue: 0 }] },
        },
      ],
    },
  },
};
