import { eventsBetween, timeline } from '@eu-belarus/data/timeline';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { captureWarnings, markNumbers, shadowText, status } from '../../test/helpers.js';
import { formatDate } from '../shared/format.js';
import type { EuRelationsTimeline } from './relations-timeline.js';

// Every request from here on is counted (the first test; the default buffer of 250 may be full already).
performance.setResourceTimingBufferSize(10_000);
const renderCodeRequests = () =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes('/relations-timeline.render.')).length;
await import('./relations-timeline.js');

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="item"]')];
const dates = (el: Element) => items(el).map((i) => i.querySelector('time')!.getAttribute('datetime'));
const event = (el: Element, title: string) =>
  items(el).find((i) => i.querySelector('.title')!.textContent!.includes(title))!;

describe('<eu-relations-timeline>', () => {
  it('a page with the timeline alone fetches its render code only once one is on the page, then shows its events', async () => {
    expect(renderCodeRequests(), 'fetched with the element module').to.equal(0);
    const el = await fixture<EuRelationsTimeline>(
      html`<eu-relations-timeline category="trade"></eu-relations-timeline>`,
    );
    expect(items(el).length).to.equal(timeline.filter((e) => e.category === 'trade').length);
    expect(renderCodeRequests(), 'fetched once the timeline is on the page').to.equal(1);
  });

  it('renders every bundled event in an ordered list, dated at its precision', async () => {
    const el = await fixture<EuRelationsTimeline>(html`<eu-relations-timeline></eu-relations-timeline>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Timeline of EU–Belarus relations');
    const list = el.shadowRoot!.querySelector('ol[part="list"]')!;
    expect(list).to.exist;
    expect(items(el)).to.have.length(timeline.length);
    expect(dates(el)).to.deep.equal(timeline.map((e) => e.date));

    const launch = event(el, 'Visa facilitation and readmission negotiations launched');
    expect(launch.querySelector('time')!.textContent).to.equal('30 January 2014');
    expect(launch.querySelector('time')!.getAttribute('datetime')).to.equal('2014-01-30');
    expect(launch.querySelector('.badge')!.textContent).to.equal('Agreement');

    const conclusions = event(el, 'Council Conclusions on Belarus adopted');
    expect(conclusions.querySelector('time')!.textContent).to.equal('February 2016');
    expect(conclusions.querySelector('.badge')!.textContent).to.equal('Policy');

    const resumed = event(el, 'The EU and Belarus resume their Human Rights Dialogue');
    expect(resumed.querySelector('time')!.textContent).to.equal('2015');
    expect(resumed.querySelector('.badge')!.textContent).to.equal('Dialogue');

    const taiex = event(el, 'TAIEX extended');
    expect(taiex.querySelector('.summary')!.textContent).to.include('Council Decision 2006/62/EC.');
    // Every event names its sources in its own source line (no numbers: one block each), with or without a summary.
    for (const li of items(el)) {
      expect(li.querySelector('[part="sources"]')?.textContent, li.textContent!).to.match(/Sources?:/);
      expect(li.querySelector('[part="footnote"]')).to.be.null;
    }

    expect(el.shadowRoot!.querySelectorAll('h3.title')).to.have.length(timeline.length);
    expect(el.shadowRoot!.querySelectorAll('[part="sources"]')).to.have.length(timeline.length);
    expect(status(el).textContent).to.include(`${timeline.length} of ${timeline.length}`);
  });

  it('filters by period at any precision, inclusive', async () => {
    const el = await fixture<EuRelationsTimeline>(
      html`<eu-relations-timeline from="2016" to="2016"></eu-relations-timeline>`,
    );
    expect(dates(el)).to.deep.equal(['2016', '2016-02', '2016-09', '2016-09', '2016-10']);
    expect(status(el).textContent).to.include(`5 of ${timeline.length}`);
    el.from = '2020-07-01';
    el.to = undefined;
    await el.updateComplete;
    expect(dates(el)).to.deep.equal(eventsBetween({ from: '2020-07-01' }).map((e) => e.date));
    expect(dates(el)[0]).to.equal('2020-07-01');
    el.from = undefined;
    el.to = '2007-06';
    await el.updateComplete;
    expect(dates(el)).to.deep.equal(['2006-01-23', '2007-06']);
  });

  it('filters by category', async () => {
    const el = await fixture<EuRelationsTimeline>(
      html`<eu-relations-timeline category="agreement"></eu-relations-timeline>`,
    );
    const agreements = eventsBetween({ category: ['agreement'] }).map((e) => e.date);
    expect(dates(el)).to.deep.equal(agreements);
    expect(agreements.slice(0, 3)).to.deep.equal(['2014-01-30', '2020-01-08', '2020-07-01']);
    el.setAttribute('category', 'policy, trade');
    await el.updateComplete;
    expect(dates(el)).to.deep.equal(eventsBetween({ category: ['policy', 'trade'] }).map((e) => e.date));
    expect(
      items(el)
        .map((i) => i.querySelector('.badge')!.textContent)
        .slice(0, 2),
    ).to.deep.equal(['Trade', 'Policy']);
  });

  it('orders newest first with order="desc"', async () => {
    const el = await fixture<EuRelationsTimeline>(
      html`<eu-relations-timeline order="desc" category="agreement"></eu-relations-timeline>`,
    );
    expect(dates(el)).to.deep.equal(
      eventsBetween({ category: ['agreement'] })
        .map((e) => e.date)
        .reverse(),
    );
    expect(el.shadowRoot!.querySelector('ol')!.reversed).to.be.true;
    el.order = 'asc';
    await el.updateComplete;
    expect(dates(el)[0]).to.equal('2014-01-30');
    expect(el.shadowRoot!.querySelector('ol')!.reversed).to.be.false;
  });

  it('shows a visible empty state when nothing matches', async () => {
    const el = await fixture<EuRelationsTimeline>(
      html`<eu-relations-timeline from="1990" to="1999"></eu-relations-timeline>`,
    );
    expect(items(el)).to.have.length(0);
    expect(shadowText(el)).to.include('No event matches the chosen period and categories.');
    expect(status(el).textContent).to.include(`0 of ${timeline.length}`);
    await expect(el).to.be.accessible();
  });

  it('warns once per bad attribute and falls back', async () => {
    let el!: EuRelationsTimeline;
    const warnings = await captureWarnings(async () => {
      // Markup as a page writes it (a string, not a typed template): the bad values are the point.
      el = await fixture<EuRelationsTimeline>(
        '<eu-relations-timeline from="last year" to="2016-2" order="random" category="war,trade"></eu-relations-timeline>',
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    for (const attribute of ['from', 'to', 'order', 'category'])
      expect(
        warnings.filter((w) => w.includes(`<eu-relations-timeline> ${attribute}`)),
        attribute,
      ).to.have.length(1);
    expect(warnings.join('\n')).to.include('"war"');
    // from/to ignored, order ascending, only the known category kept.
    expect(dates(el)).to.deep.equal(eventsBetween({ category: ['trade'] }).map((e) => e.date));
    expect(dates(el)[0]).to.equal('2007-06');
  });

  it('renders a .data property after validating it', async () => {
    const el = await fixture<EuRelationsTimeline>(html`<eu-relations-timeline></eu-relations-timeline>`);
    const load = oneEvent(el, 'eu-data-load');
    el.data = timeline.slice(0, 3);
    await load;
    await el.updateComplete;
    expect(dates(el)).to.deep.equal(['2006-01-23', '2007-06', '2014-01-30']);
    expect(status(el).textContent).to.include('3 of 3');
  });

  it('shows Belarusian content and dates with lang="be"', async () => {
    const el = await fixture<EuRelationsTimeline>(
      html`<eu-relations-timeline lang="be" category="policy"></eu-relations-timeline>`,
    );
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('be');
    const [first] = items(el);
    expect(first!.querySelector('.title')!.textContent).to.match(/[а-яўі]/i);
    expect(first!.querySelector('.title [lang="en"]')).to.be.null;
    expect(first!.querySelector('time')!.textContent).to.equal(formatDate('2016-02', 'be'));
  });

  it('falls back to English, marked lang="en", where the locale has no content', async () => {
    const el = await fixture<EuRelationsTimeline>(
      html`<eu-relations-timeline lang="de" category="policy"></eu-relations-timeline>`,
    );
    const title = el.shadowRoot!.querySelector('.title')!;
    expect(title.querySelector('[lang="en"]')!.textContent).to.equal('Council Conclusions on Belarus adopted');
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('Februar 2016');
  });

  it('follows the lang of an ancestor', async () => {
    const wrapper = await fixture(
      html`<div lang="ru"><eu-relations-timeline category="agreement"></eu-relations-timeline></div>`,
    );
    const el = wrapper.querySelector('eu-relations-timeline')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.include('Начало переговоров');
    expect(el.shadowRoot!.querySelector('.title [lang="en"]')).to.be.null;
  });

  it('compact: one source line for the list, each event numbered where sources differ', async () => {
    const el = await fixture<EuRelationsTimeline>(html`<eu-relations-timeline compact></eu-relations-timeline>`);
    const lines = el.shadowRoot!.querySelectorAll('[part="sources"]');
    expect(lines).to.have.length(1);
    expect(lines[0]!.closest('li'), 'under the list, not in an event').to.be.null;
    const marks = items(el).map((li) => markNumbers(li.querySelector('.mark [aria-hidden]')?.textContent ?? ''));
    expect(
      marks.every((m) => m.length > 0),
      'every event has its numbers',
    ).to.be.true;
    const numbers = lines[0]!.querySelectorAll('.number');
    expect(numbers.length, 'every number is in the line').to.equal(new Set(marks.flat()).size);
  });

  it('downloads the events it shows, each with its date precision; filters in the name and the file', async () => {
    const el = await fixture<EuRelationsTimeline>(
      html`<eu-relations-timeline category="trade,sanctions"></eu-relations-timeline>`,
    );
    const shown = timeline.filter((e) => e.category === 'trade' || e.category === 'sanctions');
    const json = JSON.parse(await el.dataFile('json')!.text());
    expect(json.data.map((r: { date: string }) => r.date)).to.deep.equal(shown.map((e) => e.date));
    expect(json.data[0].title).to.equal(shown[0]!.title.en);
    expect(json.data.map((r: { date_precision: string }) => r.date_precision)).to.deep.equal(
      shown.map((e) => e.precision),
    );
    expect(json.filters).to.deep.equal({ category: 'trade,sanctions' });
    expect(json.sources.length).to.be.above(0);
    const csv = await el.dataFile('csv')!.text();
    expect(csv.split('\r\n')[0]).to.equal('date,date_precision,category,title,summary,sources');
    expect(el.shadowRoot!.querySelector('a[download]')!.getAttribute('download')).to.equal(
      'eu-belarus-timeline-trade-sanctions.csv',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<eu-relations-timeline> rendered concealed, far below the fold, for in-page search', () => {
  const dataLine = (el: Element) =>
    el.shadowRoot!.querySelector('.data-line')?.textContent?.replace(/\s+/g, ' ').trim();

  /** A timeline far below the fold, rendered concealed once the reader opens the find bar; `atFirstRender` runs right after that render. */
  async function concealed(atFirstRender: (el: EuRelationsTimeline) => void = () => {}): Promise<EuRelationsTimeline> {
    window.scrollTo(0, 0);
    const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 10000px"></div></div>`);
    const el = document.createElement('eu-relations-timeline');
    el.setAttribute('category', 'trade'); // a few events: few idle periods on a loaded machine
    el.addController({ hostUpdated: () => void (el.hasUpdated || queueMicrotask(() => atFirstRender(el))) });
    wrapper.append(el);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true }));
    await el.updateComplete;
    return el;
  }

  it('its download line comes after the first render, the same line as in view', async () => {
    let atFirstRender: string | undefined;
    const el = await concealed((el) => (atFirstRender = dataLine(el)));
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('hidden'), 'concealed').to.equal('until-found');
    expect(atFirstRender, 'not made in the first render').to.equal('');
    const inView = await fixture<EuRelationsTimeline>(
      html`<eu-relations-timeline loading="eager" category="trade"></eu-relations-timeline>`,
    );
    expect(dataLine(el)).to.equal(dataLine(inView));
    expect(dataLine(el)).to.match(/^Get the data: CSV \([\d.]+ kB\), JSON \([\d.]+ kB\)$/);
  });

  it('found by in-page search before its download line is made, it shows the line at once', async () => {
    let found: string | undefined;
    const el = await concealed((el) => {
      el.shadowRoot!.querySelector('.root')!.dispatchEvent(new Event('beforematch'));
      found = dataLine(el);
    });
    expect(found).to.equal(dataLine(el));
    expect(found).to.match(/^Get the data: CSV \([\d.]+ kB\), JSON \([\d.]+ kB\)$/);
    expect(el.shadowRoot!.querySelectorAll('a[download]')).to.have.length(2);
  });
});
