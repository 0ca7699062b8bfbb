import { sources as allSources } from '@eu-belarus/data/sources';
import { trade, tradeBalance } from '@eu-belarus/data/trade';
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { shadowText } from '../../test/helpers.js';
import { REVOKE_AFTER_MS } from '../shared/download.js';
import type { EuTradeSummary } from './trade-summary.js';
import './trade-summary.js';
import { parseCsv } from '../../test/statistics-helpers.js';

/** Emulates CSS media (see test/media-plugin.mjs); `{}` resets. */
const media = (payload: { media?: string; features?: Record<string, string> }) =>
  executeServerCommand('emulate-css-media', payload);

const root = (el: Element) => el.shadowRoot!;
const points = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="point"]')];
const active = (el: Element) => root(el).activeElement as HTMLElement | null;
/** Text with no-break spaces as plain spaces. */
const flat = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
const live = (el: Element) => flat(root(el).querySelector('[data-chart-live]')!.textContent);
const visible = (node: Element | null | undefined) => !!node && node.checkVisibility();

afterEach(() => media({}));

describe('<eu-trade-summary> statistics: download', () => {
  it('offers CSV and JSON of the rows it shows, named after them, with their size in the link text', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary from="2016"></eu-trade-summary>`);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a[download]')];
    expect(links.map((a) => a.getAttribute('download'))).to.deep.equal([
      'eu-belarus-trade-goods-2016-2017.csv',
      'eu-belarus-trade-goods-2016-2017.json',
    ]);
    expect(links[0]!.textContent!.trim()).to.match(/^CSV, \d+(\.\d)? kB$/);
    expect(links[1]!.textContent!.trim()).to.match(/^JSON, \d+(\.\d)? kB$/);
    expect(shadowText(root(el).querySelector('.downloads')!)).to.include('Download the data:');
    // No blob: or data: URL sits in the DOM before a link is followed.
    for (const a of links) expect(a.getAttribute('href')).to.equal('#download');
    const size = el.dataFile('csv')!.size;
    expect(links[0]!.textContent).to.include(`${Math.max(0.1, Math.round(size / 100) / 10)} kB`);
  });

  it('CSV: the dataset rows as filtered, the sources and the as-of date; UTF-8 with a BOM, CRLF, quoted', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary from="2016"></eu-trade-summary>`);
    const text = await el.dataFile('csv')!.text();
    const bytes = new Uint8Array(await el.dataFile('csv')!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(el.dataFile('csv')!.type).to.equal('text/csv;charset=utf-8');
    const rows = parseCsv(text.replace(/^\ufeff/, ''));
    expect(rows[0]).to.deep.equal([
      'year',
      'eu_exports',
      'eu_imports',
      'eu_balance',
      'eu_balance_origin',
      'unit',
      'sources',
    ]);
    const years = trade.goods.filter((y) => y.year >= 2016);
    years.forEach((y, i) => {
      const balance = tradeBalance(y.year)!;
      expect(rows[i + 1]).to.deep.equal([
        String(y.year),
        String(y.euExports.value),
        String(y.euImports.value),
        String(balance.balance.value),
        balance.origin,
        'EUR billion',
        y.sources.join(' '),
      ]);
    });
    const sourceHeader = rows.findIndex((r) => r[0] === 'source_id');
    expect(rows[sourceHeader - 1]).to.deep.equal(['']);
    const cited = [...new Set(years.flatMap((y) => y.sources))];
    cited.forEach((id, i) => {
      const s = allSources.find((x) => x.id === id)!;
      expect(rows[sourceHeader + 1 + i]).to.deep.equal([
        id,
        s.publisher,
        s.title,
        s.url ?? '',
        s.published ?? '',
        s.retrieved ?? '',
        s.updated ?? '',
        s.kind,
        s.reportedBy ?? '',
        s.quoting ?? '',
        s.descriptiveTitle ? 'true' : '',
        s.note ?? '',
      ]);
    });
    const meta = Object.fromEntries(rows.slice(sourceHeader + cited.length + 2).map((r) => [r[0], r[1]]));
    expect(meta.title).to.match(/^EU trade in goods with Belarus, 2016\s?–\s?2017$/);
    expect(meta.as_of).to.match(/^\d{4}(-\d{2}){0,2}$/);
    expect(meta.filter_from).to.equal('2016');
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

  it('makes a blob: URL only when the link is followed, and revokes it after', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    const link = root(el).querySelector<HTMLAnchorElement>('a[download$=".csv"]')!;
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.click();
    expect(link.href).to.match(/^blob:/);
    const downloaded = await (await fetch(link.href)).text();
    expect(downloaded).to.equal(await el.dataFile('csv')!.text());
    await aTimeout(REVOKE_AFTER_MS + 200);
    expect(link.getAttribute('href')).to.equal('#download');
  });

  it('CSV cells cannot run as spreadsheet formulas', async () => {
    const data = structuredClone(trade);
    data.goods = [{ ...data.goods[0]!, sources: data.goods[0]!.sources }];
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary .data=${data}></eu-trade-summary>`);
    // Titles come from the data; a hostile one must arrive as text.
    const { toCsv } = await import('../shared/download.js');
    const csv = toCsv({
      name: 'x',
      title: '=HYPERLINK("http://evil")',
      columns: ['a', 'b', 'c', 'd'],
      rows: [['+1', '-2', '@SUM(A1)', -3]],
      sources: [],
    });
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]).to.deep.equal(["'+1", "'-2", "'@SUM(A1)", '-3']);
    expect(rows.at(-1)).to.deep.equal(['title', `'=HYPERLINK("http://evil")`]);
    expect(csv).to.include('"\'=HYPERLINK(""http://evil"")"');
    expect(el.dataFile('csv')).to.exist;
  });
});

