// The embed's sheets on demand (sheets-on-demand.ts): what a shadow root adopted gets its rules
// before the element renders with them, also when it asked before they had loaded. The elements'
// own behaviour with the built embed (their rules, the error state when the chunk fails) is in
// test/pages/sheets-on-demand.spec.mjs.
import { expect } from '@open-wc/testing';
import { css, unsafeCSS, type CSSResult } from 'lit';
import { sheetsOnDemand } from './sheets-on-demand.js';
import { fillSheets, joinSheets, loadSheets } from './sheets.js';

const rulesOf = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((r) => r.cssText);

/** A shadow root that adopted `sheets`, with a paragraph inside: the colour a reader would see. */
function shadowWith(sheets: CSSStyleSheet[]): () => string {
  const host = document.body.appendChild(document.createElement('div'));
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const p = root.appendChild(document.createElement('p'));
  return () => getComputedStyle(p).color;
}

describe('sheets on demand', () => {
  it('an empty sheet gets its rules once loaded and asked for: every shadow root that adopted it shows them', async () => {
    const [a, b] = [new CSSStyleSheet(), new CSSStyleSheet()];
    let loads = 0;
    sheetsOnDemand([a, b], () => (loads++, Promise.resolve(['p { color: rgb(1, 2, 3); }', 'p { margin: 0; }'])));
    const colour = shadowWith([a]);
    await loadSheets();
    expect(rulesOf(a), 'loaded, not asked for yet: still empty').to.deep.equal([]);
    fillSheets([a]);
    expect(colour(), 'the shadow root that adopted it').to.equal('rgb(1, 2, 3)');
    expect(rulesOf(b), 'a sheet nobody asked for stays empty').to.deep.equal([]);
    await loadSheets();
    expect(loads, 'loaded once').to.equal(1);
  });

  it('a sheet asked for before its rules loaded (a first render in the error state) gets them when they arrive', async () => {
    const sheet = new CSSStyleSheet();
    let arrive!: (texts: string[]) => void;
    sheetsOnDemand([sheet], () => new Promise((resolve) => (arrive = resolve)));
    const colour = shadowWith([sheet]);
    fillSheets([sheet]);
    const loading = loadSheets();
    arrive(['p { color: rgb(4, 5, 6); }']);
    await loading;
    expect(colour()).to.equal('rgb(4, 5, 6)');
  });

  it('a joined sheet has the rules of its parts, in their order, once the empty ones have loaded', async () => {
    const empty = new CSSStyleSheet();
    sheetsOnDemand([empty], () => Promise.resolve(['p { color: rgb(7, 8, 9); }']));
    const joined = joinSheets([
      css`
        p {
          color: red;
        }
      `,
      empty,
      css`
        p {
          margin: 1px;
        }
      `,
    ]) as CSSStyleSheet;
    const colour = shadowWith([joined]);
    fillSheets([joined]);
    await loadSheets();
    expect(colour(), 'the later part wins, as in separate sheets').to.equal('rgb(7, 8, 9)');
    expect(rulesOf(joined)).to.have.length(3);
  });

  it("with no empty sheet (the modules, SSR, the autoloader) a joined sheet is the parts' text at once", () => {
    sheetsOnDemand([], () => Promise.reject(new Error('nothing loads')));
    const parts = [unsafeCSS('p { color: red; }'), unsafeCSS('p { margin: 1px; }')];
    expect((joinSheets(parts) as CSSResult).cssText).to.equal('p { color: red; }\np { margin: 1px; }');
  });
});
