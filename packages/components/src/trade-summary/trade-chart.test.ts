import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { flat, media, root, shadowText, systemColour, visible } from '../../test/helpers.js';
import type { EuTradeSummary } from './trade-summary.js';
import './trade-summary.js';

const points = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="point"]')];
const active = (el: Element) => root(el).activeElement as HTMLElement | null;
const live = (el: Element) => flat(root(el).querySelector('[data-chart-live]')!.textContent);

afterEach(() => media());

describe('trade chart', () => {
  it('draws bars in proportion to the figures', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    const widths = [...el.shadowRoot!.querySelectorAll('svg.bar rect')].map((r) => r.getAttribute('width'));
    // 2017 exports (6.1) are the largest figure; 2015 imports are 3.7 / 6.1 of it.
    expect(widths[4]).to.equal('100.00%');
    expect(widths[1]).to.equal(`${((3.7 / 6.1) * 100).toFixed(2)}%`);
  });

  it('says what it shows: a title with the period, a subtitle with series and unit, and a description for screen readers', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    const chart = root(el).querySelector('.chart')!;
    expect(flat(chart.querySelector('.chart-title')!.textContent)).to.equal(
      'EU trade in goods with Belarus, 2015–2017',
    );
    expect(flat(chart.querySelector('.chart-subtitle')!.textContent)).to.equal(
      'EU exports to and imports from Belarus, in EUR billion',
    );
    const intro = chart.querySelector('p.vh')!;
    expect(intro.compareDocumentPosition(chart.querySelector('.years')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    const text = shadowText(intro);
    expect(text).to.match(/Bar chart: EU trade in goods with Belarus, 2015–2017\./);
    expect(text).to.include('EU exports rose from EUR 5.7 billion in 2015 to EUR 6.1 billion in 2017.');
    // The trend does not hide the 2016 dip.
    expect(text).to.include('In between, the lowest was EUR 5.0 billion in 2016.');
    expect(text).to.include('EU imports fell from EUR 3.7 billion in 2015 to EUR 3.4 billion in 2017.');
    // Nothing appears on focus to push the chart down: the view switch is the way to the table.
    expect(root(el).querySelector('.to-table, .vh-until-focus')).to.be.null;
  });

  it('the keyboard reaches the chart within 5 Tab presses from the page', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><a href="#top">Page link</a><eu-trade-summary></eu-trade-summary></div>`,
    );
    const el = page.querySelector<EuTradeSummary>('eu-trade-summary')!;
    await el.updateComplete;
    page.querySelector('a')!.focus();
    let presses = 0;
    while (!points(el).includes(active(el) as HTMLElement) && presses < 20) {
      await sendKeys({ press: 'Tab' });
      presses++;
    }
    expect(presses).to.be.at.most(5);
  });

  it('one tab stop; arrows, Home and End move between bars; each is announced; no tooltip covers anything', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    expect(points(el).map((p) => p.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);
    [...root(el).querySelectorAll<HTMLButtonElement>('.view-switch button')].at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(active(el)).to.equal(points(el)[0]);
    expect(root(el).querySelector('.tooltip, [part~="tooltip"]'), 'every value is printed: no tooltip').to.be.null;
    expect(live(el)).to.equal('EU exports to Belarus, 2015: EUR 5.7 billion');
    expect(getComputedStyle(points(el)[0]!).outlineStyle).to.equal('solid');

    const steps: [string, number, string][] = [
      ['ArrowRight', 1, 'EU imports from Belarus, 2015: EUR 3.7 billion'],
      ['ArrowDown', 2, 'EU exports to Belarus, 2016: EUR 5.0 billion'],
      ['End', 5, 'EU imports from Belarus, 2017: EUR 3.4 billion'],
      ['ArrowRight', 5, 'EU imports from Belarus, 2017: EUR 3.4 billion'],
      ['ArrowUp', 4, 'EU exports to Belarus, 2017: EUR 6.1 billion'],
      ['Home', 0, 'EU exports to Belarus, 2015: EUR 5.7 billion'],
      ['ArrowLeft', 0, 'EU exports to Belarus, 2015: EUR 5.7 billion'],
      ['End', 5, 'EU imports from Belarus, 2017: EUR 3.4 billion'],
    ];
    for (const [key, index, said] of steps) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(active(el), key).to.equal(points(el)[index]);
      expect(live(el), key).to.equal(said);
      expect(points(el).filter((p) => p.tabIndex === 0)).to.deep.equal([points(el)[index]]);
      expect(flat(points(el)[index]!.getAttribute('aria-label'))).to.equal(said);
    }
    // Tab leaves the chart; Shift+Tab comes back to the bar last visited.
    await sendKeys({ press: 'Tab' });
    expect(points(el)).not.to.include(active(el));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(active(el)).to.equal(points(el)[5]);
    await expect(el).to.be.accessible();
  });

  it('bars carry their value at the bar end (numbers only) and imports a pattern, not colour alone', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    expect(points(el).map((p) => flat(p.querySelector('.bar-value')!.textContent))).to.deep.equal([
      '5.7',
      '3.7',
      '5.0',
      '2.9',
      '6.1',
      '3.4',
    ]);
    for (const p of points(el)) {
      const bar = p.querySelector('rect')!.getBoundingClientRect();
      const value = p.querySelector('.bar-value')!.getBoundingClientRect();
      expect(value.left - bar.right, 'the value starts just after its bar').to.be.within(2, 10);
      expect(value.right, 'and stays inside the element').to.be.at.most(el.getBoundingClientRect().right);
    }
    expect(root(el).querySelector('.fill-imports')!.getAttribute('class')).to.equal('fill-imports');
    expect(getComputedStyle(root(el).querySelector('.fill-imports')!).fill).to.include('url(');
  });

  it('print: table beside the chart, no controls, link targets written out', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    const printTable = root(el).querySelector('.print-only table')!;
    expect(visible(printTable)).to.be.false;
    await media({ media: 'print' });
    expect(matchMedia('print').matches).to.be.true;
    expect(visible(printTable)).to.be.true;
    expect(visible(root(el).querySelector('.chart'))).to.be.true;
    for (const selector of ['.view-switch', '.downloads', '.quote-toggle'])
      expect(visible(root(el).querySelector(selector)), selector).to.be.false;
    const link = root(el).querySelector<HTMLAnchorElement>('.source-line a[href^="https"]')!;
    expect(getComputedStyle(link, '::after').content).to.include(link.href);
    await expect(el).to.be.accessible();
  });

  it('forced colours: system colours on bars, legend, badges and buttons', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    await media({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const canvasText = systemColour('CanvasText');
    const canvas = systemColour('Canvas', 'backgroundColor');
    expect(getComputedStyle(root(el).querySelector('.fill-exports')!).fill).to.equal(canvasText);
    expect(getComputedStyle(root(el).querySelector('.fill-imports')!).stroke).to.equal(canvasText);
    expect(getComputedStyle(root(el).querySelector('.hatch-bg')!).fill).to.equal(canvas);
    const badge = root(el).querySelector('.badge')!;
    expect(getComputedStyle(badge).borderTopColor).to.equal(canvasText);
    expect(getComputedStyle(badge).borderTopStyle).to.equal('solid');
    const pressed = root(el).querySelector('[aria-pressed="true"]')!;
    expect(getComputedStyle(pressed).forcedColorAdjust).to.equal('none');
    await expect(el).to.be.accessible();
  });
});
