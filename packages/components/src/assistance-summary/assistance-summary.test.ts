import { assistance } from '@eu-belarus/data/assistance';
import { programmes } from '@eu-belarus/data/programmes';
import { sources as allSources } from '@eu-belarus/data/sources';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  SPACE_GROUPED,
  SPLIT_NUMBER,
  captureWarnings,
  csvParts,
  downloadFiles,
  expectOneNumber,
  expectReadAsShown,
  root,
  shadowText,
  spokenText,
} from '../../test/helpers.js';
import { latestSourceDate } from '../shared/download.js';
import { FIGURE_COLUMNS } from '../shared/figure-export.js';
import type { EuAssistanceSummary } from './assistance-summary.js';
import './assistance-summary.js';

const q = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** This page's requests for the element's render code (`assistance-summary.render.ts`, which loads with its content). */
const renderCodeRequests = () =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes('/assistance-summary.render.')).length;

/** Assistance data whose figures are exact sums in euros, grouped by the locale: real figures of the programme data. */
const exact = () => {
  const data = structuredClone(assistance);
  const figure = (programme: string, id: string) =>
    structuredClone(programmes.find((p) => p.id === programme)!.figures.find((f) => f.id === id)!);
  data.figures = [figure('most', 'most-eu-contribution'), figure('latvia-lithuania-belarus-cbc', 'llb-grant-size')];
  return data;
};

