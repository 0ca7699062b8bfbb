// Host pages with CSS we do not control, and a page in quirks mode: every element stays legible
// and usable, and the page keeps working.
import { allElements, expect, test } from './fixtures.mjs';

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

/** What a reader needs from each element: size, heading, text, tables, controls (see page-probe.js). */
function expectLegible(infos, where) {
  expect(infos.length, `${where}: elements on the page`).toBeGreaterThan(0);
  for (const info of infos) {
    const at = `<${info.tag}> ${where}`;
    expect(info.hasShadow, `${at}: has a shadow root`).toBe(true);
    // An inline element (<eu-fact>) is part of the host's sentence: it takes the host text's size and
    // colour by design, and its disclosure button is under WCAG 2.5.8's inline exception.
    if (info.inline) {
      expect(
        info.height > 0 && info.width > 0 && info.text.length > 0,
        `${at}: shown (${info.width}×${info.height})`,
      ).toBe(true);
      continue;
    }
    expect(info.height, `${at}: height`).toBeGreaterThan(40);
    expect(info.width, `${at}: width`).toBeGreaterThan(8);
    if (info.headingText) {
      expect(info.headingFontSize, `${at}: heading font-size`).toBeGreaterThanOrEqual(16);
      expect(info.headingFontSize, `${at}: heading font-size`).toBeLessThanOrEqual(40);
    }
    expect(info.rootFontSize, `${at}: body font-size`).toBeGreaterThanOrEqual(12);
    expect(info.rootFontSize, `${at}: body font-size`).toBeLessThanOrEqual(24);
    expect(info.invisibleText.slice(0, 3), `${at}: transparent or hidden text`).toEqual([]);
    expect(info.tinyText.slice(0, 3), `${at}: text under 10px`).toEqual([]);
    const odd = info.texts.filter(
      (t) => t.writingMode !== 'horizontal-tb' || parseFloat(t.textIndent) < -100 || parseFloat(t.letterSpacing) < -1,
    );
    expect(odd.slice(0, 3), `${at}: text set vertical, indented off-screen or squeezed`).toEqual([]);
    for (const table of info.tables) expect(table.display, `${at}: table display`).toBe('table');
    if (info.view === 'table')
      expect(info.tables[0]?.height ?? 0, `${at}: the data table of view="table" is shown`).toBeGreaterThan(20);
    for (const control of info.controls)
      expect(
        control.height,
        `${at}: ${control.tag}[part=${control.part}] height (44 px targets)`,
      ).toBeGreaterThanOrEqual(44);
    expect(info.rootScrollWidth, `${at}: content overflows its box`).toBeLessThanOrEqual(info.rootClientWidth + 1);
  }
}

for (const [sheet, css] of Object.entries(HOSTILE_CSS)) {
  test(`hostile CSS ${sheet}: every element stays legible and usable`, async ({ host }) => {
    await host.page.setViewportSize({ width: 1000, height: 800 });
    await host.open(`<div class="column">${allElements()}</div>`, {
      head: `<link rel="stylesheet" href="/host/${sheet}.css">`,
      files: { [`/host/${sheet}.css`]: [css, 'text/css'] },
    });
    expectLegible(await host.inspectAll(), `under ${sheet}`);
    await host.expectHealthy();
  });
}

test('quirks mode: a page without a doctype', async ({ host }) => {
  await host.open(`<table><tr><td>${allElements()}</td></tr></table>`, { doctype: false });
  expect(await host.page.evaluate(() => document.compatMode)).toBe('BackCompat');
  expectLegible(await host.inspectAll(), 'in quirks mode');
  await host.expectHealthy();
});
