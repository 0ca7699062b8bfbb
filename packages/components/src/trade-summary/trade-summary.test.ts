import { LOCALES } from '@eu-belarus/data/text';
import { sources as allSources } from '@eu-belarus/data/sources';
import { trade, tradeBalance } from '@eu-belarus/data/trade';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, csvParts, downloadFiles, flat, media, root, shadowText } from '../../test/helpers.js';
import { bundled } from '../shared/bundled.js';
import type { EuTradeSummary } from './trade-summary.js';
import './trade-summary.js';

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('.year-row')];
// The table shown on screen (in chart view a copy waits in .print-only for paper).
const table = (el: Element) => el.shadowRoot!.querySelector('.goods > .table-wrap [part="table"]');
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.view-switch button')];
const points = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="point"]')];

afterEach(() => media());

describe('<eu-trade-summary>: its render code', () => {
  // The file's first test: nothing on the page has asked for the render code yet.
  before(() => performance.setResourceTimingBufferSize(10_000));
  it('loads with its content, not with its module: a page with the element alone shows its chart', async () => {
    const fetched = () =>
      performance.getEntriesByType('resource').some((r) => /\/trade-summary\.render\./.test(r.name));
    expect(fetched(), 'not fetched with the module').to.equal(false);
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    expect([fetched(), bundled('render:trade-summary') !== undefined], 'fetched with the content').to.deep.equal([
      true,
      true,
    ]);
    expect(rows(el).map((r) => r.querySelector('.year')!.textContent)).to.deep.equal(['2015', '2016', '2017']);
    expect(shadowText(el)).to.include("Belarus' main trade partners");
  });
});

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
    // The stated 2016 balance (2.0), not the arithmetic on rounded figures (2.1), marked and explained.
    expect(shadowText(rows(el)[1]!)).to.include('EU surplus: 2.0*');
    expect(shadowText(rows(el)[0]!))
      .to.include('EU surplus: 2.0')
      .and.not.include('*');
    expect(shadowText(el.shadowRoot!.querySelector('.chart-note')!)).to.include('the source rounds each figure');
    expect(text).to.include(
      'In 2017, the EU exported goods worth EUR 6.1 billion to Belarus and imported goods worth EUR 3.4 billion: an EU surplus of EUR 2.7 billion.',
    );
    expect(el.shadowRoot!.querySelectorAll('svg.bar rect')).to.have.length(trade.goods.length * 2);
  });

  it('every table fits a 280 px column in every locale: the unit in the header, numbers only in the cells', async () => {
    const column = await fixture<HTMLElement>(html`<div style="width: 280px"></div>`);
    const overflowing: string[] = [];
    for (const lang of LOCALES) {
      const el = document.createElement('eu-trade-summary');
      el.setAttribute('lang', lang);
      el.setAttribute('view', 'table');
      el.setAttribute('show-services', '');
      column.replaceChildren(el);
      await el.updateComplete;
      const tables = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.table-wrap')].filter((t) => t.offsetParent);
      expect(tables, lang).to.have.length(2);
      for (const wrap of tables)
        if (wrap.scrollWidth > wrap.clientWidth)
          overflowing.push(`${lang}: ${wrap.scrollWidth} > ${wrap.clientWidth} px`);
      for (const td of el.shadowRoot!.querySelectorAll('tbody td'))
        expect(td.textContent, `${lang}: a number only`).to.match(/^[\d\s\u00a0\u202f.,−–-]+$/);
    }
    expect(overflowing).to.deep.equal([]);
  });

  it('one language per sentence: English content is joined in English, marked lang="en", and a note says so', async () => {
    const wrapper = await fixture(html`<div lang="de"><eu-trade-summary></eu-trade-summary></div>`);
    const el = wrapper.querySelector('eu-trade-summary')!;
    await el.updateComplete;
    const flows = [...el.shadowRoot!.querySelectorAll('.flow .main')];
    const toBelarus = flows.find((f) => f.textContent!.includes('Machinery'))!;
    const list = toBelarus.querySelector('[lang="en"]')!;
    expect(list.textContent).to.equal('Machinery, Transport equipment and Chemicals');
    expect(toBelarus.textContent).not.to.include(' und ');
    for (const share of el.shadowRoot!.querySelectorAll('.share'))
      expect(share.querySelector('[lang="en"]'), 'a share in words, in English, marked').to.exist;
    expect(shadowText(el.shadowRoot!.querySelector('[part="lang-note"]')!)).to.include('auf Englisch');
    // Where the content is in the reader's language, no note.
    for (const lang of ['en', 'be', 'ru']) {
      const other = await fixture(html`<eu-trade-summary lang=${lang}></eu-trade-summary>`);
      await (other as EuTradeSummary).updateComplete;
      expect(other.shadowRoot!.querySelector('[part="lang-note"]'), lang).to.be.null;
    }
  });

  it('says its figures are from 2017 and that no later EU-sourced figures were found', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    const gap = trade.gaps.find((g) => g.about === 'goods')!;
    expect(shadowText(el.shadowRoot!.querySelector('[part="gap-note"]')!)).to.equal(gap.text.en);
    expect(shadowText(el.shadowRoot!.querySelector('.chart-title')!)).to.include(String(gap.after));
    // Each partner share and composition block says when it held.
    expect(shadowText(el.shadowRoot!.querySelector('.partners .block-date')!)).to.match(/^as of \d/);
    expect(el.shadowRoot!.querySelectorAll('.flow .as-of')).to.have.length(trade.flows.length);
  });

  it('says under services and investment when the data says later figures are missing, and only there', async () => {
    const data = structuredClone(trade);
    const lastServices = Math.max(...data.services.map((y) => y.year));
    data.gaps = [
      ...data.gaps,
      { id: 'no-services', about: 'services', after: lastServices, text: { en: 'No services figures after.' } },
    ];
    const el = await fixture<EuTradeSummary>(
      html`<eu-trade-summary .data=${data} show-services show-investment></eu-trade-summary>`,
    );
    const note = (section: string) => el.shadowRoot!.querySelector(`.${section} [part="gap-note"]`);
    expect(shadowText(note('services')!)).to.equal('No services figures after.');
    expect(note('investment'), 'no gap for investment in the data: no note').to.equal(null);
    expect(shadowText(note('goods')!)).to.equal(trade.gaps[0]!.text.en);
  });

  it("a source's note (what its dates are) is shown with the block's quotes, in English", async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary lang="de"></eu-trade-summary>`);
    const line = el.shadowRoot!.querySelector<HTMLElement>('.goods [part="sources"]')!;
    const noted = trade.goods.flatMap((y) => y.sources).map((id) => allSources.find((s) => s.id === id)!);
    const withNote = noted.find((s) => s.note)!;
    expect(withNote, 'a goods source with a note').to.exist;
    expect(line.querySelector('.source-note'), 'closed: no note').to.equal(null);
    line.querySelector<HTMLButtonElement>('.quote-toggle')!.click();
    await el.updateComplete;
    const shown = [...line.querySelectorAll<HTMLElement>('.source-note')];
    expect(shown.map((n) => n.textContent)).to.include(`${withNote.publisher}: ${withNote.note}`);
    expect(shown.every((n) => n.lang === 'en')).to.equal(true);
  });

  it('ends the goods block with its source line: "Source: … · Get the data: CSV, JSON"', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    const line = el.shadowRoot!.querySelector('.goods > [part="sources"]')!;
    expect(line.previousElementSibling?.matches('.chart, .print-only')).to.be.true;
    expect(shadowText(line)).to.match(
      /^Source: European Commission, Directorate-General for Trade: .* · Get the data: CSV \(.*\), JSON \(.*\)$/,
    );
    expect(line.querySelector('a[part~="link"]'), 'the source is linked').to.exist;
    // Every year cites the same source: no numbered marks anywhere in the block.
    expect(new Set(trade.goods.map((y) => y.sources.join(' '))).size).to.equal(1);
    expect(el.shadowRoot!.querySelector('.goods .mark, .goods .number')).to.equal(null);
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
    // Numbers only in the cells; the unit once, in each column's header.
    expect([...tables[1]!.querySelectorAll('tbody td')].map((td) => shadowText(td))).to.deep.equal(
      trade.services.flatMap((y) => [y.euExports.value.toFixed(1), y.euImports.value.toFixed(1)]),
    );
    expect(shadowText(tables[1]!.querySelector('thead th:nth-child(2)')!)).to.match(/EU exports EUR billion/);
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
      // Markup as a page writes it (a string, not a typed template): the bad values are the point.
      el = await fixture<EuTradeSummary>('<eu-trade-summary view="pie" year="20x7"></eu-trade-summary>');
    });
    expect(warnings.filter((w) => w.includes('<eu-trade-summary> view'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('<eu-trade-summary> year'))).to.have.length(1);
    expect(el.shadowRoot!.querySelector('.chart')).to.exist;
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

describe('<eu-trade-summary>: download', () => {
  it('offers CSV and JSON of the goods years it shows, under them, named after them', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary from="2016"></eu-trade-summary>`);
    expect(downloadFiles(el, '.chart')).to.deep.equal([
      'eu-belarus-trade-goods-2016-2017.csv',
      'eu-belarus-trade-goods-2016-2017.json',
    ]);
  });

  it('CSV: the goods years shown, in the unit of the source, with balance and origin; the filter in the file', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary from="2016"></eu-trade-summary>`);
    const csv = await csvParts(el.dataFile('csv'));
    expect(csv.header).to.deep.equal([
      'year',
      'eu_exports',
      'eu_imports',
      'eu_balance',
      'eu_balance_origin',
      'unit',
      'sources',
    ]);
    const years = trade.goods.filter((y) => y.year >= 2016);
    expect(csv.data).to.deep.equal(
      years.map((y) => {
        const balance = tradeBalance(y.year)!;
        return [
          String(y.year),
          String(y.euExports.value),
          String(y.euImports.value),
          String(balance.balance.value),
          balance.origin,
          'EUR billion',
          y.sources.join(' '),
        ];
      }),
    );
    expect(csv.sources.map((r) => r[0])).to.deep.equal([...new Set(years.flatMap((y) => y.sources))]);
    expect(csv.meta.title).to.match(/^EU trade in goods with Belarus, 2016\s?–\s?2017$/);
    expect(csv.meta.as_of).to.match(/^\d{4}(-\d{2}){0,2}$/);
    expect(csv.meta.filter_from).to.equal('2016');
  });

  it('JSON: the same rows as objects, with the sources', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary year="2017"></eu-trade-summary>`);
    const json = JSON.parse(await el.dataFile('json')!.text());
    expect(json.data).to.deep.equal([
      {
        year: 2017,
        eu_exports: trade.goods.at(-1)!.euExports.value,
        eu_imports: trade.goods.at(-1)!.euImports.value,
        eu_balance: tradeBalance(2017)!.balance.value,
        eu_balance_origin: tradeBalance(2017)!.origin,
        unit: 'EUR billion',
        sources: trade.goods.at(-1)!.sources.join(' '),
      },
    ]);
    expect(json.sources.map((s: { id: string }) => s.id)).to.deep.equal(trade.goods.at(-1)!.sources);
    expect(json.sources[0].publisher).to.be.a('string');
    expect(json.filters).to.deep.equal({ year: '2017' });
    expect(root(el).querySelector('a[download]')!.getAttribute('download')).to.equal('eu-belarus-trade-goods-2017.csv');
  });
});

