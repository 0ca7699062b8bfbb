import { trade } from '@eu-belarus/data/trade';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, nextDataError } from '../../test/helpers.js';
import { bundled } from '../shared/bundled.js';
import type { EuFact } from './fact.js';
import './fact.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The value as shown (without the copy for screen readers, if any). */
const value = (el: EuFact) => {
  const node = el.shadowRoot!.querySelector('[part="value"]');
  return text(node?.querySelector('[aria-hidden="true"]') ?? node);
};
const button = (el: EuFact) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="source-button"]')!;
const note = (el: EuFact) => el.shadowRoot!.querySelector<HTMLElement>('[part="note"]')!;

async function inParagraph(markup: ReturnType<typeof html>): Promise<{ p: HTMLElement; el: EuFact }> {
  const p = await fixture<HTMLElement>(markup);
  const el = p.querySelector('eu-fact')!;
  await el.updateComplete;
  return { p, el };
}

describe('<eu-fact>: its render code', () => {
  // The file's first test: nothing on the page has asked for the render code yet.
  before(() => performance.setResourceTimingBufferSize(10_000));
  it('loads with its content, not with its module: a page with the element alone shows the figure', async () => {
    const fetched = () => performance.getEntriesByType('resource').some((r) => /\/fact\.render\./.test(r.name));
    expect(fetched(), 'not fetched with the module').to.equal(false);
    const { el } = await inParagraph(
      html`<p>EU exports reached <eu-fact name="trade.goods.2017.euExports"></eu-fact> in 2017.</p>`,
    );
    expect([fetched(), bundled('render:fact') !== undefined], 'fetched with the content').to.deep.equal([true, true]);
    expect(value(el)).to.equal('EUR 6.1 billion');
  });
});

