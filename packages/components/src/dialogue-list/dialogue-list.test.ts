import { dialogues, dialoguesBy } from '@eu-belarus/data/dialogues';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { formatDate } from '../shared/format.js';
import { captureWarnings, shadowText, status } from '../../test/helpers.js';
import type { EuDialogueList } from './dialogue-list.js';
import './dialogue-list.js';

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="item"]')];
const titles = (el: Element) =>
  items(el).map((i) => i.querySelector('.title')!.textContent!.replace(/\s+/g, ' ').trim());
const groups = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="group"] > .subheading')].map((h) => h.textContent!.trim());
const item = (el: Element, title: string) =>
  items(el).find((i) => i.querySelector('.title')!.textContent!.includes(title))!;
const badge = (li: Element) => li.querySelector('.state-line .badge')!.textContent!.trim();
const badgeDate = (li: Element) => li.querySelector<HTMLTimeElement>('.state-line time')!;

/** This page's requests for the element's render code (`dialogue-list.render.ts`, which loads with its content). */
const renderCodeRequests = () =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes('/dialogue-list.render.')).length;

describe('<eu-dialogue-list>', () => {
  it('a page that imports the element loads its render code when it renders', async () => {
    expect(renderCodeRequests(), 'the element defined, not rendered').to.equal(0);
    const el = await fixture<EuDialogueList>(html`<eu-dialogue-list></eu-dialogue-list>`);
    expect(items(el)).to.have.length(dialogues.length);
    expect(renderCodeRequests()).to.equal(1);
  });

  it('renders every bundled dialogue grouped by kind, with status, date and sources', async () => {
    const el = await fixture<EuDialogueList>(html`<eu-dialogue-list></eu-dialogue-list>`);
    expect(items(el)).to.have.length(dialogues.length);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('EU–Belarus dialogues and negotiations');
    expect(groups(el)).to.deep.equal(['Human rights', 'Sectoral dialogues', 'Trade', 'Negotiations and agreements']);
    expect(el.shadowRoot!.querySelectorAll('h3.subheading')).to.have.length(4); // the groups; sources are lines, not a section
    expect(el.shadowRoot!.querySelectorAll('h4.title')).to.have.length(dialogues.length);

    const hr = item(el, 'EU–Belarus Human Rights Dialogue');
    expect(badge(hr)).to.equal('Resumed');
    expect(badgeDate(hr).textContent).to.equal('last reported 2015');
    expect(badgeDate(hr).getAttribute('datetime')).to.equal('2015');
    expect(hr.textContent).to.include('In 2015 the EU and Belarus resumed their Human Rights Dialogue');

    const trade = item(el, 'EU–Belarus trade dialogue');
    expect(badge(trade)).to.equal('Suspended');
    expect(badgeDate(trade).textContent).to.equal('last reported July 2020');

    const visa = item(el, 'Visa facilitation agreement');
    expect(badge(visa)).to.equal('Partially suspended');
    expect(badgeDate(visa).textContent).to.equal('last reported 12 November 2021');
    expect(visa.textContent).to.include('for officials of the regime');
    const history = visa.querySelector('details')!;
    expect(history.open).to.be.false;
    const earlier = [...history.querySelectorAll('.history > li')];
    expect(earlier.map((li) => li.querySelector('.badge')!.textContent!.trim())).to.deep.equal([
      'Under negotiation',
      'Under negotiation',
      'Signed',
      'In force',
    ]);
    expect(earlier[0]!.querySelector('time')!.textContent).to.equal('last reported 30 January 2014');
    expect(earlier[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2014-01-30');

    const readmission = item(el, 'Readmission agreement');
    expect(badge(readmission)).to.equal('Suspended');
    expect(badgeDate(readmission).textContent).to.equal('last reported 28 June 2021');
    expect(readmission.querySelectorAll('.history > li')).to.have.length(4);

    // Dialogues without an earlier status have no disclosure.
    expect(hr.querySelector('details')).to.be.null;
    // One source line per dialogue, under it; numbers only where a dialogue's sources differ.
    const lines = items(el).map((i) => i.querySelector(':scope > [part="sources"]'));
    expect(lines.every(Boolean), 'a source line in every dialogue').to.be.true;
    expect(hr.querySelector('.mark'), 'one source: no number').to.be.null;
    expect(visa.querySelector('.mark'), 'several sources: numbers').to.exist;
    // A source's kind and the meaning of its date are shown; a title the project wrote is in brackets.
    expect(shadowText(el)).to.include(
      'Public Radio of Armenia: Belarus suspends participation in Eastern Partnership initiative, as reported by',
    );
    expect(shadowText(el)).to.include('[Belarus country page (a later version)]');
    expect(status(el).textContent).to.include(`${dialogues.length} of ${dialogues.length}`);
  });

  it('never relies on colour alone: each badge carries its status as text', async () => {
    const el = await fixture<EuDialogueList>(html`<eu-dialogue-list></eu-dialogue-list>`);
    const badges = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.status-badge')];
    const statuses = new Set(badges.map((b) => b.dataset.status));
    expect([...statuses].sort()).to.deep.equal(
      [...new Set(dialogues.flatMap((d) => d.history.map((e) => e.status)))].sort(),
    );
    expect(statuses.size).to.be.greaterThan(5);
    for (const b of badges) {
      expect(b.textContent!.trim()).to.not.equal('');
      expect(b.querySelector('.status-icon')!.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it('filters by kind and by last reported status', async () => {
    const el = await fixture<EuDialogueList>(html`<eu-dialogue-list kind="negotiation"></eu-dialogue-list>`);
    expect(titles(el)).to.deep.equal(dialoguesBy({ kind: ['negotiation'] }).map((d) => d.title.en));
    expect(groups(el)).to.deep.equal(['Negotiations and agreements']);
    el.kind = undefined;
    el.status = 'resumed, partially-suspended';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['EU–Belarus Human Rights Dialogue', 'Visa facilitation agreement']);
    expect(status(el).textContent).to.include(`2 of ${dialogues.length}`);
    el.setAttribute('kind', 'sectoral');
    el.setAttribute('status', 'sought');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([
      'Dialogue on sanitary and phytosanitary issues',
      'Dialogue on research and innovation',
      'Dialogue on energy matters',
    ]);
  });

  it('shows a visible empty state when nothing matches', async () => {
    const el = await fixture<EuDialogueList>(html`<eu-dialogue-list kind="trade" status="signed"></eu-dialogue-list>`);
    expect(items(el)).to.have.length(0);
    expect(shadowText(el)).to.include('No dialogue matches the chosen filters.');
    expect(status(el).textContent).to.include(`0 of ${dialogues.length}`);
    await expect(el).to.be.accessible();
  });

  it('warns once per attribute and ignores unknown values', async () => {
    let el!: EuDialogueList;
    const warnings = await captureWarnings(async () => {
      el = await fixture<EuDialogueList>(
        html`<eu-dialogue-list kind="space,trade" status="frozen"></eu-dialogue-list>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('<eu-dialogue-list> kind'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('<eu-dialogue-list> status'))).to.have.length(1);
    expect(warnings.join('\n')).to.include('"space"');
    expect(warnings.join('\n')).to.include('"frozen"');
    expect(titles(el)).to.deep.equal(['EU–Belarus trade dialogue']);
  });

  it('opens the status history from the keyboard (Enter/Space activate the summary)', async () => {
    const el = await fixture<EuDialogueList>(html`<eu-dialogue-list kind="negotiation"></eu-dialogue-list>`);
    const details = el.shadowRoot!.querySelector('details')!;
    const summary = details.querySelector('summary')!;
    summary.focus();
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.textContent).to.include('Earlier statuses');
    const toggled = oneEvent(details, 'toggle');
    summary.click();
    await toggled;
    expect(details.open).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('renders a .data property after validating it', async () => {
    const el = await fixture<EuDialogueList>(html`<eu-dialogue-list></eu-dialogue-list>`);
    const load = oneEvent(el, 'eu-data-load');
    el.data = dialogues.slice(0, 2);
    await load;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['EU–Belarus Human Rights Dialogue', 'Dialogue on economic issues']);
    expect(status(el).textContent).to.include('2 of 2');
  });

  it('shows Belarusian content with lang="be"', async () => {
    const el = await fixture<EuDialogueList>(
      html`<eu-dialogue-list lang="be" kind="human-rights,negotiation"></eu-dialogue-list>`,
    );
    const text = shadowText(el);
    expect(text).to.include('Дыялог ЕС і Беларусі па правах чалавека');
    expect(text).to.include('Пагадненне аб рэадмісіі');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('be');
    const visa = item(el, 'Пагадненне аб спрашчэнні выдачы віз');
    // Dates follow Intl for `be` (whatever locale data the browser ships).
    expect(badgeDate(visa).textContent).to.equal(`апошняе паведамленне: ${formatDate('2021-11-12', 'be')}`);
    expect(badgeDate(visa).getAttribute('datetime')).to.equal('2021-11-12');
    expect(el.shadowRoot!.querySelectorAll('.title [lang="en"]')).to.have.length(0);
  });

  it('falls back to English, marked lang="en", where the locale has no content', async () => {
    const el = await fixture<EuDialogueList>(html`<eu-dialogue-list lang="de" kind="human-rights"></eu-dialogue-list>`);
    const title = el.shadowRoot!.querySelector('.title')!;
    expect(title.textContent!.trim()).to.equal('EU–Belarus Human Rights Dialogue');
    expect(title.querySelector('[lang="en"]')).to.exist;
    expect(el.shadowRoot!.querySelector('.summary [lang="en"]')!.textContent).to.include('In 2015 the EU');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('de');
  });
});
