import { overview } from '@eu-belarus/data/overview';
import { programmes } from '@eu-belarus/data/programmes';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { formatDate } from '../shared/format.js';
import { captureWarnings, nextDataError, shadowText, status } from '../../test/helpers.js';
import type { EuRelationsOverview } from './relations-overview.js';
import './relations-overview.js';
import { runElementSuite } from '../../test/element-suite.js';

const q = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const fileStatus = (el: Element, title: string) =>
  text(
    q(el, '.file')
      .find((f) => text(f.querySelector('.file-title')) === title)
      ?.querySelector('.file-status'),
  );

describe('<eu-relations-overview>', () => {
  it('renders the policy in brief, key figures and the state of the main files, with sources', async () => {
    const el = await fixture<EuRelationsOverview>(html`<eu-relations-overview></eu-relations-overview>`);
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('EU–Belarus relations');
    expect(q(el, 'h3').map(text)).to.deep.equal([
      'Policy in brief',
      'Key figures',
      'State of the main files',
      'Sources',
    ]);
    expect(q(el, '.point-title').map(text)).to.deep.equal(overview.sections.map((s) => s.title.en));
    // Every section shows the date its text holds: the current line first, the 2016 line as history.
    expect(q(el, '.point time').map((t) => t.getAttribute('datetime'))).to.deep.equal(
      overview.sections.map((s) => s.asOf),
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
    for (const f of figures.slice(0, 3)) expect(f.querySelector('.footnote a')).to.exist;
    expect(fileStatus(el, 'EU–Belarus Human Rights Dialogue')).to.match(/^Resumed 2015/);
    expect(fileStatus(el, 'Visa facilitation agreement')).to.match(/^Partially suspended 12 November 2021/);
    expect(fileStatus(el, 'Readmission agreement')).to.match(/^Suspended 28 June 2021/);
    expect(fileStatus(el, 'Sectoral dialogues')).to.equal('Sought by the EU: 3 Active: 5');
    expect(q(el, '.file time')[0]!.getAttribute('datetime')).to.match(/^\d{4}/);
    expect(q(el, '[part="sources"] li').length).to.be.greaterThan(2);
  });

  it('shows only the parts named in sections, and follows heading-level', async () => {
    const el = await fixture<EuRelationsOverview>(
      html`<eu-relations-overview sections="files,figures" heading-level="3"></eu-relations-overview>`,
    );
    expect(q(el, 'h3.heading')).to.have.length(1);
    expect(q(el, 'h4').map(text)).to.deep.equal(['Key figures', 'State of the main files', 'Sources']);
    expect(q(el, '[part="policy"]')).to.have.length(0);
    el.sections = 'policy';
    await el.updateComplete;
    expect(q(el, '[part="policy"]')).to.have.length(1);
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
    expect(text(de.shadowRoot!.querySelector('.point time'))).to.equal(formatDate(overview.sections[0]!.asOf, 'de'));
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

  it('loads a valid src, and reports an invalid one with the path of the bad field', async () => {
    const el = await fixture<EuRelationsOverview>(
      html`<eu-relations-overview src="/fixtures/valid/overview.json"></eu-relations-overview>`,
    );
    expect(q(el, '.point')).to.have.length(overview.sections.length);
    const error = nextDataError(el);
    el.src = '/fixtures/invalid/overview.json';
    const detail = await error;
    expect(detail).to.include({ reason: 'schema', element: 'eu-relations-overview' });
    expect(detail.issues?.[0]?.path).to.equal('overview.id');
    await el.updateComplete;
    expect(status(el).textContent).to.include('not in the expected format');
    expect(q(el, '.point')).to.have.length(0);
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme`, async () => {
      const el = await fixture<EuRelationsOverview>(
        html`<eu-relations-overview theme=${theme}></eu-relations-overview>`,
      );
      await expect(el).to.be.accessible();
    });
  }
});

runElementSuite({ tag: 'eu-relations-overview', topic: 'overview' });
