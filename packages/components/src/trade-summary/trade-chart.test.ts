import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { flat, media, root, shadowText, systemColour, visible } from '../../test/helpers.js';
import type { EuTradeSummary } from './trade-summary.js';
import './trade-summary.js';

const points = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="point"]')];
const active = (el: Element) => root(el).activeElement as HTMLElement | null;
const live = (el: Element) => flat(root(el).querySelector('[data-chart-live]')!.textContent);

afterEach(() => media({}));

describe('trade chart', () => {
  it('draws bars in proportion to the figures', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    const widths = [...el.shadowRoot!.querySelectorAll('svg.bar rect')].map((r) => r.getAttribute('width'));
    // 2017 exports (6.1) are the largest figure; 2015 imports are 3.7 / 6.1 of it.
    expect(widths[4]).to.equal('100.00%');
    expect(widths[1]).to.equal(`${((3.7 / 6.1) * 100).toFixed(2)}%`);
  });

  it('starts with a screen-reader section: chart type, title, trend, and a button to the table', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    const intro = root(el).querySelector('.chart-intro')!;
    expect(intro.compareDocumentPosition(root(el).querySelector('.years')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be
      .ok;
    const text = shadowText(intro);
    expect(text).to.match(/Bar chart: EU trade in goods with Belarus, 2015\s?–\s?2017\./);
    expect(text).to.include('EU exports rose from EUR 5.7 billion in 2015 to EUR 6.1 billion in 2017.');
    expect(text).to.include('EU imports fell from EUR 3.7 billion in 2015 to EUR 3.4 billion in 2017.');
    const button = intro.querySelector('button')!;
    expect(button.getBoundingClientRect().width).to.be.below(2);
    button.focus();
    // Visible while it has focus.
    expect(button.getBoundingClientRect().width).to.be.above(40);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.localName).to.equal('table');
    expect(root(el).querySelector('.view-switch [aria-pressed="true"]')!.textContent!.trim()).to.equal('Table');
  });

  it('one tab stop; arrows, Home and End move between bars; each shows its tooltip and is announced', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    expect(points(el).map((p) => p.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);
    root(el).querySelector<HTMLButtonElement>('.to-table')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(active(el)).to.equal(points(el)[0]);
    const tip = points(el)[0]!.querySelector('.tooltip')!;
    expect(visible(tip)).to.be.true;
    expect(flat(tip.textContent)).to.equal('EU exports to Belarus, 2015: EUR 5.7 billion');
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
      expect(visible(points(el)[index]!.querySelector('.tooltip')), key).to.be.true;
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

  it('bars carry their value as text and imports a pattern, not colour alone', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    expect(points(el).map((p) => flat(p.querySelector('.value')!.textContent))).to.deep.equal([
      'EUR 5.7 billion',
      'EUR 3.7 billion',
      'EUR 5.0 billion',
      'EUR 2.9 billion',
      'EUR 6.1 billion',
      'EUR 3.4 billion',
    ]);
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
    for (const selector of ['.view-switch', '.downloads', '.to-table', '.chart-intro'])
      expect(visible(root(el).querySelector(selector)), selector).to.be.false;
    const link = root(el).querySelector<HTMLAnchorElement>('.sources a[href^="https"]')!;
    expect(getComputedStyle(link, '::after').content).to.include(link.href);
    const footnote = root(el).querySelector<HTMLAnchorElement>('.footnote a')!;
    expect(getComputedStyle(footnote, '::after').content).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('forced colours: system colours on bars, legend, badges and buttons', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    await media({ features: { 'forced-colors': 'active' } });
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
