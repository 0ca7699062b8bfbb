// Issue 11 behaviour of <eu-assistance-summary>: data download, numbers read as one number, plain, print and forced colours.
import { assistance } from '@eu-belarus/data/assistance';
import { programmes } from '@eu-belarus/data/programmes';
import { sources as allSources } from '@eu-belarus/data/sources';
import { expect, fixture, html } from '@open-wc/testing';
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
import type { EuAssistanceSummary } from './assistance-summary.js';
import './assistance-summary.js';

afterEach(() => media({}));

const COLUMNS = [
  'figure',
  'label',
  'value',
  'unit',
  'qualifier',
  'up_to_value',
  'up_to_unit',
  'up_to_qualifier',
  'as_of',
  'sources',
];

/** Assistance data whose figures are exact sums in euros, grouped by the locale: real figures of the programme data. */
const exact = () => {
  const data = structuredClone(assistance);
  const figure = (programme: string, id: string) =>
    structuredClone(programmes.find((p) => p.id === programme)!.figures.find((f) => f.id === id)!);
  data.figures = [figure('most', 'most-eu-contribution'), figure('latvia-lithuania-belarus-cbc', 'llb-grant-size')];
  return data;
};

describe('<eu-assistance-summary> statistics: download', () => {
  it('offers CSV and JSON of the key figures under them, named after them, with their size', async () => {
    const el = await fixture<EuAssistanceSummary>(html`<eu-assistance-summary></eu-assistance-summary>`);
    const downloads = root(el).querySelector('.downloads')!;
    expect(downloads.closest('section')!.querySelector('.figures')).to.exist;
    expect(shadowText(downloads)).to.include('Download the data:');
    const links = [...downloads.querySelectorAll<HTMLAnchorElement>('a[download]')];
    expect(links.map((a) => a.getAttribute('download'))).to.deep.equal([
      'eu-belarus-assistance-figures.csv',
      'eu-belarus-assistance-figures.json',
    ]);
    expect(links[0]!.textContent!.trim()).to.match(/^CSV, \d+(\.\d)? kB$/);
    expect(links[1]!.textContent!.trim()).to.match(/^JSON, \d+(\.\d)? kB$/);
    for (const a of links) expect(a.getAttribute('href')).to.equal('#download');
    await expect(el).to.be.accessible();
  });

  it('CSV: one row per figure shown, as in the dataset, with the sources and the as-of date', async () => {
    const el = await fixture<EuAssistanceSummary>(html`<eu-assistance-summary></eu-assistance-summary>`);
    const csv = await csvParts(el.dataFile('csv'));
    expect(csv.header).to.deep.equal(COLUMNS);
    expect(csv.data).to.have.length(assistance.figures.length);
    assistance.figures.forEach((f, i) => {
      const q = f.quantity;
      expect(csv.data[i]).to.deep.equal([
        f.id,
        f.label.en,
        String(q.value),
        q.kind === 'money' ? (q.scale === 'one' ? 'EUR' : `EUR ${q.scale}`) : q.kind,
        q.qualifier ?? '',
        f.upTo ? String(f.upTo.value) : '',
        f.upTo ? 'EUR' : '',
        f.upTo?.qualifier ?? '',
        f.asOf ?? '',
        f.sources.join(' '),
      ]);
    });
    // A bundled figure as the reader sees it: 91.5 (EUR million).
    expect(csv.data.map((r) => [r[2], r[3], r[4]])).to.deep.include(['91.5', 'EUR million', '']);
    const cited = [...new Set(assistance.figures.flatMap((f) => f.sources))];
    expect(csv.sources).to.deep.equal(
      cited.map((id) => {
        const s = allSources.find((x) => x.id === id)!;
        return [
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
        ];
      }),
    );
    expect(csv.meta.title).to.equal('EU assistance to Belarus: Key figures');
    const dates = cited
      .map((id) => allSources.find((s) => s.id === id)!)
      .map((s) => s.published ?? s.updated ?? s.retrieved ?? '')
      .sort();
    expect(csv.meta.as_of).to.equal(dates.at(-1));
  });

  it('follows sections: the filter is in the file; no download when the figures are not shown', async () => {
    const el = await fixture<EuAssistanceSummary>(
      html`<eu-assistance-summary sections="figures,aims"></eu-assistance-summary>`,
    );
    const json = JSON.parse(await el.dataFile('json')!.text());
    expect(json.filters).to.deep.equal({ sections: 'figures,aims' });
    expect(json.data.map((d: { figure: string }) => d.figure)).to.deep.equal(assistance.figures.map((f) => f.id));
    expect(json.sources.map((s: { id: string }) => s.id)).to.deep.equal([
      ...new Set(assistance.figures.flatMap((f) => f.sources)),
    ]);
    el.sections = 'aims,priorities';
    await el.updateComplete;
    expect(el.dataFile('csv')).to.be.undefined;
    expect(root(el).querySelector('.downloads')).to.be.null;
  });

  it('exports data from .data, ranges with their upper bound, labels in the locale', async () => {
    const el = await fixture<EuAssistanceSummary>(
      html`<eu-assistance-summary lang="fr" .data=${exact()}></eu-assistance-summary>`,
    );
    const csv = await csvParts(el.dataFile('csv'));
    const [most, grant] = exact().figures;
    expect(csv.data.map((r) => r.slice(0, 8))).to.deep.equal([
      ['most-eu-contribution', most!.label.en, '9295000', 'EUR', '', '', '', ''],
      ['llb-grant-size', grant!.label.en, '100000', 'EUR', '', '1.5', 'EUR million', ''],
    ]);
  });
});

