// Host pages we do not control: hostile CSS, strict policies, two copies, quirks mode, lang on a
// wrapper, and 1,000 elements created, moved and removed.
import { ELEMENTS, STRICT_CSP, allElements, assert, assertHealthy, hostPage, openPage, test } from './harness.mjs';

const HOSTILE_CSS = {
  // The reset some sites ship: every property of every element back to its initial or inherited value.
  'all-unset': `
    * { all: unset; }
    h2 { font-size: 80px; }
    table { display: none; }
    html { box-sizing: content-box; } *, *::before, *::after { box-sizing: inherit; }`,
  // !important everywhere, on everything that can reach the host element.
  'important-everywhere': `
    * { color: transparent !important; font-size: 4px !important; line-height: 0 !important;
        box-sizing: content-box !important; font-family: "Comic Sans MS", cursive !important;
        font-weight: 100 !important; text-align: justify !important; }
    h1, h2, h3, h4, h5, h6 { font-size: 80px !important; display: inline !important; }
    table, tr, td, th { display: none !important; }
    button, select { height: 10px !important; min-height: 0 !important; padding: 0 !important; }
    ul, ol, li { list-style: none !important; margin: 0 !important; padding: 0 !important; }
    a { color: inherit !important; text-decoration: none !important; }`,
  // Inherited text properties that cross the shadow boundary through the host element.
  'inherited-text': `
    * { -webkit-text-fill-color: transparent !important; letter-spacing: -3px !important;
        word-spacing: -10px !important; text-indent: -9999px !important; text-transform: uppercase !important;
        white-space: nowrap !important; font-style: italic !important; text-shadow: 0 0 8px #000 !important;
        font-variant: small-caps !important; }`,
};

function assertLegible(info, { sheet }) {
  const where = `${info.tag} under ${sheet}`;
  assert.ok(info.hasShadow, `${where}: has a shadow root`);
  // The inline fact is part of the host's sentence: it takes the host text's size and colour by design.
  if (ELEMENTS.find((e) => e.tag === info.tag)?.inline) {
    assert.ok(info.height > 0 && info.width > 0 && info.text.length > 0, `${where}: shown`);
    return;
  }
  assert.ok(info.height > 40, `${where}: height ${info.height}`);
  assert.ok(info.width > 8, `${where}: width ${info.width}`);
  if (info.headingText) {
    assert.ok(
      info.headingFontSize >= 16 && info.headingFontSize <= 40,
      `${where}: heading font-size ${info.headingFontSize}px`,
    );
  }
  assert.ok(info.rootFontSize >= 12 && info.rootFontSize <= 24, `${where}: body font-size ${info.rootFontSize}px`);
  assert.deepEqual(info.invisibleText.slice(0, 3), [], `${where}: transparent or hidden text`);
  assert.deepEqual(info.tinyText.slice(0, 3), [], `${where}: text under 10px`);
  const odd = info.texts.filter(
    (t) => t.writingMode !== 'horizontal-tb' || parseFloat(t.textIndent) < -100 || parseFloat(t.letterSpacing) < -1,
  );
  assert.deepEqual(odd.slice(0, 3), [], `${where}: text set vertical, indented off-screen or squeezed`);
  for (const table of info.tables) assert.equal(table.display, 'table', `${where}: table display`);
  if (info.tag === 'eu-trade-summary')
    assert.ok(info.tables.length > 0 && info.tables[0].height > 20, `${where}: the data table is shown`);
  // The inline fact's disclosure button sits in a sentence and takes the text's size: WCAG 2.5.8's
  // inline exception. Every other control is at least 44 px tall.
  for (const control of info.tag === 'eu-fact' ? [] : info.controls) {
    const min = 44;
    assert.ok(control.height >= min, `${where}: ${control.tag}[part=${control.part}] is ${control.height}px tall`);
  }
  if (!ELEMENTS.find((e) => e.tag === info.tag)?.inline)
    assert.ok(
      info.rootScrollWidth <= info.rootClientWidth + 1,
      `${where}: content overflows (${info.rootScrollWidth} > ${info.rootClientWidth})`,
    );
}

