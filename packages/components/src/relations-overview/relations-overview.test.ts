import { assistance } from '@eu-belarus/data/assistance';
import { fact, type Fact } from '@eu-belarus/data/facts';
import { overview } from '@eu-belarus/data/overview';
import { programmes } from '@eu-belarus/data/programmes';
import { trade } from '@eu-belarus/data/trade';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import {
  SPACE_GROUPED,
  SPLIT_NUMBER,
  captureWarnings,
  csvParts,
  downloadFiles,
  expectOneNumber,
  expectReadAsShown,
  flat,
  root,
  shadowText,
  spokenText,
} from '../../test/helpers.js';
import { latestSourceDate } from '../shared/download.js';
import { FIGURE_COLUMNS } from '../shared/figure-export.js';
import { formatDate } from '../shared/format.js';
import type { EuRelationsOverview } from './relations-overview.js';

// Every request from here on is counted (the first test; the default buffer of 250 may be full already).
performance.setResourceTimingBufferSize(10_000);
const renderCodeRequests = () =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes('/relations-overview.render.')).length;
const element = await import('./relations-overview.js');

const q = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const fileStatus = (el: Element, title: string) =>
  text(
    q(el, '.file')
      .find((f) => text(f.querySelector('.file-title')) === title)
      ?.querySelector('.file-status'),
  );

/** The card with an exact sum in euros among its key figures (a real fact of the programme data), grouped by the locale. */
class ExactFigures extends element.EuRelationsOverview {
  protected override keyFacts(): Fact[] {
    return [fact('programmes.most.most-eu-contribution')!, ...super.keyFacts()];
  }
}
customElements.define('eu-test-overview-exact', ExactFigures);
const exactTag = unsafeStatic('eu-test-overview-exact');