describe('<eu-assistance-summary>', () => {
  it('a page that imports the element loads its render code when it renders', async () => {
    expect(renderCodeRequests(), 'the element defined, not rendered').to.equal(0);
    const el = await fixture<EuAssistanceSummary>(html`<eu-assistance-summary></eu-assistance-summary>`);
    expect(q(el, '.figure')).to.have.length(assistance.figures.length);
    expect(renderCodeRequests()).to.equal(1);
  });

  it('renders the statements, every figure, aims and both priority sets, each sourced and dated', async () => {
    const el = await fixture<EuAssistanceSummary>(html`<eu-assistance-summary></eu-assistance-summary>`);
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('EU assistance to Belarus');
    const all = shadowText(el);
    for (const s of assistance.statements) expect(all).to.include(s.text.en);
    expect(
      q(el, '.statement time').map((t) => t.getAttribute('datetime')),
      'each statement shows its date',
    ).to.deep.equal(assistance.statements.map((s) => s.asOf));
    const figures = q(el, '[part~="figure"]');
    expect(figures).to.have.length(assistance.figures.length);
    expect(figures.map((f) => text(f.querySelector('.value')))).to.include('EUR 91.5 million');
    // The figures' sources in one line under them; numbered only where they differ.
    const line = figures[0]!.closest('section')!.querySelector(':scope > [part="sources"]')!;
    expect(line.textContent).to.match(/Sources?:/);
    expect(q(el, '[part="aims"] li').map(text)).to.deep.equal(assistance.aims.map((a) => a.en));
    const sets = q(el, '[part~="priority-set"]');
    expect(sets).to.have.length(2);
    expect(sets.map((set) => text(set.querySelector('h4')))).to.deep.equal(
      assistance.prioritySets.map((p) => p.title.en),
    );
    expect(q(el, '.set')[1]!.querySelectorAll('li')).to.have.length(3);
    expect(text(sets[0]!.querySelector('.badge'))).to.equal('Belarus');
    expect(text(sets[1]!.querySelector('.badge'))).to.equal('European Union');
    const cited = new Set(
      [...assistance.statements, ...assistance.figures, ...assistance.prioritySets].flatMap((i) => i.sources),
    );
    // Every cited source is named in the source line of the part that cites it.
    const named = q(el, '[part="sources"]').map(text).join(' ');
    for (const id of cited) expect(named).to.include(allSources.find((x) => x.id === id)!.publisher);
    expect(q(el, 'h3').map(text)).to.deep.equal(['Key figures', 'Aims', 'Priorities']);
  });

  it('puts the priority sets side by side in a wide container and stacks them at 280 px', async () => {
    const wrapper = await fixture(
      html`<div style="width: 1200px"><eu-assistance-summary></eu-assistance-summary></div>`,
    );
    const el = wrapper.querySelector('eu-assistance-summary')!;
    await el.updateComplete;
    let [a, b] = q(el, '.set');
    expect(a!.getBoundingClientRect().top).to.equal(b!.getBoundingClientRect().top);
    (wrapper as HTMLElement).style.width = '280px';
    await new Promise((r) => requestAnimationFrame(r));
    [a, b] = q(el, '.set');
    expect(b!.getBoundingClientRect().top).to.be.greaterThan(a!.getBoundingClientRect().bottom - 1);
    expect(el.shadowRoot!.querySelector('.root')!.scrollWidth).to.be.at.most(280);
  });

  it('shows only the chosen sections, in their fixed order, and uses the heading level', async () => {
    const el = await fixture<EuAssistanceSummary>(
      html`<eu-assistance-summary sections="priorities, figures" heading-level="3"></eu-assistance-summary>`,
    );
    expect(q(el, 'h4').map(text)).to.deep.equal(['Key figures', 'Priorities']);
    expect(q(el, 'h5')).to.have.length(2);
    expect(q(el, '[part="statements"]')).to.have.length(0);
    expect(q(el, '[part="aims"]')).to.have.length(0);
    el.sections = 'aims';
    await el.updateComplete;
    expect(q(el, '[part="aims"]')).to.have.length(1);
    expect(q(el, '[part~="figure"]')).to.have.length(0);
    // Aims cite nothing: no source line.
    expect(q(el, '[part="sources"]')).to.have.length(0);
  });

  it('warns once for a bad value and falls back', async () => {
    let el!: EuAssistanceSummary;
    const warnings = await captureWarnings(async () => {
      // Markup as a page writes it (a string, not a typed template): the bad values are the point.
      el = await fixture<EuAssistanceSummary>(
        '<eu-assistance-summary sections="budget" heading-level="1"></eu-assistance-summary>',
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('<eu-assistance-summary> sections'))).to.have.length(1);
    expect(warnings.join('\n')).to.include('"budget"');
    expect(warnings.filter((w) => w.includes('heading-level'))).to.have.length(1);
    expect(el.shadowRoot!.querySelector('h2')).to.exist;
    expect(q(el, '[part~="priority-set"]')).to.have.length(2);
  });

  it('formats figures and shows content in Russian and Belarusian', async () => {
    const ru = await fixture<EuAssistanceSummary>(html`<eu-assistance-summary lang="ru"></eu-assistance-summary>`);
    const values = q(ru, '.figure .value').map(text);
    expect(values).to.satisfy((v: string[]) => v.some((x) => /^91,5\sмиллиона\sEUR$/.test(x)));
    expect(shadowText(ru)).to.include('В 2016 году ЕС удвоил пакет двусторонней помощи Беларуси');
    const be = await fixture<EuAssistanceSummary>(
      html`<div lang="be"><eu-assistance-summary></eu-assistance-summary></div>`,
    );
    const el = be.querySelector('eu-assistance-summary')!;
    await el.updateComplete;
    expect(shadowText(el)).to.include('У 2016 годзе ЕС падвоіў пакет двухбаковай дапамогі Беларусі');
    expect(shadowText(el)).to.include('Сацыяльная інклюзія');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('be');
    expect(el.shadowRoot!.querySelectorAll('.root [lang="en"]:not(.source-line *)')).to.have.length(0);
  });

  it('falls back to English content, marked lang="en", for German, with German numbers', async () => {
    const el = await fixture<EuAssistanceSummary>(html`<eu-assistance-summary lang="de"></eu-assistance-summary>`);
    const values = q(el, '.figure .value').map(text);
    expect(values).to.satisfy((v: string[]) => v.some((x) => /^91,5\sMillionen\sEUR$/.test(x)));
    const statement = el.shadowRoot!.querySelector('.statement [lang="en"]');
    expect(text(statement)).to.equal(assistance.statements[0]!.text.en);
    expect(el.shadowRoot!.querySelector('.set-title [lang="en"]')).to.exist;
  });

  it('renders a .data property after validating it', async () => {
    const el = await fixture<EuAssistanceSummary>(html`<eu-assistance-summary></eu-assistance-summary>`);
    const load = oneEvent(el, 'eu-data-load');
    el.data = { ...assistance, figures: [{ ...assistance.figures[0]!, quantity: { kind: 'count', value: 7 } }] };
    await load;
    await el.updateComplete;
    expect(q(el, '.figure .value').map(text)).to.deep.equal(['7']);
  });
});

describe('<eu-assistance-summary>: download of the key figures', () => {
  it('offers CSV and JSON of the key figures under them, named after them', async () => {
    const el = await fixture<EuAssistanceSummary>(html`<eu-assistance-summary></eu-assistance-summary>`);
    expect(downloadFiles(el, '.figures')).to.deep.equal([
      'eu-belarus-assistance-figures.csv',
      'eu-belarus-assistance-figures.json',
    ]);
    await expect(el).to.be.accessible();
  });

  it('CSV: one row per figure shown, as in the dataset, with the sources and the as-of date', async () => {
    const el = await fixture<EuAssistanceSummary>(html`<eu-assistance-summary></eu-assistance-summary>`);
    const csv = await csvParts(el.dataFile('csv'));
    expect(csv.header).to.deep.equal([...FIGURE_COLUMNS, 'sources']);
    expect(csv.data).to.have.length(assistance.figures.length);
    const unit = (q: (typeof assistance.figures)[number]['quantity']) =>
      q.kind === 'money' ? (q.scale === 'one' ? 'EUR' : `EUR ${q.scale}`) : q.kind;
    assistance.figures.forEach((f, i) => {
      const q = f.quantity;
      expect(csv.data[i]).to.deep.equal([
        f.id,
        f.label.en,
        String(q.value),
        unit(q),
        q.qualifier ?? '',
        f.upTo ? String(f.upTo.value) : '',
        f.upTo ? unit(f.upTo) : '',
        f.upTo?.qualifier ?? '',
        f.asOf ?? '',
        f.sources.join(' '),
      ]);
    });
    // A bundled figure as the reader sees it: 91.5 (EUR million).
    expect(csv.data.map((r) => [r[2], r[3], r[4]])).to.deep.include(['91.5', 'EUR million', '']);
    const cited = [...new Set(assistance.figures.flatMap((f) => f.sources))];
    expect(csv.sources.map((r) => r[0])).to.deep.equal(cited);
    expect(csv.meta.title).to.equal('EU assistance to Belarus: Key figures');
    expect(csv.meta.as_of).to.equal(latestSourceDate(cited));
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

describe('<eu-assistance-summary>: numbers read as one number', () => {
  for (const [lang, shown] of SPACE_GROUPED) {
    it(`${lang}: shown with the locale's separator, read without it`, async () => {
      const el = await fixture<EuAssistanceSummary>(
        html`<eu-assistance-summary lang=${lang} .data=${exact()}></eu-assistance-summary>`,
      );
      const values = [...root(el).querySelectorAll('.figure .value')];
      expect(values).to.have.length(2);
      expectOneNumber(values[0]!, shown, /9295000/);
      expect(spokenText(values[1]!)).to.match(/100000/);
      expect(spokenText(values[1]!)).not.to.match(SPLIT_NUMBER);
      await expect(el).to.be.accessible();
    });
  }
  it('en: no second copy where the text is read as it is shown', async () => {
    const el = await fixture<EuAssistanceSummary>(
      html`<eu-assistance-summary .data=${exact()}></eu-assistance-summary>`,
    );
    expectReadAsShown(root(el).querySelector('.figure .value')!, 'EUR 9,295,000');
  });
});