for (const [sheet, css] of Object.entries(HOSTILE_CSS)) {
  test('host: hostile CSS', `${sheet}: every element stays legible and usable`, async ({ server, browser }) => {
    server.file(`/css/${sheet}.css`, css, 'text/css');
    const url = server.page(
      `/host/css-${sheet}.html`,
      hostPage({
        head: `<link rel="stylesheet" href="/css/${sheet}.css">`,
        body: `<div class="column">${allElements()}</div>`,
      }),
    );
    const opened = await openPage(browser, server.origin + url);
    try {
      await opened.page.setViewportSize({ width: 1000, height: 800 });
      for (const info of await opened.page.evaluate(() => window.__eu.inspectAll())) assertLegible(info, { sheet });
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });
}

const CSP_BODY = `${allElements()}
  <eu-programme-list id="from-src" src="/fixtures/valid/programmes.json"></eu-programme-list>
  <eu-programme-list id="german" lang="de" theme="dark"></eu-programme-list>
  <eu-trade-summary id="invalid-src" src="/fixtures/invalid/trade.json"></eu-trade-summary>`;

for (const [variant, scripts] of Object.entries({
  'embed bundle': ['/embed/eu-belarus.js'],
  'per-element modules': ELEMENTS.map((e) => `/per-element/${e.tag.slice(3)}.js`),
})) {
  test('host: strict CSP', `${variant}: no violation under "${STRICT_CSP}"`, async ({ server, browser }) => {
    const url = server.page(`/host/csp-${variant.replace(/\W+/g, '-')}.html`, hostPage({ body: CSP_BODY, scripts }), {
      'Content-Security-Policy': STRICT_CSP,
    });
    const opened = await openPage(browser, server.origin + url);
    try {
      const infos = await opened.page.evaluate(() => window.__eu.inspectAll());
      assert.equal(infos.length, ELEMENTS.length + 3);
      for (const info of infos) {
        assert.ok(info.hasShadow && info.height > 0, `${info.tag} rendered`);
        if (info.tag !== 'eu-fact') assert.ok(info.headingText.length > 0, `${info.tag} has its heading`);
        else assert.match(info.text, /\d/, 'eu-fact shows its figure');
      }
      const probe = await opened.probe();
      assert.ok(
        probe.dataLoads.some((l) => l.detail.src === '/fixtures/valid/programmes.json'),
        'src under CSP loads and validates',
      );
      const invalid = probe.dataErrors.find((e) => e.tag === 'eu-trade-summary');
      assert.equal(invalid?.detail.reason, 'schema', 'invalid data under CSP is reported as a schema error');
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  });
}

test(
  'host: two copies',
  'the embed bundle twice (/v1/ and /v2/): no exception, one definition, one warning per tag',
  async ({ server, browser }) => {
    const url = server.page(
      '/host/two-copies.html',
      hostPage({ body: allElements(), scripts: ['/v1/eu-belarus.js', '/v2/eu-belarus.js'] }),
      {
        'Content-Security-Policy': STRICT_CSP,
      },
    );
    const opened = await openPage(browser, server.origin + url);
    try {
      await checkTwoCopies(opened);
    } finally {
      await opened.close();
    }
  },
);

test('host: two copies', 'the embed bundle and the per-element modules on one page', async ({ server, browser }) => {
  const scripts = ['/embed/eu-belarus.js', ...ELEMENTS.map((e) => `/per-element/${e.tag.slice(3)}.js`)];
  const url = server.page('/host/embed-and-modules.html', hostPage({ body: allElements(), scripts }));
  const opened = await openPage(browser, server.origin + url);
  try {
    await checkTwoCopies(opened);
  } finally {
    await opened.close();
  }
});

async function checkTwoCopies(opened) {
  // Elements created after both copies ran are still of the winning class and render.
  const late = await opened.page.evaluate(
    async (tags) => {
      const results = [];
      for (const tag of tags) {
        const el = document.createElement(tag);
        document.body.append(el);
        await el.updateComplete;
        results.push({
          tag,
          sameClass: el instanceof customElements.get(tag),
          rendered: Boolean(el.shadowRoot?.querySelector('.root')),
        });
        el.remove();
      }
      return results;
    },
    ELEMENTS.map((e) => e.tag),
  );
  for (const l of late) assert.ok(l.sameClass && l.rendered, `${l.tag}: one definition, renders`);
  for (const { tag } of ELEMENTS) {
    const said = opened.warnings().filter((w) => w.includes(`<${tag}> is already defined by another copy`));
    assert.equal(said.length, 1, `${tag}: one console warning that another copy is defined (${said.length})`);
  }
  await assertHealthy(opened);
}

test('host: quirks mode', 'a page without a doctype', async ({ server, browser }) => {
  const url = server.page(
    '/host/quirks.html',
    hostPage({ doctype: false, body: `<table><tr><td>${allElements()}</td></tr></table>` }),
  );
  const opened = await openPage(browser, server.origin + url);
  try {
    assert.equal(await opened.page.evaluate(() => document.compatMode), 'BackCompat');
    for (const info of await opened.page.evaluate(() => window.__eu.inspectAll()))
      assertLegible(info, { sheet: 'quirks mode' });
    await assertHealthy(opened);
  } finally {
    await opened.close();
  }
});

test(
  'host: lang on a wrapper',
  'the element follows the nearest lang, through shadow hosts, and its changes',
  async ({ server, browser }) => {
    const body = `
    <div id="wrapper" lang="ru"><section><eu-programme-list id="wrapped"></eu-programme-list></section></div>
    <div lang="ru"><section lang="pl"><eu-dialogue-list id="nested"></eu-dialogue-list></section></div>
    <eu-programme-list id="reference" lang="ru"></eu-programme-list>
    <div id="shadow-host" lang="be"></div>`;
    const url = server.page('/host/lang-wrapper.html', hostPage({ lang: '', body }));
    const opened = await openPage(browser, server.origin + url);
    try {
      const { page } = opened;
      const langOf = (id) =>
        page.evaluate((id) => {
          const el =
            document.getElementById(id) ?? document.getElementById('shadow-host').shadowRoot.getElementById(id);
          return {
            lang: el.shadowRoot.querySelector('.root').getAttribute('lang'),
            heading: el.shadowRoot.querySelector('[part~=heading]').textContent.trim(),
          };
        }, id);
      const wrapped = await langOf('wrapped');
      assert.equal(wrapped.lang, 'ru', 'follows <div lang="ru">');
      assert.equal(wrapped.heading, (await langOf('reference')).heading, 'same heading as lang="ru" on the element');
      assert.equal((await langOf('nested')).lang, 'pl', 'the nearest lang wins');
      // Inside another component's shadow root: the shadow host's lang counts.
      await page.evaluate(async () => {
        const host = document.getElementById('shadow-host');
        host.attachShadow({ mode: 'open' }).innerHTML = '<eu-trade-summary id="in-shadow"></eu-trade-summary>';
        await host.shadowRoot.getElementById('in-shadow').updateComplete;
      });
      assert.equal((await langOf('in-shadow')).lang, 'be', 'follows the shadow host');
      // The wrapper changes language: the element follows.
      await page.evaluate(async () => {
        document.getElementById('wrapper').lang = 'be';
        await new Promise((r) => setTimeout(r, 50));
        await window.__eu.ready();
      });
      assert.equal((await langOf('wrapped')).lang, 'be', 'follows a change of the wrapper lang');
      await page.evaluate(async () => {
        document.getElementById('wrapper').removeAttribute('lang');
        await new Promise((r) => setTimeout(r, 50));
        await window.__eu.ready();
      });
      const fallback = (await langOf('wrapped')).lang;
      assert.ok(/^[a-z]{2}$/.test(fallback), `without any lang the element still has a locale (${fallback})`);
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  },
);

test(
  'host: churn',
  '1,000 elements created, moved and removed, a quarter with a slow src: no exception, no leak',
  async ({ server, browser }) => {
    const url = server.page('/host/churn.html', hostPage({ body: '<div id="a"></div><div id="b"></div>' }));
    const opened = await openPage(browser, server.origin + url);
    const { page } = opened;
    const cdp = await opened.context.newCDPSession(page);
    const tags = ELEMENTS.map((e) => e.tag);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const counts = {};
      for (const tag of tags) {
        const proto = await cdp.send('Runtime.evaluate', {
          expression: `customElements.get(${JSON.stringify(tag)}).prototype`,
        });
        const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
        const length = await cdp.send('Runtime.callFunctionOn', {
          objectId: found.objects.objectId,
          functionDeclaration: 'function () { return this.length; }',
          returnByValue: true,
        });
        counts[tag] = length.result.value;
      }
      const listeners = {};
      for (const target of ['window', 'document', 'document.documentElement', 'document.body']) {
        const obj = await cdp.send('Runtime.evaluate', { expression: target });
        const { listeners: l } = await cdp.send('DOMDebugger.getEventListeners', { objectId: obj.result.objectId });
        listeners[target] = l.length;
      }
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return { counts, listeners, heap: usedSize };
    };
    try {
      const before = await measure();
      const outcome = await page.evaluate(async (tags) => {
        const a = document.getElementById('a');
        const b = document.getElementById('b');
        let slow = 0;
        for (let i = 0; i < 1000; i++) {
          const el = document.createElement(tags[i % tags.length]);
          if (tags[i % tags.length] === 'eu-fact') el.setAttribute('name', 'trade.goods.2017.euExports');
          if (i % 4 === 0) {
            el.setAttribute(
              'src',
              `/fixtures/slow/${el.localName === 'eu-fact' ? 'trade' : { 'eu-programme-list': 'programmes', 'eu-trade-summary': 'trade', 'eu-dialogue-list': 'dialogues', 'eu-relations-timeline': 'timeline', 'eu-assistance-summary': 'assistance', 'eu-relations-overview': 'overview' }[el.localName]}.json?ms=4000&i=${i}`,
            );
            slow++;
          }
          if (i % 3 === 0) el.setAttribute('lang', ['de', 'be', 'fr'][i % 3]);
          a.append(el);
          if (i % 25 === 0) await new Promise((r) => setTimeout(r, 0)); // let some render
          b.append(el); // moved: disconnected and connected again
          if (i % 7 === 0) document.documentElement.lang = i % 2 ? 'en' : 'ru';
          if (i % 2 === 0) await null;
          el.remove();
        }
        // Let aborted fetches settle.
        const t0 = performance.now();
        while (window.__probe.fetchesInFlight > 0 && performance.now() - t0 < 3000)
          await new Promise((r) => setTimeout(r, 50));
        return { slow, ...window.__probe, left: a.childElementCount + b.childElementCount };
      }, tags);
      const after = await measure();
      console.log(
        `    churn: ${outcome.fetchesStarted} fetches started, ${outcome.aborts} aborted, ${outcome.fetchesInFlight} in flight after; ` +
          `instances after GC ${JSON.stringify(after.counts)}; listeners ${JSON.stringify(after.listeners)}; ` +
          `heap ${(before.heap / 1e6).toFixed(1)} → ${(after.heap / 1e6).toFixed(1)} MB`,
      );
      assert.equal(outcome.left, 0);
      assert.equal(outcome.fetchesInFlight, 0, 'no fetch still pending after the elements are gone');
      assert.ok(
        outcome.aborts >= outcome.fetchesStarted - 5,
        `fetches aborted on removal (${outcome.aborts} of ${outcome.fetchesStarted})`,
      );
      for (const tag of tags)
        assert.ok(
          after.counts[tag] <= before.counts[tag] + 2,
          `${tag}: ${after.counts[tag]} instances remain after GC`,
        );
      assert.deepEqual(after.listeners, before.listeners, 'no listener left on window, document, <html> or <body>');
      assert.ok(after.heap - before.heap < 15e6, `heap grew by ${((after.heap - before.heap) / 1e6).toFixed(1)} MB`);
      assert.deepEqual(outcome.dataErrors, [], 'no eu-data-error from aborted loads');
      await assertHealthy(opened);
    } finally {
      await opened.close();
    }
  },
  { timeout: 150_000 },
);
