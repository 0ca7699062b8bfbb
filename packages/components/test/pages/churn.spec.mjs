// 1,000 elements created, moved and removed on one page, a quarter with a slow `src`: no
// exception, no instance, listener or pending fetch left behind.
import { ELEMENTS, allElements, expect, test } from './fixtures.mjs';

test('churn: 1,000 elements created, moved and removed, a quarter with a slow src: no exception, no leak', async ({
  host,
}) => {
  test.setTimeout(150_000);
  // The elements are on the page first (so every one is defined), then removed before measuring.
  await host.open(`<div id="defined">${allElements()}</div><div id="a"></div><div id="b"></div>`);
  const { page } = host;
  const tags = ELEMENTS.map((e) => e.tag);
  // Each element's topic (for its slow `src`) and default attributes, read from the elements themselves.
  const kinds = await page.evaluate(() => {
    const defined = document.getElementById('defined');
    const found = [...defined.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('eu-'))
      .map((el) => ({
        tag: el.localName,
        topic: el.topic,
        // Not `loading`: the probe's ready() set it to render the far ones; churned elements load as pasted.
        attributes: el
          .getAttributeNames()
          .filter((n) => n !== 'loading')
          .map((n) => [n, el.getAttribute(n)]),
      }));
    defined.remove();
    return found;
  });
  const cdp = await page.context().newCDPSession(page);
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
  const before = await measure();
  const outcome = await page.evaluate(async (kinds) => {
    const a = document.getElementById('a');
    const b = document.getElementById('b');
    for (let i = 0; i < 1000; i++) {
      const kind = kinds[i % kinds.length];
      const el = document.createElement(kind.tag);
      for (const [name, value] of kind.attributes) el.setAttribute(name, value);
      if (i % 4 === 0) el.setAttribute('src', `/fixtures/slow/${kind.topic}.json?ms=4000&i=${i}`);
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
    return { ...window.__probe, left: a.childElementCount + b.childElementCount };
  }, kinds);
  const after = await measure();
  test.info().annotations.push({
    type: 'churn',
    description:
      `${outcome.fetchesStarted} fetches started, ${outcome.aborts} aborted, ${outcome.fetchesInFlight} in flight after; ` +
      `instances after GC ${JSON.stringify(after.counts)}; listeners ${JSON.stringify(after.listeners)}; ` +
      `heap ${(before.heap / 1e6).toFixed(1)} → ${(after.heap / 1e6).toFixed(1)} MB`,
  });
  expect(outcome.left, 'elements left on the page').toBe(0);
  expect(outcome.fetchesStarted, 'slow src fetches started').toBeGreaterThan(200);
  expect(outcome.fetchesInFlight, 'fetches still pending after the elements are gone').toBe(0);
  expect(outcome.aborts, `fetches aborted on removal, of ${outcome.fetchesStarted}`).toBeGreaterThanOrEqual(
    outcome.fetchesStarted - 5,
  );
  for (const tag of tags)
    expect(after.counts[tag], `<${tag}> instances that remain after GC`).toBeLessThanOrEqual(before.counts[tag] + 2);
  expect(after.listeners, 'listeners on window, document, <html> and <body>').toEqual(before.listeners);
  expect(after.heap - before.heap, 'heap growth in bytes').toBeLessThan(15e6);
  expect(outcome.dataErrors, 'eu-data-error from aborted loads').toEqual([]);
  await host.expectHealthy();
});
