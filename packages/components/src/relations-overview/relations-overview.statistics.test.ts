// Issue 11 behaviour of <eu-relations-overview>'s key figures: data download, numbers read as one number, plain, print and forced colours.
import { assistance } from '@eu-belarus/data/assistance';
import { fact, type Fact } from '@eu-belarus/data/facts';
import { programmes } from '@eu-belarus/data/programmes';
import { sources as allSources } from '@eu-belarus/data/sources';
import { trade } from '@eu-belarus/data/trade';
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { shadowText } from '../../test/helpers.js';
import {
  SPLIT_NUMBER,
  csvParts,
  flat,
  media,
  root,
  shownText,
  spokenText,
  visible,
} from '../../test/statistics-helpers.js';
import { EuRelationsOverview } from './relations-overview.js';

afterEach(() => media({}));

/** The card with an exact sum in euros among its key figures (a real fact of the programme data), grouped by the locale. */
class ExactFigures extends EuRelationsOverview {
  protected override keyFacts(): Fact[] {
    return [fact('programmes.most.most-eu-contribution')!, ...super.keyFacts()];
  }
}
customElements.define('eu-test-overview-exact', ExactFigures);
const exactTag = unsafeStatic('eu-test-overview-exact');

describe('<eu-relations-overview> statistics: download of the key figures', () => {
  const latest = Math.max(...trade.goods.map((y) => y.year));
  const facts = () => [
    fact(`trade.goods.${latest}.euExports`)!,
    fact(`trade.goods.${latest}.euImports`)!,
    fact('assistance.eni-bilateral-2014-2017')!,
  ];

  it('offers CSV and JSON under the key figures, named after them, with their size', async () => {
    const el = await fixture<EuRelationsOverview>(html`<eu-relations-overview></eu-relations-overview>`);
    const downloads = root(el).querySelector('.downloads')!;
    expect(downloads.closest('section')!.querySelector('.figures')).to.exist;
    expect(shadowText(downloads)).to.include('Download the data:');
    const links = [...downloads.querySelectorAll<HTMLAnchorElement>('a[download]')];
    expect(links.map((a) => a.getAttribute('download'))).to.deep.equal([
      'eu-belarus-overview-key-figures.csv',
      'eu-belarus-overview-key-figures.json',
    ]);
    expect(links[0]!.textContent!.trim()).to.match(/^CSV, \d+(\.\d)? kB$/);
    expect(links[1]!.textContent!.trim()).to.match(/^JSON, \d+(\.\d)? kB$/);
    for (const a of links) expect(a.getAttribute('href')).to.equal('#download');
    await expect(el).to.be.accessible();
  });

  it('CSV: the figures shown, as in the datasets, with their as-of dates and sources', async () => {
    const el = await fixture<EuRelationsOverview>(html`<eu-relations-overview></eu-relations-overview>`);
    const csv = await csvParts(el.dataFile('csv'));
    expect(csv.header).to.deep.equal([
      'figure',
      'label',
      'value',
      'unit',
      'qualifier',
      'up_to_value',
      'up_to_unit',
      'up_to_qualifier',
      'as_of',
      'origin',
      'sources',
    ]);
    const goods = trade.goods.find((y) => y.year === latest)!;
    const envelope = assistance.figures.find((f) => f.id === 'eni-bilateral-2014-2017')!;
    const programmeSources = [...new Set(programmes.flatMap((p) => p.sources))];
    expect(csv.data).to.deep.equal([
      [
        `trade.goods.${latest}.euExports`,
        `EU exports of goods to Belarus, ${latest}`,
        String(goods.euExports.value),
        `EUR ${goods.euExports.scale}`,
        '',
        '',
        '',
        '',
        String(latest),
        '',
        goods.sources.join(' '),
      ],
      [
        `trade.goods.${latest}.euImports`,
        `EU imports of goods from Belarus, ${latest}`,
        String(goods.euImports.value),
        `EUR ${goods.euImports.scale}`,
        '',
        '',
        '',
        '',
        String(latest),
        '',
        goods.sources.join(' '),
      ],
      [
        'assistance.eni-bilateral-2014-2017',
        envelope.label.en,
        '91.5',
        'EUR million',
        '',
        '',
        '',
        '',
        envelope.asOf!,
        '',
        envelope.sources.join(' '),
      ],
      [
        'programmes.count',
        'EU programmes open to Belarus',
        String(programmes.length),
        'count',
        '',
        '',
        '',
        '',
        '',
        'computed',
        programmeSources.join(' '),
      ],
    ]);
    // What the card shows, figure by figure.
    expect([...root(el).querySelectorAll('.figure .value')].map((v) => flat(v.textContent))).to.deep.equal([
      'EUR 6.1 billion',
      'EUR 3.4 billion',
      'EUR 91.5 million',
      String(programmes.length),
    ]);
    const cited = [...new Set([...facts().flatMap((f) => f.sources), ...programmeSources])];
    expect(csv.sources.map((r) => r[0])).to.deep.equal(cited);
    for (const row of csv.sources) {
      const s = allSources.find((x) => x.id === row[0])!;
      expect(row).to.deep.equal([
        s.id,
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
    }
    expect(csv.meta.title).to.equal('EU–Belarus relations: Key figures');
    const dates = cited
      .map((id) => allSources.find((s) => s.id === id)!)
      .map((s) => s.published ?? s.updated ?? s.retrieved ?? '')
      .sort();
    expect(csv.meta.as_of).to.equal(dates.at(-1));
  });

  it('follows sections: the filter is in the file; no download when the figures are not shown', async () => {
    const el = await fixture<EuRelationsOverview>(
      html`<eu-relations-overview sections="figures"></eu-relations-overview>`,
    );
    const json = JSON.parse(await el.dataFile('json')!.text());
    expect(json.filters).to.deep.equal({ sections: 'figures' });
    expect(json.data).to.have.length(4);
    expect(json.data[0].value).to.equal(trade.goods.find((y) => y.year === latest)!.euExports.value);
    el.sections = 'policy,files';
    await el.updateComplete;
    expect(el.dataFile('csv')).to.be.undefined;
    expect(root(el).querySelector('.downloads')).to.be.null;
  });

  it('labels in the element locale (Belarusian), numbers as numbers', async () => {
    const el = await fixture<EuRelationsOverview>(html`<eu-relations-overview lang="be"></eu-relations-overview>`);
    const csv = await csvParts(el.dataFile('csv'));
    expect(csv.data[0]![1]).to.equal(`Экспарт тавараў ЕС у Беларусь, ${latest}`);
    expect(csv.data[0]![2]).to.equal(String(trade.goods.find((y) => y.year === latest)!.euExports.value));
  });
});

describe('<eu-relations-overview> statistics: numbers read as one number', () => {
  for (const [lang, shown] of [
    ['fr', /9\u202f295\u202f000/],
    ['pl', /9\u00a0295\u00a0000/],
    ['be', /9\u00a0295\u00a0000/],
  ] as const) {
    it(`${lang}: shown with the locale's separator, read without it`, async () => {
      const el = await fixture<ExactFigures>(staticHtml`<${exactTag} lang=${lang} sections="figures"></${exactTag}>`);
      const values = [...root(el).querySelectorAll('.figure .value')];
      expect(values).to.have.length(5);
      expect(shownText(values[0]!)).to.match(shown);
      expect(values[0]!.querySelector('[aria-hidden="true"]')!.textContent).to.match(shown);
      expect(spokenText(values[0]!)).to.match(/9295000/);
      for (const v of values) expect(spokenText(v)).not.to.match(SPLIT_NUMBER);
      const json = JSON.parse(await el.dataFile('json')!.text());
      expect(json.data[0].value).to.equal(9295000);
      await expect(el).to.be.accessible();
    });
  }
  it('en: no second copy where the text is read as it is shown', async () => {
    const el = await fixture<ExactFigures>(staticHtml`<${exactTag} sections="figures"></${exactTag}>`);
    const value = root(el).querySelector('.figure .value')!;
    expect(flat(value.textContent)).to.equal('EUR 9,295,000');
    expect(value.querySelector('.vh')).to.be.null;
  });
});

describe('<eu-relations-overview> statistics: plain and media', () => {
  it('plain: no heading, one compact source line, footnotes still lead to it', async () => {
    const el = await fixture<EuRelationsOverview>(html`<eu-relations-overview plain></eu-relations-overview>`);
    expect(root(el).querySelector('h2')).to.be.null;
    const line = root(el).querySelector('.sources.compact')!;
    expect(line.localName).to.equal('p');
    expect(root(el).querySelector('.sources ol')).to.be.null;
    expect(line.querySelector('a[href]')).to.exist;
    expect(line.querySelector('time')).to.exist;
    const mark = root(el).querySelector<HTMLAnchorElement>('.footnote a')!;
    expect(root(el).getElementById(mark.hash.slice(1))).to.exist;
    await expect(el).to.be.accessible();
  });

  it('print: figures boxed in black, no download links, link targets written out', async () => {
    const el = await fixture<EuRelationsOverview>(html`<eu-relations-overview></eu-relations-overview>`);
    await media({ media: 'print' });
    expect(matchMedia('print').matches).to.be.true;
    expect(visible(root(el).querySelector('.downloads'))).to.be.false;
    const figure = root(el).querySelector('.figure')!;
    expect(visible(figure)).to.be.true;
    expect(getComputedStyle(figure).borderLeftColor).to.equal('rgb(0, 0, 0)');
    const link = root(el).querySelector<HTMLAnchorElement>('.sources a[href^="https"]')!;
    expect(getComputedStyle(link, '::after').content).to.include(link.href);
    await expect(el).to.be.accessible();
  });

  it('forced colours: figures and badges keep a system-colour outline', async () => {
    const el = await fixture<EuRelationsOverview>(html`<eu-relations-overview></eu-relations-overview>`);
    await media({ features: { 'forced-colors': 'active' } });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const probe = document.createElement('div');
    probe.style.cssText = 'color: CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    for (const selector of ['.figure', '.badge']) {
      const box = getComputedStyle(root(el).querySelector(selector)!);
      expect(box.borderLeftStyle, selector).to.equal('solid');
      expect(box.borderLeftColor, selector).to.equal(canvasText);
    }
    await expect(el).to.be.accessible();
  });
});