describe('<eu-trade-summary>: numbers read as one number', () => {
  /** Exact figures (scale "one") are grouped by the locale: "1 234 567 EUR". */
  const exact = () => {
    const data = structuredClone(trade);
    data.goods = [
      {
        year: 2017,
        euExports: { kind: 'money', value: 1234567, scale: 'one', currency: 'EUR' },
        euImports: { kind: 'money', value: 12500, scale: 'one', currency: 'EUR' },
        sources: data.goods[0]!.sources,
        quotes: data.goods[0]!.quotes,
      },
    ];
    return data;
  };
  for (const [lang, shown] of [
    ['fr', /1\u202f234\u202f567/],
    ['pl', /1\u00a0234\u00a0567/],
    ['be', /1\u00a0234\u00a0567/],
  ] as const) {
    it(`${lang}: shown with the locale's separator, read without it`, async () => {
      const el = await fixture<EuTradeSummary>(
        html`<eu-trade-summary lang=${lang} .data=${exact()} view="table"></eu-trade-summary>`,
      );
      const cell = root(el).querySelector('.goods > .table-wrap tbody td')!;
      expect(cell.querySelector('[aria-hidden="true"]')!.textContent).to.match(shown);
      const spoken = cell.querySelector('.vh')!.textContent!;
      expect(spoken).to.match(/1234567/);
      expect(spoken).not.to.match(/\d[\s\u00a0\u202f]\d/);
      el.view = 'chart';
      await el.updateComplete;
      const label = points(el)[0]!.getAttribute('aria-label')!;
      expect(label).to.match(/1234567/);
      expect(points(el)[0]!.querySelector('.bar-value')!.textContent).to.match(shown);
      expect(shadowText(root(el).querySelector('.summary')!.querySelector('.vh')!)).to.match(/1234567/);
      await expect(el).to.be.accessible();
    });
  }
  it('en: no second copy where the text is read as it is shown', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary .data=${exact()} view="table"></eu-trade-summary>`);
    const cell = root(el).querySelector('.goods > .table-wrap tbody td')!;
    expect(flat(cell.textContent), 'the unit is in the header').to.equal('1,234,567');
    expect(cell.querySelector('.vh')).to.be.null;
  });
});

describe('<eu-trade-summary>: media', () => {
  it('more contrast: muted text as dark as body text, stronger borders', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    await media({ contrast: 'more' });
    const rootEl = root(el).querySelector('.root')!;
    expect(getComputedStyle(root(el).querySelector('.share')!).color).to.equal(getComputedStyle(rootEl).color);
    expect(getComputedStyle(root(el).querySelector('.badge')!).borderTopWidth).to.equal('2px');
    await expect(el).to.be.accessible();
  });

  it('reduced motion: no transitions', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    await media({ reducedMotion: 'reduce' });
    expect(getComputedStyle(root(el).querySelector('button')!).transitionProperty).to.equal('none');
  });
});