describe('<eu-fact>', () => {
  it('renders the named figure inline in running text, without a box', async () => {
    const { p, el } = await inParagraph(
      html`<p>EU exports reached <eu-fact name="trade.goods.2017.euExports"></eu-fact> in 2017.</p>`,
    );
    expect(value(el)).to.equal('EUR 6.1 billion');
    expect(getComputedStyle(el).display).to.equal('inline');
    const root = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
    expect(root.display).to.equal('inline');
    expect(root.paddingTop).to.equal('0px');
    expect(root.borderTopWidth).to.equal('0px');
    expect(el.shadowRoot!.querySelector('h2, h3, [role="status"]')).to.equal(null);
    // One line of text: the fact flows with the sentence.
    expect(p.getClientRects().length).to.equal(1);
    expect(el.getClientRects().length).to.equal(1);
  });

  it('shows the label and source in a popover, by keyboard, without reflowing the sentence; Escape closes it', async () => {
    const { p, el } = await inParagraph(
      html`<p style="width: 320px">
        In 2017, the EU exported goods worth <eu-fact name="trade.goods.2017.euExports"></eu-fact> to Belarus, its
        second partner.
      </p>`,
    );
    const b = button(el);
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    expect(b.getAttribute('aria-controls')).to.equal(note(el).id);
    expect(text(b)).to.include('Source of EUR 6.1 billion');
    expect(note(el).checkVisibility()).to.equal(false);
    const before = [p.getBoundingClientRect().height, el.getBoundingClientRect().left];
    b.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(note(el).checkVisibility()).to.equal(true);
    expect(note(el).matches(':popover-open'), 'a popover in the top layer').to.equal(true);
    expect(
      [p.getBoundingClientRect().height, el.getBoundingClientRect().left],
      'the sentence does not move',
    ).to.deep.equal(before);
    const placed = note(el).getBoundingClientRect();
    expect(placed.top, 'under the button').to.be.at.least(b.getBoundingClientRect().bottom);
    const disclosed = text(note(el));
    // The year once: the label says 2017, so the date is not repeated ("2017, 2017").
    expect(disclosed).to.include('EU exports of goods to Belarus, 2017');
    expect(disclosed).not.to.include('2017, 2017');
    // The title is the project's description of the page: shown in brackets, with the day it was read.
    expect(disclosed).to.include(
      'European Commission, Directorate-General for Trade: [Belarus country page], read 16 April 2018',
    );
    expect(disclosed).to.match(/(published|read) \d/);
    // What the source record says about the source itself, in English.
    const sourceNote = note(el).querySelector<HTMLElement>('.source-note')!;
    expect(sourceNote.lang).to.equal('en');
    expect(text(sourceNote)).to.include(
      'Figures as recorded in the project fact sheet from the page read on 16 April 2018',
    );
    const link = note(el).querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.match(/^https:\/\//);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(b);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
  });

  it('gives the button a 24 px target that does not make the line taller', async () => {
    const line = async (fact: boolean) => {
      const p = await fixture<HTMLElement>(
        fact
          ? html`<p style="line-height: 1.5">Exports: <eu-fact name="trade.goods.2017.euExports"></eu-fact>.</p>`
          : html`<p style="line-height: 1.5">Exports: EUR 6.1 billion.</p>`,
      );
      await p.querySelector('eu-fact')?.updateComplete;
      return p;
    };
    const { width, height } = button((await line(true)).querySelector('eu-fact')!).getBoundingClientRect();
    expect(width).to.be.at.least(24);
    expect(height).to.be.at.least(24);
    expect((await line(true)).getBoundingClientRect().height).to.equal(
      (await line(false)).getBoundingClientRect().height,
    );
  });

  it('on a dark host without theme, the button takes the text colour (3:1 and more against the host)', async () => {
    const p = await fixture<HTMLElement>(
      html`<p style="background: #171a22; color: #f2f4f8">
        Exports: <eu-fact name="trade.goods.2017.euExports"></eu-fact>
      </p>`,
    );
    const el = p.querySelector('eu-fact')!;
    await el.updateComplete;
    const mark = el.shadowRoot!.querySelector('.mark')!;
    expect(getComputedStyle(mark).color).to.equal('rgb(242, 244, 248)');
    expect(getComputedStyle(mark).borderTopColor).to.equal('rgb(242, 244, 248)');
  });

  it('formats assistance and programme facts, with qualifiers and ranges', async () => {
    const el = await fixture<EuFact>(
      html`<eu-fact name="programmes.regional-projects.regional-projects-funding-2007-2013"></eu-fact>`,
    );
    expect(value(el)).to.equal('nearly EUR 53 million');
    el.name = 'assistance.eni-bilateral-2014-2017';
    await el.updateComplete;
    expect(value(el)).to.equal('EUR 91.5 million');
    el.name = 'programmes.erasmus-plus.erasmus-plus-belarus-to-eu';
    await el.updateComplete;
    expect(value(el)).to.equal('1,000');
  });

  it('uses the locale: Russian and German numbers, Belarusian labels, English fallback marked', async () => {
    const ru = await fixture<EuFact>(html`<eu-fact lang="ru" name="assistance.eni-bilateral-2014-2017"></eu-fact>`);
    expect(value(ru)).to.match(/^91,5\sмиллиона\sEUR$/);
    const { el: be } = await inParagraph(
      html`<p lang="be">Экспарт: <eu-fact name="trade.goods.2017.euExports"></eu-fact></p>`,
    );
    button(be).click();
    await be.updateComplete;
    expect(text(note(be))).to.include('Экспарт тавараў ЕС у Беларусь, 2017');
    const { el: de } = await inParagraph(
      html`<p lang="de">Exporte: <eu-fact name="trade.goods.2017.euExports"></eu-fact></p>`,
    );
    expect(value(de)).to.match(/^6,1\sMilliarden\sEUR$/);
    button(de).click();
    await de.updateComplete;
    expect(text(note(de).querySelector('[lang="en"]'))).to.equal('EU exports of goods to Belarus, 2017');
  });

  it('shows readers nothing for an unknown name (never the raw name), warns in the console and dispatches eu-data-error once', async () => {
    const el = document.createElement('eu-fact');
    el.name = 'trade.goods.1999.euExports';
    const error = nextDataError(el);
    const warnings = await captureWarnings(async () => {
      await fixture(el);
      expect(await error).to.include({ reason: 'not-found', element: 'eu-fact' });
    });
    expect(warnings.filter((w) => w.includes('trade.goods.1999.euExports'))).to.have.length(1);
    expect(text(el.shadowRoot!.querySelector('.root'))).to.equal('');
    let more = 0;
    el.addEventListener('eu-data-error', () => more++);
    el.requestUpdate();
    await el.updateComplete;
    expect(more).to.equal(0);
    el.name = 'trade.goods.2017.euImports';
    await el.updateComplete;
    expect(value(el)).to.equal('EUR 3.4 billion');
  });

  it("shows the author's own fallback content for an unknown name", async () => {
    const el = document.createElement('eu-fact');
    el.setAttribute('name', 'nonsense');
    el.textContent = 'about six billion euros';
    const error = nextDataError(el);
    await fixture(el);
    expect((await error).message).to.include('"nonsense"');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(
      slot
        .assignedNodes()
        .map((n) => n.textContent)
        .join(''),
    ).to.equal('about six billion euros');
  });

  it('derives the fact from .data and src of its topic, and reports invalid data with its path', async () => {
    const el = await fixture<EuFact>(html`<eu-fact name="trade.goods.2017.euExports"></eu-fact>`);
    const load = oneEvent(el, 'eu-data-load');
    el.data = {
      ...trade,
      goods: trade.goods.map((y) => (y.year === 2017 ? { ...y, euExports: { ...y.euExports, value: 7.2 } } : y)),
    };
    await load;
    await el.updateComplete;
    expect(value(el)).to.equal('EUR 7.2 billion');
    el.data = undefined;
    // The fixture's amounts are 1,000 above the bundled ones: EUR 1,091.5 million, not 91.5.
    el.src = '/fixtures/valid/assistance.json';
    el.name = 'assistance.eni-bilateral-2014-2017';
    await el.updateComplete;
    expect(value(el)).to.equal('EUR 1.0915 billion');
    const error = nextDataError(el);
    el.src = '/fixtures/invalid/trade.json';
    el.name = 'trade.goods.2017.euExports';
    const detail = await error;
    expect(detail.reason).to.equal('schema');
    expect(detail.issues?.[0]?.path).to.equal('trade.id');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.root')), 'nothing shown for data it cannot use').to.equal('');
  });

  it('renders no heading whatever its heading-level, and warns once for a bad theme', async () => {
    let el: EuFact | undefined;
    const warnings = await captureWarnings(async () => {
      el = await fixture<EuFact>(
        html`<eu-fact theme="neon" heading-level="3" name="trade.goods.2017.euExports"></eu-fact>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(el!.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')).to.equal(null);
    expect(warnings.filter((w) => w.includes('<eu-fact> theme'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('<eu-fact> heading-level'))).to.deep.equal([]);
  });

  it('takes src and name set from script as strings, whatever their type', async () => {
    const el = await fixture<EuFact>(html`<eu-fact name="trade.goods.2017.euExports"></eu-fact>`);
    // A number, an object with toString, a String object: no TypeError, converted like the core does.
    const asText = { toString: () => 'assistance.eni-bilateral-2014-2017' } as unknown as string;
    el.name = asText;
    await el.updateComplete;
    expect(value(el)).to.equal('EUR 91.5 million');
    el.name = new String(' trade.goods.2017.euExports ') as unknown as string;
    await el.updateComplete;
    expect(value(el)).to.equal('EUR 6.1 billion');
    const error = nextDataError(el);
    el.name = 2017 as unknown as string;
    expect((await error).message).to.include('"2017"');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.root'))).to.equal('');
    el.name = 'assistance.eni-bilateral-2014-2017';
    const load = oneEvent(el, 'eu-data-load');
    el.src = new URL('/fixtures/valid/assistance.json', location.href) as unknown as string;
    await load;
    await el.updateComplete;
    expect(value(el)).to.equal('EUR 1.0915 billion');
  });

  for (const [lang, shown] of [
    ['fr', /^9\u202f295\u202f000\sEUR$/],
    ['pl', /^9\u00a0295\u00a0000\sEUR$/],
    ['be', /^9\u00a0295\u00a0000\sEUR$/],
  ] as const) {
    it(`${lang}: a figure is shown with the locale's separator and read as one number`, async () => {
      const { p, el } = await inParagraph(
        html`<p lang=${lang}>MOST: <eu-fact name="programmes.most.most-eu-contribution"></eu-fact></p>`,
      );
      const node = el.shadowRoot!.querySelector('[part="value"]')!;
      expect(node.querySelector('[aria-hidden="true"]')!.textContent).to.match(shown);
      const spoken = node.querySelector('.vh')!.textContent!;
      expect(spoken).to.match(/9295000/);
      expect(spoken).not.to.match(/\d[\s\u00a0\u202f]\d/);
      expect(button(el).querySelector('.vh')!.textContent).to.match(/9295000/);
      await expect(p).to.be.accessible();
    });
  }

  it('en: the figure once, as it is read', async () => {
    const el = await fixture<EuFact>(html`<eu-fact name="programmes.most.most-eu-contribution"></eu-fact>`);
    const node = el.shadowRoot!.querySelector('[part="value"]')!;
    expect(text(node)).to.equal('EUR 9,295,000');
    expect(node.querySelector('.vh')).to.be.null;
  });
});
