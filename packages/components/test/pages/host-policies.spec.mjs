// A host page under a strict Content Security Policy, sent as a response header as a real site
// sends it: no violation, and `src` loads and validates under it.
import { ELEMENTS, STRICT_CSP, allElements, expect, test } from './fixtures.mjs';

test(`strict CSP: no violation under "${STRICT_CSP}"`, async ({ host }) => {
  await host.open(
    `${allElements()}
    <eu-programme-list id="from-src" src="/fixtures/valid/programmes.json"></eu-programme-list>
    <eu-programme-list id="german" lang="de" theme="dark"></eu-programme-list>
    <eu-trade-summary id="invalid-src" src="/fixtures/invalid/trade.json"></eu-trade-summary>`,
    { headers: { 'Content-Security-Policy': STRICT_CSP } },
  );
  const infos = await host.inspectAll();
  expect(infos.length, 'elements on the page').toBe(ELEMENTS.length + 3);
  for (const info of infos) {
    expect(info.hasShadow && info.height > 0, `<${info.tag}> rendered`).toBe(true);
    if (info.inline) expect(info.text, `<${info.tag}> shows its figure`).toMatch(/\d/);
    else expect(info.headingText.length, `<${info.tag}> has its heading`).toBeGreaterThan(0);
  }
  const probe = await host.probe();
  expect(
    probe.dataLoads.map((l) => l.detail.src),
    'src under CSP loads and validates',
  ).toContain('/fixtures/valid/programmes.json');
  // The fixture's texts start with FIXTURE: the list shows the data it loaded, not its bundled copy.
  const shown = await host.page.evaluate(() => document.getElementById('from-src').shadowRoot.textContent);
  expect(shown, 'the data from src is shown').toContain('FIXTURE');
  const invalid = probe.dataErrors.find((e) => e.tag === 'eu-trade-summary');
  expect(invalid?.detail.reason, 'invalid data under CSP is reported as a schema error').toBe('schema');
  await host.expectHealthy();
});