describe('<eu-trade-summary> statistics: chart for keyboard and screen readers', () => {
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
});

describe('<eu-trade-summary> statistics: numbers read as one number', () => {
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
      expect(points(el)[0]!.querySelector('.value')!.textContent).to.match(shown);
      expect(shadowText(root(el).querySelector('.summary')!.querySelector('.vh')!)).to.match(/1234567/);
      await expect(el).to.be.accessible();
    });
  }
  it('en: no second copy where the text is read as it is shown', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary .data=${exact()} view="table"></eu-trade-summary>`);
    const cell = root(el).querySelector('.goods > .table-wrap tbody td')!;
    expect(flat(cell.textContent)).to.equal('EUR 1,234,567');
    expect(cell.querySelector('.vh')).to.be.null;
  });
});

describe('<eu-trade-summary> statistics: media', () => {
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
    const probe = document.createElement('div');
    probe.style.cssText = 'color: CanvasText; background-color: Canvas; border: 1px solid CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
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

  it('more contrast: muted text as dark as body text, stronger borders', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    await media({ features: { 'prefers-contrast': 'more' } });
    const rootEl = root(el).querySelector('.root')!;
    expect(getComputedStyle(root(el).querySelector('.share')!).color).to.equal(getComputedStyle(rootEl).color);
    expect(getComputedStyle(root(el).querySelector('.badge')!).borderTopWidth).to.equal('2px');
    await expect(el).to.be.accessible();
  });

  it('reduced motion: no transitions', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary></eu-trade-summary>`);
    await media({ features: { 'prefers-reduced-motion': 'reduce' } });
    expect(getComputedStyle(root(el).querySelector('button')!).transitionProperty).to.equal('none');
  });
});

describe('<eu-trade-summary> statistics: plain', () => {
  it('no heading, one compact source line with publisher and date, linked', async () => {
    const el = await fixture<EuTradeSummary>(html`<eu-trade-summary plain></eu-trade-summary>`);
    expect(root(el).querySelector('h2')).to.be.null;
    const line = root(el).querySelector('.sources.compact')!;
    expect(line.localName).to.equal('p');
    expect(root(el).querySelector('.sources ol')).to.be.null;
    const first = allSources.find((s) => s.id === trade.sources[0])!;
    expect(shadowText(line)).to.include(first.publisher);
    expect(line.querySelector('a[href]')).to.exist;
    expect(line.querySelector('time')).to.exist;
    // Footnote marks still lead to their source.
    const mark = root(el).querySelector<HTMLAnchorElement>('.footnote a')!;
    expect(root(el).getElementById(mark.hash.slice(1))).to.exist;
    await expect(el).to.be.accessible();
  });
});