describe('<eu-relations-overview>', () => {
  it('a page with the card alone fetches its render code only once one is on the page; its key figures come with it', async () => {
    expect(renderCodeRequests(), 'fetched with the element module').to.equal(0);
    const el = await fixture<EuRelationsOverview>(
      html`<eu-relations-overview sections="figures"></eu-relations-overview>`,
    );
    const figures = q(el, '[part~="figure"]');
    expect(figures).to.have.length(4);
    expect(renderCodeRequests(), 'fetched once the card is on the page').to.equal(1);
    // A script may ask for the key figures' file as soon as the card has rendered: one row a figure shown.
    expect((await csvParts(el.dataFile('csv'))).data).to.have.length(figures.length);
  });

  it('leads with the present: the current line, then the earlier one as dated history; key figures; the files', async () => {
    const el = await fixture<EuRelationsOverview>(html`<eu-relations-overview></eu-relations-overview>`);
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('EU–Belarus relations');
    const current = overview.sections.filter((s) => s.timeframe === 'current');
    const history = overview.sections.filter((s) => s.timeframe === 'historical');
    expect(q(el, 'h3').map(text)).to.deep.equal([
      ...(current.length ? ['Policy now'] : []),
      ...(history.length ? ['Earlier policy'] : []),
      'Key figures',
      'Dialogues and agreements',
    ]);
    expect(q(el, '.point-title').map(text)).to.deep.equal([...current, ...history].map((s) => s.title.en));
    // The summary says the date it holds; the current line "as of", the history its date.
    expect(text(q(el, '.lead .as-of')[0])).to.equal(`as of ${formatDate(overview.asOf, 'en')}`);
    for (const [i, point] of q(el, '.point').entries()) {
      const section = [...current, ...history][i]!;
      expect(text(point.querySelector('.point-date'))).to.equal(
        section.timeframe === 'current' ? `as of ${formatDate(section.asOf, 'en')}` : formatDate(section.asOf, 'en'),
      );
    }
    expect(q(el, '.point time').map((t) => t.getAttribute('datetime'))).to.deep.equal(
      [...current, ...history].map((s) => s.asOf),
    );
    expect(shadowText(el)).to.include('February 2016');
    const figures = q(el, '[part~="figure"]');
    expect(figures.map((f) => text(f.querySelector('.value')))).to.deep.equal([
      'EUR 6.1 billion',
      'EUR 3.4 billion',
      'EUR 91.5 million',
      String(programmes.length),
    ]);
    expect(text(figures[0]!.querySelector('.label'))).to.include('EU exports of goods to Belarus, 2017');
    // "as of" only where the label does not already say the year: never "2017, as of 2017".
    expect(figures[0]!.querySelector('.as-of')).to.be.null;
    expect(text(figures[2]!.querySelector('.as-of'))).to.match(/^as of /);
    expect(fileStatus(el, 'EU–Belarus Human Rights Dialogue')).to.match(/^Resumed last reported 2015/);
    expect(fileStatus(el, 'Visa facilitation agreement')).to.match(
      /^Partially suspended last reported 12 November 2021/,
    );
    expect(fileStatus(el, 'Readmission agreement')).to.match(/^Suspended last reported 28 June 2021/);
    expect(fileStatus(el, 'Sectoral dialogues')).to.equal('Sought by the EU: 3 Active: 5');
    expect(q(el, '.file time')[0]!.getAttribute('datetime')).to.match(/^\d{4}/);
    // A source line under each part: policy, figures, files.
    expect(q(el, '.section > [part="sources"]')).to.have.length(3);
  });

  it('shows only the parts named in sections, and follows heading-level', async () => {
    const el = await fixture<EuRelationsOverview>(
      html`<eu-relations-overview sections="files,figures" heading-level="3"></eu-relations-overview>`,
    );
    expect(q(el, 'h3.heading')).to.have.length(1);
    expect(q(el, 'h4').map(text)).to.deep.equal(['Key figures', 'Dialogues and agreements']);
    expect(q(el, '[part="policy"]')).to.have.length(0);
    el.sections = 'policy';
    await el.updateComplete;
    const timeframes = new Set(overview.sections.map((s) => s.timeframe));
    expect(q(el, '[part="policy"]'), 'the current line and the history').to.have.length(timeframes.size);
    expect(q(el, 'h5.point-title')).to.have.length(overview.sections.length);
    expect(q(el, '[part="figures"], [part="files"]')).to.have.length(0);
  });

  it('warns once for an unknown section and keeps the known ones', async () => {
    let el!: EuRelationsOverview;
    const warnings = await captureWarnings(async () => {
      el = await fixture<EuRelationsOverview>(
        html`<eu-relations-overview sections="figures,news" theme="sepia"></eu-relations-overview>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('<eu-relations-overview> sections'))).to.have.length(1);
    expect(warnings.join('\n')).to.include('"news"');
    expect(warnings.filter((w) => w.includes('theme'))).to.have.length(1);
    expect(q(el, '[part="figures"]')).to.have.length(1);
    expect(q(el, '[part="policy"]')).to.have.length(0);
  });

  it('speaks Belarusian and Russian, and falls back to English marked lang="en" for German', async () => {
    const be = await fixture<EuRelationsOverview>(html`<eu-relations-overview lang="be"></eu-relations-overview>`);
    expect(shadowText(be)).to.include('Крытычнае ўзаемадзеянне');
    expect(shadowText(be)).to.include('Экспарт тавараў ЕС у Беларусь, 2017');
    expect(shadowText(be)).to.include('Пагадненне аб рэадмісіі');
    const ru = await fixture<EuRelationsOverview>(html`<eu-relations-overview lang="ru"></eu-relations-overview>`);
    expect(text(q(ru, '.figure .value')[0])).to.match(/^6,1\sмиллиарда\sEUR$/);
    expect(shadowText(ru)).to.include('Выводы Совета ЕС, февраль 2016 года');
    const wrapper = await fixture(html`<div lang="de"><eu-relations-overview></eu-relations-overview></div>`);
    const de = wrapper.querySelector('eu-relations-overview')!;
    await de.updateComplete;
    expect(text(q(de, '.figure .value')[0])).to.match(/^6,1\sMilliarden\sEUR$/);
    expect(text(de.shadowRoot!.querySelector('.point-title [lang="en"]'))).to.equal(overview.sections[0]!.title.en);
    expect(text(de.shadowRoot!.querySelector('.point time'))).to.equal(
      `Stand: ${formatDate(overview.sections[0]!.asOf, 'de')}`,
    );
    expect(text(de.shadowRoot!.querySelector('.lang-note')), 'says that content is in English').to.include(
      'auf Englisch',
    );
  });

  it('renders a .data property after validating it; figures and files stay', async () => {
    const el = await fixture<EuRelationsOverview>(html`<eu-relations-overview></eu-relations-overview>`);
    const load = oneEvent(el, 'eu-data-load');
    el.data = { ...overview, sections: overview.sections.slice(0, 1) };
    await load;
    await el.updateComplete;
    expect(q(el, '.point')).to.have.length(1);
    expect(q(el, '[part~="figure"]')).to.have.length(4);
  });
});

describe('<eu-relations-overview>: download of the key figures', () => {
  const latest = Math.max(...trade.goods.map((y) => y.year));
  const facts = () => [
    fact(`trade.goods.${latest}.euExports`)!,
    fact(`trade.goods.${latest}.euImports`)!,
    fact('assistance.eni-bilateral-2014-2017')!,
  ];

  it('offers CSV and JSON under the key figures, named after them', async () => {
    const el = await fixture<EuRelationsOverview>(html`<eu-relations-overview></eu-relations-overview>`);
    expect(downloadFiles(el, '.figures')).to.deep.equal([
      'eu-belarus-overview-key-figures.csv',
      'eu-belarus-overview-key-figures.json',
    ]);
    await expect(el).to.be.accessible();
  });

  it('CSV: the figures shown, as in the datasets, with their as-of dates and sources', async () => {
    const el = await fixture<EuRelationsOverview>(html`<eu-relations-overview></eu-relations-overview>`);
    const csv = await csvParts(el.dataFile('csv'));
    expect(csv.header).to.deep.equal([...FIGURE_COLUMNS, 'origin', 'sources']);
    const goods = trade.goods.find((y) => y.year === latest)!;
    const envelope = assistance.figures.find((f) => f.id === 'eni-bilateral-2014-2017')!;
    const programmeSources = [...new Set(programmes.flatMap((p) => p.sources))];
    /** A figure row: no qualifier and no upper bound for these. */
    const row = (
      figure: string,
      label: string,
      value: string,
      unit: string,
      asOf: string,
      origin: string,
      cited: string,
    ) => [figure, label, value, unit, ...['', '', '', ''], asOf, origin, cited];
    expect(csv.data).to.deep.equal([
      row(
        `trade.goods.${latest}.euExports`,
        `EU exports of goods to Belarus, ${latest}`,
        String(goods.euExports.value),
        `EUR ${goods.euExports.scale}`,
        String(latest),
        '',
        goods.sources.join(' '),
      ),
      row(
        `trade.goods.${latest}.euImports`,
        `EU imports of goods from Belarus, ${latest}`,
        String(goods.euImports.value),
        `EUR ${goods.euImports.scale}`,
        String(latest),
        '',
        goods.sources.join(' '),
      ),
      row(
        'assistance.eni-bilateral-2014-2017',
        envelope.label.en,
        '91.5',
        'EUR million',
        envelope.asOf!,
        '',
        envelope.sources.join(' '),
      ),
      row(
        'programmes.count',
        'EU programmes Belarus has taken part in',
        String(programmes.length),
        'count',
        '',
        'computed',
        programmeSources.join(' '),
      ),
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
    expect(csv.meta.title).to.equal('EU–Belarus relations: Key figures');
    expect(csv.meta.as_of).to.equal(latestSourceDate(cited));
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

describe('<eu-relations-overview>: numbers read as one number', () => {
  for (const [lang, shown] of SPACE_GROUPED) {
    it(`${lang}: shown with the locale's separator, read without it`, async () => {
      const el = await fixture<ExactFigures>(staticHtml`<${exactTag} lang=${lang} sections="figures"></${exactTag}>`);
      const values = [...root(el).querySelectorAll('.figure .value')];
      expect(values).to.have.length(5);
      expectOneNumber(values[0]!, shown, /9295000/);
      for (const v of values) expect(spokenText(v)).not.to.match(SPLIT_NUMBER);
      const json = JSON.parse(await el.dataFile('json')!.text());
      expect(json.data[0].value).to.equal(9295000);
      await expect(el).to.be.accessible();
    });
  }
  it('en: no second copy where the text is read as it is shown', async () => {
    const el = await fixture<ExactFigures>(staticHtml`<${exactTag} sections="figures"></${exactTag}>`);
    expectReadAsShown(root(el).querySelector('.figure .value')!, 'EUR 9,295,000');
  });
});
