// Two copies of the elements on one page (two embed bundles; the embed beside the modules a
// bundler ships): no exception, one definition per tag, one warning per tag.
import { ELEMENTS, EMBED, STRICT_CSP, allElements, expect, test } from './fixtures.mjs';

const COPIES = {
  'the embed bundle twice (/v1/ and /v2/)': ['/v1/eu-belarus.js', '/v2/eu-belarus.js'],
  'the embed bundle and the per-element modules': [`${EMBED}eu-belarus.js`, ...ELEMENTS.map((e) => e.module)],
};

for (const [name, scripts] of Object.entries(COPIES))
  test(`two copies, ${name}: no exception, one definition, one warning per tag`, async ({ host }) => {
    await host.open(allElements(), { scripts, headers: { 'Content-Security-Policy': STRICT_CSP } });
    // Elements created after both copies ran are still of the winning class and render.
    const late = await host.page.evaluate(
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
    for (const l of late) expect(l.sameClass && l.rendered, `<${l.tag}>: one definition, renders`).toBe(true);
    for (const { tag } of ELEMENTS) {
      const said = host.warnings().filter((w) => w.includes(`<${tag}> is already defined by another copy`));
      expect(said.length, `<${tag}>: console warnings that another copy is defined`).toBe(1);
    }
    await host.expectHealthy();
  });