describe('<eu-assistance-summary> statistics: numbers read as one number', () => {
  for (const [lang, shown] of [
    ['fr', /9\u202f295\u202f000/],
    ['pl', /9\u00a0295\u00a0000/],
    ['be', /9\u00a0295\u00a0000/],
  ] as const) {
    it(`${lang}: shown with the locale's separator, read without it`, async () => {
      const el = await fixture<EuAssistanceSummary>(
        html`<eu-assistance-summary lang=${lang} .data=${exact()}></eu-assistance-summary>`,
      );
      const values = [...root(el).querySelectorAll('.figure .value')];
      expect(values).to.have.length(2);
      expect(shownText(values[0]!)).to.match(shown);
      expect(values[0]!.querySelector('[aria-hidden="true"]')!.textContent).to.match(shown);
      expect(spokenText(values[0]!)).to.match(/9295000/);
      expect(spokenText(values[1]!)).to.match(/100000/);
      for (const v of values) expect(spokenText(v)).not.to.match(SPLIT_NUMBER);
      await expect(el).to.be.accessible();
    });
  }
  it('en: no second copy where the text is read as it is shown', async () => {
    const el = await fixture<EuAssistanceSummary>(
      html`<eu-assistance-summary .data=${exact()}></eu-assistance-summary>`,
    );
    const value = root(el).querySelector('.figure .value')!;
    expect(flat(value.textContent)).to.equal('EUR 9,295,000');
    expect(value.querySelector('.vh')).to.be.null;
  });
});

describe('<eu-assistance-summary> statistics: plain and media', () => {
  it('plain: no heading, one compact source line, footnotes still lead to it', async () => {
    const el = await fixture<EuAssistanceSummary>(html`<eu-assistance-summary plain></eu-assistance-summary>`);
    expect(root(el).querySelector('h2')).to.be.null;
    const line = root(el).querySelector('.sources.compact')!;
    expect(line.localName).to.equal('p');
    expect(root(el).querySelector('.sources ol')).to.be.null;
    const cited = allSources.find((x) => x.id === assistance.figures[0]!.sources[0])!;
    expect(shadowText(line)).to.include(cited.publisher);
    expect(line.querySelector('a[href]')).to.exist;
    expect(line.querySelector('time')).to.exist;
    const mark = root(el).querySelector<HTMLAnchorElement>('.footnote a')!;
    expect(root(el).getElementById(mark.hash.slice(1))).to.exist;
    expect(root(el).querySelector('.downloads')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('print: figures boxed in black, no download links, link targets written out', async () => {
    const el = await fixture<EuAssistanceSummary>(html`<eu-assistance-summary></eu-assistance-summary>`);
    await media({ media: 'print' });
    expect(matchMedia('print').matches).to.be.true;
    expect(visible(root(el).querySelector('.downloads'))).to.be.false;
    const figure = root(el).querySelector('.figure')!;
    expect(visible(figure)).to.be.true;
    expect(getComputedStyle(figure).borderLeftStyle).to.equal('solid');
    expect(getComputedStyle(figure).borderLeftColor).to.equal('rgb(0, 0, 0)');
    const link = root(el).querySelector<HTMLAnchorElement>('.sources a[href^="https"]')!;
    expect(getComputedStyle(link, '::after').content).to.include(link.href);
    await expect(el).to.be.accessible();
  });

  it('forced colours: figures and priority sets keep a system-colour outline', async () => {
    const el = await fixture<EuAssistanceSummary>(html`<eu-assistance-summary></eu-assistance-summary>`);
    await media({ features: { 'forced-colors': 'active' } });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const probe = document.createElement('div');
    probe.style.cssText = 'color: CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    for (const selector of ['.figure', '.set', '.badge']) {
      const box = getComputedStyle(root(el).querySelector(selector)!);
      expect(box.borderLeftStyle, selector).to.equal('solid');
      expect(box.borderLeftColor, selector).to.equal(canvasText);
    }
    await expect(el).to.be.accessible();
  });
});
