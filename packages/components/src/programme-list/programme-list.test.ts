import { programmeStatus, programmes } from '@eu-belarus/data/programmes';
import { formatDate } from '../shared/format.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { captureWarnings, markNumbers, shadowText, status } from '../../test/helpers.js';
import type { EuProgrammeList } from './programme-list.js';
import './programme-list.js';

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="item"]')];
const names = (el: Element) => items(el).map((i) => i.querySelector('.name')!.textContent!.replace(/\s+/g, ' ').trim());

/** This page's requests for the element's render code (`programme-list.render.ts`, which loads with its content). */
const renderCodeRequests = () =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes('/programme-list.render.')).length;

describe('<eu-programme-list>', () => {
  it('a page that imports the element loads its render code when one renders, once for every list', async () => {
    expect(renderCodeRequests(), 'the element defined, none rendered').to.equal(0);
    const page = await fixture<HTMLElement>(
      html`<div>
        <eu-programme-list></eu-programme-list><eu-programme-list category="mobility"></eu-programme-list>
      </div>`,
    );
    const [all, mobility] = page.querySelectorAll('eu-programme-list');
    await Promise.all([all!.updateComplete, mobility!.updateComplete]);
    expect(items(all!)).to.have.length(programmes.length);
    expect(names(mobility!)).to.deep.equal(['Mobility Scheme for Targeted People-to-People-Contacts (MOST)']);
    expect(renderCodeRequests()).to.equal(1);
  });

  it('renders every bundled programme with its name, badges, period and sources', async () => {
    const el = await fixture<EuProgrammeList>(html`<eu-programme-list></eu-programme-list>`);
    expect(items(el)).to.have.length(programmes.length);
    const text = shadowText(el);
    expect(text).to.include('Erasmus+');
    expect(text).to.include('Mobility Scheme for Targeted People-to-People-Contacts (MOST)');
    expect(text).to.include('EUR 9,295,000');
    expect(text).to.include('nearly EUR 80 billion');
    expect(text).to.include('17 December 2014 – 16 December 2020');
    expect(el.shadowRoot!.querySelector('h2')?.textContent, 'true of ended and suspended ones too').to.equal(
      'EU programmes Belarus has taken part in',
    );
    // One source line per programme.
    expect(el.shadowRoot!.querySelectorAll('[part~="item"] > [part="sources"]')).to.have.length(programmes.length);
    expect(status(el).textContent).to.include(`${programmes.length} of ${programmes.length}`);
  });

  it('"Run by" names the managers in English, marked lang="en", in a page of another language', async () => {
    const el = await fixture<EuProgrammeList>(html`<eu-programme-list lang="de"></eu-programme-list>`);
    const managed = programmes.filter((p) => p.managedBy?.length).map((p) => p.managedBy!.join(', '));
    expect(managed, 'programmes with managers').not.to.be.empty;
    const shown = [...el.shadowRoot!.querySelectorAll('dd')].filter((dd) => managed.includes(dd.textContent!.trim()));
    expect(shown).to.have.length(managed.length);
    for (const dd of shown) expect(dd.closest('[lang]')!.getAttribute('lang'), dd.textContent!).to.equal('en');
  });

  it("shows each programme's status for Belarus with the date it was last reported", async () => {
    const el = await fixture<EuProgrammeList>(html`<eu-programme-list></eu-programme-list>`);
    for (const [i, li] of items(el).entries()) {
      const last = programmeStatus(programmes[i]!);
      const badge = li.querySelector<HTMLElement>('.state-line .status-badge')!;
      expect(badge.dataset.status).to.equal(last.status);
      expect(badge.querySelector('svg[aria-hidden="true"]'), 'an icon as well as the word').to.exist;
      const when = li.querySelector('.state-line time')!;
      expect(when.getAttribute('datetime')).to.equal(last.asOf);
      expect(when.textContent).to.equal(`last reported ${formatDate(last.asOf, 'en')}`);
    }
    const pbu = items(el).find((li) => li.textContent!.includes('Poland–Belarus–Ukraine'))!;
    expect(pbu.querySelector('.status-badge')!.textContent!.trim()).to.equal('Suspended');
  });

  it("leads with Belarus' own figure; an EU-wide one says so; each figure has its date", async () => {
    const el = await fixture<EuProgrammeList>(html`<eu-programme-list></eu-programme-list>`);
    for (const [i, li] of items(el).entries()) {
      const [key] = programmes[i]!.figures;
      const shown = li.querySelector<HTMLElement>(':scope > .figure');
      if (!key) {
        expect(shown).to.be.null;
        continue;
      }
      expect(shown!.dataset.coverage).to.equal(key.coverage);
      if (programmes[i]!.figures.some((f) => f.coverage === 'belarus')) expect(key.coverage).to.equal('belarus');
      if (key.coverage === 'eu-wide') expect(shown!.textContent).to.match(/EU-wide/);
      const label = shown!.querySelector('.label')!.textContent!;
      if (!label.includes(formatDate(key.asOf, 'en')))
        expect(shown!.querySelector('.as-of time')!.getAttribute('datetime')).to.equal(key.asOf);
    }
  });

  it('with show-filter: a visible result count and "Clear filters" that restores every programme', async () => {
    const el = await fixture<EuProgrammeList>(html`<eu-programme-list show-filter></eu-programme-list>`);
    const count = () => el.shadowRoot!.querySelector('[part="result-count"]')!;
    expect(count().textContent).to.include(`${programmes.length} of ${programmes.length}`);
    expect(count().querySelector('button'), 'nothing to clear yet').to.be.null;
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('.filters select')!;
    select.value = 'research';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const shown = items(el).length;
    expect(shown).to.be.below(programmes.length);
    expect(count().textContent).to.include(`${shown} of ${programmes.length}`);
    const clear = count().querySelector('button')!;
    expect(clear.textContent!.trim()).to.equal('Clear filters');
    clear.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(programmes.length);
    expect(el.shadowRoot!.activeElement, 'focus back on the first filter').to.equal(select);
  });

  it('filters by category and scope attributes, limits and sorts', async () => {
    const el = await fixture<EuProgrammeList>(
      html`<eu-programme-list category="cross-border,mobility" sort="name"></eu-programme-list>`,
    );
    expect(names(el)).to.deep.equal([
      'Latvia–Lithuania–Belarus Cross-border Cooperation Programme 2014–2020',
      'Mobility Scheme for Targeted People-to-People-Contacts (MOST)',
      'Poland–Belarus–Ukraine Cross-border Cooperation Programme 2014–2020',
    ]);
    el.scope = 'bilateral';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Mobility Scheme for Targeted People-to-People-Contacts (MOST)']);
    el.scope = undefined;
    el.setAttribute('limit', '2');
    await el.updateComplete;
    expect(items(el)).to.have.length(2);
    expect(status(el).textContent).to.include('2 of 3');
  });

  it('uses the heading level it is given and renders programme headings one below', async () => {
    const el = await fixture<EuProgrammeList>(html`<eu-programme-list heading-level="4"></eu-programme-list>`);
    expect(el.shadowRoot!.querySelector('h4.heading')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('h5.name')).to.have.length(programmes.length);
  });

  it('warns once, naming element and attribute, and falls back on bad values', async () => {
    let el!: EuProgrammeList;
    const warnings = await captureWarnings(async () => {
      // Markup as a page writes it (a string, not a typed template): the bad values are the point.
      el = await fixture<EuProgrammeList>(
        '<eu-programme-list heading-level="9" theme="purple" category="space,education" limit="-1"></eu-programme-list>',
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('heading-level'))).to.have.length(1);
    expect(warnings.join('\n')).to.include('<eu-programme-list> theme');
    expect(warnings.join('\n')).to.include('"space"');
    expect(warnings.join('\n')).to.include('<eu-programme-list> limit');
    expect(el.shadowRoot!.querySelector('h2')).to.exist;
    expect(names(el)).to.deep.equal(['Erasmus+']);
  });

  it('filters with keyboard-usable controls and announces the count', async () => {
    const el = await fixture<EuProgrammeList>(html`<eu-programme-list show-filter></eu-programme-list>`);
    const [category] = el.shadowRoot!.querySelectorAll('select');
    expect(category!.labels?.[0]?.textContent).to.include('Category');
    category!.value = 'research';
    category!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Horizon 2020']);
    expect(status(el).textContent).to.include(`1 of ${programmes.length}`);
    await expect(el).to.be.accessible();
  });

  it('dispatches eu-programme-select when a reader opens a programme', async () => {
    const el = await fixture<EuProgrammeList>(html`<eu-programme-list category="mobility"></eu-programme-list>`);
    const details = el.shadowRoot!.querySelector('details')!;
    const event = oneEvent(el, 'eu-programme-select');
    details.querySelector('summary')!.click();
    const { detail } = (await event) as CustomEvent<{ id: string }>;
    expect(detail.id).to.equal('most');
    expect(shadowText(el)).to.include('Goethe-Institut, British Council');
  });

  it("numbers a programme's sources only where they differ, and every number is in its line", async () => {
    const el = await fixture<EuProgrammeList>(html`<eu-programme-list></eu-programme-list>`);
    for (const li of items(el)) {
      const marks = [...li.querySelectorAll('.mark [aria-hidden]')].flatMap((m) =>
        markNumbers(m.textContent!).map(String),
      );
      const numbers = [...li.querySelectorAll(':scope > [part="sources"] .number')].map(
        (n) => n.textContent!.match(/\d+/)![0],
      );
      expect([...new Set(marks)].sort(), li.querySelector('.name')!.textContent!).to.deep.equal([...numbers].sort());
    }
  });

  it('renders a .data property after validating it', async () => {
    const el = await fixture<EuProgrammeList>(html`<eu-programme-list></eu-programme-list>`);
    const load = oneEvent(el, 'eu-data-load');
    el.data = programmes.slice(0, 2);
    await load;
    await el.updateComplete;
    expect(items(el)).to.have.length(2);
  });

  it('shows a visible empty state when nothing matches', async () => {
    const el = await fixture<EuProgrammeList>(html`<eu-programme-list></eu-programme-list>`);
    el.data = [];
    await el.updateComplete;
    // An empty array is invalid for the schema (min 1), so the element reports it.
    expect(status(el).textContent).to.include('could not be shown');
    el.data = undefined;
    el.category = 'education';
    el.scope = 'bilateral';
    await el.updateComplete;
    expect(shadowText(el)).to.include('No programme matches');
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme, in both layouts`, async () => {
      const el = await fixture<EuProgrammeList>(
        html`<eu-programme-list theme=${theme} show-filter></eu-programme-list>`,
      );
      await expect(el).to.be.accessible();
      el.layout = 'cards';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
