// Installed in every test page before its own scripts (Playwright init script: no inline script under
// a strict CSP). Records policy violations, data events, fetches and aborts (uncaught errors reach
// Playwright as `pageerror`); waits for the elements and inspects them as a reader gets them.
(() => {
  const probe = {
    violations: [],
    dataErrors: [],
    dataLoads: [],
    fetchesStarted: 0,
    fetchesInFlight: 0,
    aborts: 0,
  };
  window.__probe = probe;

  document.addEventListener('securitypolicyviolation', (e) =>
    probe.violations.push({
      directive: e.violatedDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile,
    }),
  );
  document.addEventListener('eu-data-error', (e) =>
    probe.dataErrors.push({ tag: e.target.localName, detail: e.detail }),
  );
  document.addEventListener('eu-data-load', (e) => probe.dataLoads.push({ tag: e.target.localName, detail: e.detail }));

  const realFetch = window.fetch;
  window.fetch = function (...args) {
    probe.fetchesStarted++;
    probe.fetchesInFlight++;
    const done = () => probe.fetchesInFlight--;
    const request = realFetch.apply(this, args);
    // The body may still stream after the headers: count the request as open until it is read or aborted.
    request.then((response) => {
      const clone = response.clone();
      clone.arrayBuffer().then(done, done);
    }, done);
    return request;
  };
  const realAbort = AbortController.prototype.abort;
  AbortController.prototype.abort = function (...args) {
    if (!this.signal.aborted) probe.aborts++;
    return realAbort.apply(this, args);
  };

  const alpha = (color) => {
    if (color === 'transparent') return 0;
    const m = /rgba?\(([^)]+)\)/.exec(color);
    if (!m) return 1;
    const parts = m[1].split(/[ ,/]+/).filter(Boolean);
    return parts.length > 3 ? Number(parts[3]) : 1;
  };
  const visible = (el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;

  /** What a reader would get from one element: size, heading, colours, tables, controls. */
  const inspect = (el) => {
    const root = el.shadowRoot?.querySelector('.root');
    const rs = root ? getComputedStyle(root) : undefined;
    const heading = el.shadowRoot?.querySelector('[part~="heading"]');
    const hs = heading ? getComputedStyle(heading) : undefined;
    const rect = el.getBoundingClientRect();
    const texts = [];
    // Every text-bearing element's computed colour and fill colour.
    for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) {
      if (![...node.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim())) continue;
      if (!visible(node)) continue;
      const s = getComputedStyle(node);
      texts.push({
        tag: node.localName,
        color: s.color,
        fill: s.webkitTextFillColor,
        fontSize: parseFloat(s.fontSize),
        letterSpacing: s.letterSpacing,
        textIndent: s.textIndent,
        visibility: s.visibility,
        writingMode: s.writingMode,
      });
    }
    return {
      tag: el.localName,
      width: rect.width,
      height: rect.height,
      hasShadow: Boolean(el.shadowRoot),
      // Set inside the shadow root, which host-page CSS does not reach: an element in running text.
      inline: Boolean(rs?.display.startsWith('inline')),
      view: el.getAttribute('view'),
      rootFontSize: rs ? parseFloat(rs.fontSize) : 0,
      rootScrollWidth: root?.scrollWidth ?? 0,
      rootClientWidth: root?.clientWidth ?? 0,
      headingText: heading?.textContent.trim() ?? '',
      headingFontSize: hs ? parseFloat(hs.fontSize) : undefined,
      text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000),
      texts,
      invisibleText: texts.filter((t) => alpha(t.color) === 0 || alpha(t.fill) === 0 || t.visibility !== 'visible'),
      tinyText: texts.filter((t) => t.fontSize < 10),
      tables: [...(el.shadowRoot?.querySelectorAll('table') ?? [])].map((t) => ({
        display: getComputedStyle(t).display,
        height: t.getBoundingClientRect().height,
      })),
      controls: [...(el.shadowRoot?.querySelectorAll('button, select, input') ?? [])]
        .filter(visible)
        .map((c) => ({ tag: c.localName, part: c.getAttribute('part'), height: c.getBoundingClientRect().height })),
    };
  };

  window.__eu = {
    /**
     * Waits until every `eu-` element on the page is defined and has rendered (data and locale
     * included); one far from the viewport, which renders only when near, is made eager first.
     */
    async ready(timeoutMs = 30_000) {
      const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eu-'));
      await Promise.all([...new Set(els.map((e) => e.localName))].map((t) => customElements.whenDefined(t)));
      for (const e of els) if (!e.hasUpdated) e.setAttribute('loading', 'eager');
      const all = Promise.all(els.map((e) => e.updateComplete));
      const timeout = new Promise((_, reject) =>
        setTimeout(() => reject(new Error('elements not ready in time')), timeoutMs),
      );
      await Promise.race([all, timeout]);
      return els.length;
    },
    /** Each element as a reader sees it on reaching it: scrolled to (elements render lazily near the viewport). */
    async inspectAll() {
      const found = [];
      for (const el of [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eu-'))) {
        el.scrollIntoView({ block: 'nearest' });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await el.updateComplete;
        found.push(inspect(el));
      }
      window.scrollTo(0, 0);
      return found;
    },
  };
})();
