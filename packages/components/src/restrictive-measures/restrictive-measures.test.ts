import { listingTotals, restrictiveMeasures } from '@eu-belarus/data/restrictive-measures';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, csvParts, shadowText } from '../../test/helpers.js';
import { loadBundled } from '../shared/bundled.js';
import type { EuRestrictiveMeasures } from './restrictive-measures.js';
import './restrictive-measures.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const points = (el: Element) => $$(el, '[part~="point"]');
const totals = listingTotals(restrictiveMeasures);
const count = (series: 'individuals' | 'entities') => totals.filter((p) => p[series]).length;

/** The words of `node`'s text that the layout broke across lines. */
function brokenWords(node: Element): string[] {
  const broken: string[] = [];
  const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const text = texts.currentNode as Text;
    for (const match of text.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

/** The source numbers marked in a block (a section or an item) are all in the block's own source line; how many. */
function marksInOwnLine(block: Element): number {
  const line = block.querySelector(':scope > [part="sources"]');
  expect(line, `${block.className}: a source line of its own`).to.exist;
  const numbers = [...line!.querySelectorAll('.number')].map((n) => n.textContent!.match(/\d+/)![0]);
  const marks = [...block.querySelectorAll('.mark [aria-hidden]')].flatMap((m) => m.textContent!.match(/\d+/g)!);
  for (const mark of marks) expect(numbers, `${block.className}: mark [${mark}]`).to.include(mark);
  return marks.length;
}

async function make(
  template = html`<eu-restrictive-measures></eu-restrictive-measures>`,
): Promise<EuRestrictiveMeasures> {
  const el = await fixture<EuRestrictiveMeasures>(template);
  await el.updateComplete;
  return el;
}

describe('<eu-restrictive-measures>', () => {
  it('leads with the latest totals, their date, and says they are a member state’s; then the Council’s own', async () => {
    const el = await make();
    const figures = $$(el, '.key-figures .figure').map((f) => f.textContent!.replace(/\s+/g, ' ').trim());
    expect(figures).to.have.length(2);
    expect(figures[0]).to.match(/^Individuals listed 312.*As of 26 February 2026$/);
    expect(figures[1]).to.match(/^Entities listed 57.*As of 26 February 2026$/);
    expect($(el, '.member-state-note')!.textContent).to.include('Figures of a member state, not of the Council');
    expect($(el, '.council')!.textContent!.replace(/\s+/g, ' ')).to.include(
      'Latest figures from the Council (27 March 2025): individuals 310, entities 46.',
    );
  });

  it('draws one point per total, marked by how it is known, and the other figure where sources differ', async () => {
    const el = await make();
    expect(points(el)).to.have.length(count('individuals') + count('entities'));
    const first = points(el).find((p) => p.getAttribute('aria-label')!.startsWith('Individuals, 2 October 2020'))!;
    expect(first.className).to.include('derived');
    expect(first.getAttribute('aria-label')).to.equal('Individuals, 2 October 2020: 44. Sum of the rounds.');
    const march2025 = points(el).find((p) => p.getAttribute('aria-label')!.startsWith('Individuals, 27 March 2025'))!;
    expect(march2025.className).to.include('stated');
    expect(march2025.getAttribute('aria-label')).to.include(
      '310. Stated by an EU source. Adding the rounds gives 312.',
    );
    const latest = points(el).filter((p) => p.className.includes('member-state'));
    expect(latest).to.have.length(2);
    // 55 (TASS) beside 59; 34 (sum) beside 35; 312 (sum) beside 310: one hollow dotted mark each.
    expect($$(el, '.plot .marker.other')).to.have.length(3);
    // Across the rounds not found, a dotted line instead of a step.
    expect($$(el, 'path.gap')).to.have.length(2);
  });

  it('draws every point at its value against the y axis (a page or element style never shifts one)', async () => {
    const el = await make();
    const ticks = $$(el, '.y-axis span').map((s) => {
      const r = s.getBoundingClientRect();
      return { value: Number(s.textContent!.replace(/\D/g, '')), y: r.top + r.height / 2 };
    });
    const [low, high] = [ticks[0]!, ticks.at(-1)!];
    const yOf = (value: number) => low.y + ((value - low.value) * (high.y - low.y)) / (high.value - low.value);
    for (const point of points(el)) {
      const label = point.getAttribute('aria-label')!;
      const value = Number(label.match(/: ([\d,]+)\./)![1]!.replace(/,/g, ''));
      const marker = point.querySelector('.marker')!.getBoundingClientRect();
      expect(marker.top + marker.height / 2, label).to.be.closeTo(yOf(value), 2);
    }
  });

  it('moves between points with the arrow keys and reads the focused one in the live region', async () => {
    const el = await make();
    const readout = $(el, '[data-chart-live]')!;
    expect(readout.getAttribute('aria-live')).to.equal('polite');
    expect(readout.textContent).to.include('Latest: individuals 312, entities 57 (26 February 2026).');
    expect(points(el).filter((p) => p.tabIndex === 0)).to.have.length(1, 'one tab stop');
    points(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(points(el)[1]);
    expect(readout.textContent).to.equal('Individuals, 2 October 2020: 44. Sum of the rounds.');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(readout.textContent).to.include('Entities, 26 February 2026: 57. Stated by a member state.');
  });

  it('shows the same totals as a table, numbers only in the cells, one press away from the chart', async () => {
    const el = await make();
    const [chart, tableButton] = $$(el, '.view-switch button');
    expect([chart!.getAttribute('aria-pressed'), tableButton!.getAttribute('aria-pressed')]).to.deep.equal([
      'true',
      'false',
    ]);
    tableButton!.click();
    await el.updateComplete;
    expect(tableButton!.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.listings table')).to.exist;
    expect(points(el)).to.have.length(0);
    const rows = $$(el, '.listings tbody tr');
    expect(rows).to.have.length(totals.length);
    const cells = (row: HTMLElement) =>
      [...row.querySelectorAll('th, td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells(rows[1]!)).to.deep.equal(['02/10/2020', '44, Sum of the roundsa', '—']);
    expect(cells(rows.at(-1)!)).to.deep.equal([
      '26/02/2026',
      '312, Stated by a member statee',
      '57, Stated by a member statee',
    ]);
    // A note's letter (a 24 px target) never pushes its number off the row's line of text.
    for (const row of rows) {
      const date = row.querySelector('time')!.getBoundingClientRect().bottom;
      for (const cell of row.querySelectorAll('td')) {
        const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        while (texts.nextNode() && !/[\d—]/.test(texts.currentNode.textContent!));
        const number = document.createRange();
        number.selectNodeContents(texts.currentNode);
        expect(number.getBoundingClientRect().bottom, cells(row).join(' | ')).to.be.closeTo(date, 1.5);
      }
    }
    const fromAttribute = await make(html`<eu-restrictive-measures view="table"></eu-restrictive-measures>`);
    expect($$(fromAttribute, '.listings tbody tr')).to.have.length(totals.length);
    expect(points(fromAttribute)).to.have.length(0);
  });

  it('shows a page’s own copy of the data (`.data`), not the bundled totals it laid out while the copy loaded; the keys follow it', async () => {
    // The copy up to 2021: fewer listings over time than the bundled data.
    const until = <T extends { date: string }>(items: readonly T[]) => items.filter((i) => i.date < '2022');
    const { rounds, criteria, otherRegimes, prolongations, sectoral } = restrictiveMeasures;
    const copy = {
      ...restrictiveMeasures,
      ...{ rounds: until(rounds), criteria: until(criteria), otherRegimes: until(otherRegimes) },
      ...{ prolongations: until(prolongations), sectoral: until(sectoral) },
      notFound: restrictiveMeasures.notFound.filter((n) => n.start < '2022'),
    };
    const copyTotals = listingTotals(copy);
    const copyPoints = copyTotals.reduce((n, p) => n + (p.individuals ? 1 : 0) + (p.entities ? 1 : 0), 0);
    expect(copyPoints, 'the copy has fewer points').to.be.below(count('individuals') + count('entities'));
    const el = await make(html`<eu-restrictive-measures .data=${copy}></eu-restrictive-measures>`);
    expect(points(el)).to.have.length(copyPoints);
    points(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'End: the copy’s last point').to.equal(points(el).at(-1));
    const { data } = await csvParts(el.dataFile('csv'));
    expect(data.map((r) => r[0])).to.deep.equal(copyTotals.map((p) => p.date));
  });

  it('explains every differing figure in a lettered note, and says which rounds were not found', async () => {
    const el = await make();
    const notes = $$(el, '.note-list li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(notes).to.have.length(6);
    expect(notes[0]).to.match(
      /^a 2 October 2020: Individuals added: 40 \(legislation\.gov\.uk .*\)\. repressively\.com, Belsat: 44\./,
    );
    expect(notes[1]).to.include('Individuals: denederlandsegrondwet.nl, Belsat: 59. TASS: 55.');
    expect(notes[2]).to.include(
      'Entities: EU NEIGHBOURS east (EU-funded communication programme): 35. Adding the rounds gives 34.',
    );
    expect(notes[3]).to.include('Individuals: Notícias ao Minuto: 310. Adding the rounds gives 312.');
    expect(notes[4]).to.include('Lithuanian foreign ministry');
    expect(notes[5]).to.match(/^Not found The listing rounds between April 2025 and February 2026/);
    for (const link of $$(el, 'a[href^="#note-"]')) expect($(el, link.getAttribute('href')!)).to.exist;
    // The notes cite other sources than the totals: numbered, and the numbers are in the listings' source line.
    expect(marksInOwnLine($(el, '.listings')!)).to.be.greaterThan(0);
    expect($(el, '.listings > [part="sources"]')!.textContent).to.include('Get the data');
  });

  it('gives every block its own source line: key figures, listings, each round, prolongation and measure', async () => {
    const el = await make(html`<eu-restrictive-measures show-sectoral></eu-restrictive-measures>`);
    marksInOwnLine($(el, '.key-figures')!);
    for (const item of $$(el, '.measure:not(.not-found)')) marksInOwnLine(item);
    expect($$(el, '[part="sources"]')).to.have.length(2 + $$(el, '.measure:not(.not-found)').length);
  });

  it('compact, for a sidebar: the key figures and the listings over time, no lists', async () => {
    const el = await make(html`<eu-restrictive-measures compact></eu-restrictive-measures>`);
    expect($(el, '.key-figures')).to.exist;
    expect(points(el)).to.have.length(count('individuals') + count('entities'));
    expect([$(el, '.lead'), $(el, '.rounds'), $(el, '.prolongations')]).to.deep.equal([null, null, null]);
  });

  it('lists the rounds with reasons, counts and the legal acts linked to EUR-Lex; Ukraine-regime listings apart', async () => {
    const el = await make(html`<eu-restrictive-measures link-target="_blank"></eu-restrictive-measures>`);
    const items = $$(el, '.rounds .measure');
    expect(items).to.have.length(
      restrictiveMeasures.rounds.length + restrictiveMeasures.criteria.length + restrictiveMeasures.otherRegimes.length,
    );
    const first = items[0]!.textContent!.replace(/\s+/g, ' ');
    expect(first)
      .to.include('2 October 2020')
      .and.include('Repression and electoral fraud')
      .and.include('Individuals added 40');
    const act = items[0]!.querySelector<HTMLAnchorElement>('.acts a')!;
    expect(act.href).to.equal('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32020D1388');
    expect(act.textContent).to.equal('Council Implementing Decision (CFSP) 2020/1388');
    expect([act.target, act.rel]).to.deep.equal(['_blank', 'noopener']);
    const ukraine = items.filter((i) => i.classList.contains('other'));
    expect(ukraine.map((i) => i.querySelector('.badge')!.textContent)).to.deep.equal([
      'Another regime (Ukraine): not counted in the totals',
      'Another regime (Ukraine): not counted in the totals',
    ]);
  });

  it('lists prolongations with their end date, and the ones not found', async () => {
    const el = await make();
    const items = $$(el, '.prolongations .measure').map((i) => i.textContent!.replace(/\s+/g, ' ').trim());
    expect(items.filter((t) => t.includes('Prolonged until'))).to.have.length(restrictiveMeasures.prolongations.length);
    expect(items.at(-1)).to.include('26 February 2026').and.include('Prolonged until 28 February 2027');
    expect(items.filter((t) => t.includes('Not found'))).to.have.length(2);
  });

  it('shows the sectoral measures only with show-sectoral', async () => {
    const el = await make();
    expect($(el, '.sectoral')).to.equal(null);
    el.showSectoral = true;
    await el.updateComplete;
    const items = $$(el, '.sectoral .measure');
    expect(items).to.have.length(restrictiveMeasures.sectoral.length);
    expect(items[0]!.textContent).to.include('Airspace');
    expect(items.at(-1)!.textContent).to.include('A trade regulation, not a sanctions measure');
  });

  it('from/to narrow every part to the period, at any precision; a bad date warns and is ignored', async () => {
    const el = await make(html`<eu-restrictive-measures from="2023" to="2024-08"></eu-restrictive-measures>`);
    const dates = $$(el, '.listings tbody th, [part~="point"]').length;
    expect(dates).to.be.greaterThan(0);
    const inPeriod = totals.filter((p) => p.date >= '2023' && p.date.slice(0, 7) <= '2024-08');
    expect(points(el)).to.have.length(inPeriod.reduce((n, p) => n + (p.individuals ? 1 : 0) + (p.entities ? 1 : 0), 0));
    expect($$(el, '.rounds .measure').map((i) => i.querySelector('time')!.dateTime)).to.deep.equal([
      '2023-08-03',
      '2024-08-05',
    ]);
    const warnings = await captureWarnings(async () => {
      el.setAttribute('from', '3 June 2022');
      await el.updateComplete;
    });
    expect(warnings.join()).to.include('<eu-restrictive-measures> from: "3 June 2022" is not an ISO date');
    expect(el.from).to.equal(undefined);
    expect(points(el).length).to.be.greaterThan(inPeriod.length);
  });

  it('says so when the period holds no listing', async () => {
    const el = await make(html`<eu-restrictive-measures from="2030"></eu-restrictive-measures>`);
    expect(shadowText(el)).to.include('No listing in the chosen period.');
    expect(points(el)).to.have.length(0);
    expect(el.dataFile('csv')).to.equal(undefined);
  });

  it('downloads the totals as shown, with how each is known, the differing figures and the sources', async () => {
    const el = await make(html`<eu-restrictive-measures to="2021"></eu-restrictive-measures>`);
    const { header, data, sources, meta } = await csvParts(el.dataFile('csv'));
    expect(header).to.deep.equal([
      'date',
      'individuals',
      'individuals_basis',
      'individuals_other_figures',
      'entities',
      'entities_basis',
      'entities_other_figures',
      'item',
      'sources',
    ]);
    expect(data.map((r) => r.slice(0, 4))).to.deep.include(['2020-11-06', '59', 'stated', '55 (tass-2020-12-07)']);
    expect(data.map((r) => r[0])).to.not.include('2022-02');
    expect(sources.map((s) => s[0])).to.include('tass-2020-12-07');
    expect(meta['filter_to']).to.equal('2021');
    const json = JSON.parse(await el.dataFile('json')!.text());
    expect(json.data[1]).to.include({ date: '2020-10-02', individuals: 44, individuals_basis: 'derived' });
  });

  it('speaks the reader’s language', async () => {
    const el = await make(html`<eu-restrictive-measures lang="de"></eu-restrictive-measures>`);
    expect($(el, '.key-figures dt')!.textContent).to.equal('Gelistete Personen');
    expect($(el, '.key-figures .as-of')!.textContent).to.equal('Stand: 26. Februar 2026');
    const be = await make(html`<eu-restrictive-measures lang="be"></eu-restrictive-measures>`);
    expect($(be, '.rounds .title')!.textContent).to.include('Першае ўнясенне ў спіс');
  });

  it('fits a 280 px sidebar in every locale: the table without scrolling, nothing overflowing, no figure label broken inside a word', async function () {
    this.timeout(120_000); // 52 renders
    const { LOCALES } = await import('@eu-belarus/data');
    const wide: string[] = [];
    // 280 px: a sidebar; 248 px: a 280 px phone screen less the page's margins.
    for (const locale of LOCALES)
      for (const [view, width] of [
        ['table', 280],
        ['chart', 248],
      ] as const) {
        const box = document.createElement('div');
        box.style.width = `${width}px`;
        box.innerHTML = `<eu-restrictive-measures lang="${locale}" view="${view}" show-sectoral></eu-restrictive-measures>`;
        await fixture(box);
        const el = box.firstElementChild as EuRestrictiveMeasures;
        await el.updateComplete;
        const wrap = $(el, '.table-wrap');
        if (wrap && wrap.scrollWidth > wrap.clientWidth)
          wide.push(`${locale} table: ${wrap.scrollWidth} px in ${wrap.clientWidth}`);
        const root = $(el, '.root')!;
        if (root.scrollWidth > root.clientWidth + 1)
          wide.push(`${locale} ${view}: ${root.scrollWidth} px in ${root.clientWidth}`);
        for (const label of $$(el, '.key-figures dt'))
          for (const word of brokenWords(label)) wide.push(`${locale} ${width} px: "${word}" broken inside the word`);
      }
    expect(wide).to.deep.equal([]);
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme, as chart and as table, with the sectoral measures`, async () => {
      const el = await make(html`<eu-restrictive-measures theme=${theme} show-sectoral></eu-restrictive-measures>`);
      await expect(el).to.be.accessible();
      el.view = 'table';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('far away and rendered concealed for in-page search, it makes its frame first and its sections in later short turns', async () => {
    await Promise.all([loadBundled('restrictive-measures'), loadBundled('sources')]);
    const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 10000px"></div></div>`);
    const el = Object.assign(document.createElement('eu-restrictive-measures'), { showSectoral: true });
    const sections = () => $$(el, 'p.lead, section').length;
    const counts: number[] = [];
    const observer = new MutationObserver(() => counts.push(sections()));
    el.addController({
      hostUpdated: () => {
        if (counts.length) return;
        counts.push(sections());
        observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      },
    });
    wrapper.append(el);
    // The reader opens the browser's find bar: far elements render concealed.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true }));
    await el.updateComplete;
    observer.disconnect();
    expect(counts[0], 'the frame only in the first render').to.equal(0);
    expect(new Set(counts).size, `sections after each turn: ${counts}`).to.be.above(2);
    expect(sections(), 'every section once done').to.equal(6);
    expect($(el, '.root')!.getAttribute('hidden')).to.equal('until-found');
  });
});
