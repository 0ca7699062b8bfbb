import { trade } from '@eu-belarus/data/trade';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, nextDataError, shadowText } from '../../test/helpers.js';
import type { EuTradeSummary } from './trade-summary.js';
import './trade-summary.js';
import { runElementSuite } from '../../test/element-suite.js';

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('.year-row')];
// The table shown on screen (in chart view a copy waits in .print-only for paper).
const table = (el: Element) => el.shadowRoot!.querySelector('.goods > .table-wrap [part="table"]');
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.view-switch button')];

describe('<eu-trade-summary>', () => {
  it('shows the partners, the composition and every goods year with its balance', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    const text = shadowText(el);
    expect(text).to.include(trade.summary.en);
    expect(text).to.include('almost one third');
    expect(text).to.include('almost half');
    expect(text).to.include('Mineral fuels');
    expect(text).to.include('Machinery, Transport equipment and Chemicals');
    expect(rows(el).map((r) => r.querySelector('.year')!.textContent)).to.deep.equal(['2015', '2016', '2017']);
    expect(text).to.include('EUR 6.1 billion');
    expect(text).to.include('EUR 3.4 billion');
    // The stated 2016 balance (2.0), not the arithmetic on rounded figures (2.1).
    expect(shadowText(rows(el)[1]!)).to.include('an EU surplus of EUR 2.0 billion');
    expect(text).to.include(
      'In 2017, the EU exported goods worth EUR 6.1 billion to Belarus and imported goods worth EUR 3.4 billion: an EU surplus of EUR 2.7 billion.',
    );
    expect(el.shadowRoot!.querySelectorAll('svg.bar rect')).to.have.length(trade.goods.length * 2);
  });

  it('draws bars in proportion to the figures', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    const widths = [...el.shadowRoot!.querySelectorAll('svg.bar rect')].map((r) => r.getAttribute('width'));
    // 2017 exports (6.1) are the largest figure; 2015 imports are 3.7 / 6.1 of it.
    expect(widths[4]).to.equal('100.00%');
    expect(widths[1]).to.equal(`${((3.7 / 6.1) * 100).toFixed(2)}%`);
  });

  it('filters years with year, from and to', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary year="2016"></eu-trade-summary>`);
    expect(rows(el)).to.have.length(1);
    el.year = undefined;
    el.from = 2016;
    await el.updateComplete;
    expect(rows(el).map((r) => r.querySelector('.year')!.textContent)).to.deep.equal(['2016', '2017']);
    expect(shadowText(el)).to.include('EU exports rose from EUR 5.0 billion in 2016 to EUR 6.1 billion in 2017.');
    el.to = 2016;
    el.from = 2015;
    await el.updateComplete;
    expect(shadowText(el)).to.include('EU exports fell from EUR 5.7 billion in 2015 to EUR 5.0 billion in 2016.');
    el.from = 2019;
    el.to = undefined;
    await el.updateComplete;
    expect(shadowText(el)).to.include('No goods trade figures for the chosen years.');
  });

  it('switches between chart and table by keyboard, with the pressed state exposed', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    expect(table(el)).to.be.null;
    const [chart, tableButton] = buttons(el);
    expect(chart!.getAttribute('aria-pressed')).to.equal('true');
    tableButton!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const shown = table(el)!;
    expect(shown).to.exist;
    expect(shown.querySelectorAll('tbody tr')).to.have.length(3);
    expect(shown.querySelector('caption')!.textContent).to.include('EU trade in goods with Belarus');
    expect(buttons(el)[1]!.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(table(el)).to.be.null;
  });

  it('starts in the view it is given and shows services and investment on request', async () => {
    const el = await fixture<EuTradeSummary>(
      html`<eu-trade-summary view="table" show-services show-investment></eu-trade-summary>`,
    );
    const tables = el.shadowRoot!.querySelectorAll('table');
    expect(tables).to.have.length(2);
    expect(shadowText(tables[1]!)).to.include('EUR 2.4 billion');
    const text = shadowText(el);
    expect(text).to.include('EU investment stocks in Belarus, 2016');
    expect(text).to.include('EUR 2.5 billion');
    // The source's EUR 0.4 billion, at its precision, in the scale a reader expects.
    expect(text).to.include('EUR 400 million');
  });

  it('formats figures for the element locale', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary lang="ru"></eu-trade-summary>`);
    const text = shadowText(el);
    expect(text).to.match(/6,1\s+миллиарда\s+EUR/);
    expect(text).to.include('вторым по значимости торговым партнёром Беларуси');
    const de = await fixture<EuTradeSummary>(html`<div lang="de"><eu-trade-summary></eu-trade-summary></div>`);
    const summary = de.querySelector('eu-trade-summary')!;
    await summary.updateComplete;
    expect(shadowText(summary)).to.match(/6,1\s+Milliarden\s+EUR/);
    // German content is missing: the English fallback is marked so screen readers switch voice.
    expect(summary.shadowRoot!.querySelector('.lead [lang="en"]')).to.exist;
  });

  it('warns once about a bad view and falls back to the chart', async () => {
    let el!: EuTradeSummary;
    const warnings = await captureWarnings(async () => {
      el = await fixture<EuTradeSummary>(html`<eu-trade-summary view="pie" year="20x7"></eu-trade-summary>`);
    });
    expect(warnings.some((w) => w.includes('<eu-trade-summary> view'))).to.be.true;
    expect(warnings.some((w) => w.includes('<eu-trade-summary> year'))).to.be.true;
    expect(el.shadowRoot!.querySelector('.chart')).to.exist;
  });

  it('reports invalid src data with the path of the bad field', async () => {
    const el = document.createElement('eu-trade-summary');
    el.src = '/fixtures/invalid/trade.json';
    const error = nextDataError(el);
    await fixture(el);
    const detail = await error;
    expect(detail.reason).to.equal('schema');
    expect(detail.issues?.map((i) => i.path)).to.include('trade.id');
  });

  it('loads valid src data', async () => {
    const el = await fixture<EuTradeSummary>(
      html`<eu-trade-summary src="/fixtures/valid/trade.json"></eu-trade-summary>`,
    );
    expect(rows(el)).to.have.length(3);
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme, as chart and as table`, async () => {
      const el = await fixture<EuTradeSummary>(
        html`<eu-trade-summary theme=${theme} show-services show-investment></eu-trade-summary>`,
      );
      await expect(el).to.be.accessible();
      el.view = 'table';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});

runElementSuite({
  tag: 'eu-trade-summary',
  topic: 'trade',
  enums: { view: { property: 'view', values: ['chart', 'table'] } },
});
