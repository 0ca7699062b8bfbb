// Shared behaviour of the figures elements: accessible numbers, CSV, progressive enhancement
// (fallback content before and after upgrade, the cloak stylesheet), timeline download.
// <eu-relations-timeline> is imported late on purpose: the first tests see it undefined.
import { timeline } from '@eu-belarus/data/timeline';
import { expect, fixture, html } from '@open-wc/testing';
import { csvCell, fileName, formatSize } from './download.js';
import { spokenNumber } from './format.js';
import { figureText } from './number-text.js';

describe('spokenNumber: one number for screen readers', () => {
  for (const [locale, shown] of [
    ['fr', '12\u202f000'],
    ['pl', '12\u00a0000'],
    ['be', '12\u00a0000'],
    ['ru', '1\u00a0234\u00a0567'],
  ] as const) {
    it(`${locale}: drops the space that groups digits`, () => {
      const formatted = new Intl.NumberFormat(locale === 'be' ? 'ru' : locale).format(
        locale === 'ru' ? 1234567 : 12000,
      );
      expect(formatted).to.equal(shown);
      expect(spokenNumber(formatted, locale)).to.equal(locale === 'ru' ? '1234567' : '12000');
      // Not between a number and a word or a code.
      expect(spokenNumber(`${formatted}\u00a0EUR`, locale)).to.match(/\d\u00a0EUR$/);
    });
  }
  it('leaves locales with other separators as they are', () => {
    expect(spokenNumber('12,000', 'en')).to.equal('12,000');
    expect(spokenNumber('12.000', 'de')).to.equal('12.000');
  });
  it('figureText: shown with the separator, read without it', async () => {
    const el = await fixture(html`<p>${figureText('12\u202f000 EUR', 'fr')}</p>`);
    expect(el.querySelector('[aria-hidden="true"]')!.textContent).to.equal('12\u202f000 EUR');
    expect(el.querySelector('.vh')!.textContent).to.equal('12000 EUR');
    expect(figureText('12,000', 'en')).to.equal('12,000');
  });
});

describe('download helpers', () => {
  it('quotes and neutralises CSV cells', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a, b')).to.equal('"a, b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell('=1+1')).to.equal("'=1+1");
    expect(csvCell('@cmd')).to.equal("'@cmd");
    expect(csvCell('-2')).to.equal("'-2");
    expect(csvCell('+2')).to.equal("'+2");
    expect(csvCell(-2)).to.equal('-2');
    expect(csvCell(undefined)).to.equal('');
  });
  it('names files and writes sizes in the locale', () => {
    expect(fileName('eu-belarus-trade-goods', 2015, 2017)).to.equal('eu-belarus-trade-goods-2015-2017');
    expect(fileName('eu-belarus-timeline', undefined, 'Policy,Trade')).to.equal('eu-belarus-timeline-policy-trade');
    expect(formatSize(1234, 'en')).to.equal('1.2 kB');
    expect(formatSize(1234, 'fr')).to.match(/^1,2\s?ko$/);
    expect(formatSize(12, 'en')).to.equal('0.1 kB');
  });
});

describe('progressive enhancement', () => {
  let cloak: HTMLLinkElement;
  before(async () => {
    cloak = document.createElement('link');
    cloak.rel = 'stylesheet';
    cloak.href = new URL('../cloak.css', import.meta.url).href;
    const loaded = new Promise((resolve, reject) => ((cloak.onload = resolve), (cloak.onerror = reject)));
    document.head.append(cloak);
    await loaded;
  });
  after(() => cloak.remove());

  it('before upgrade: fallback content is shown and accessible; an empty tag keeps its room', async () => {
    expect(customElements.get('eu-relations-timeline')).to.be.undefined;
    const wrapper = await fixture(
      html`<div>
        <eu-relations-timeline id="with"
          ><p>
            See the <a href="https://www.eeas.europa.eu/">EU–Belarus timeline on the EEAS site</a>.
          </p></eu-relations-timeline
        >
        <eu-relations-timeline id="empty"></eu-relations-timeline>
      </div>`,
    );
    const withFallback = wrapper.querySelector('#with')!;
    const link = withFallback.querySelector('a')!;
    expect(link.checkVisibility()).to.be.true;
    link.focus();
    expect(document.activeElement).to.equal(link);
    expect(getComputedStyle(withFallback).minHeight).to.equal('0px');
    expect(parseFloat(getComputedStyle(wrapper.querySelector('#empty')!).minHeight)).to.be.above(100);
    await expect(wrapper).to.be.accessible();
  });

  it('after upgrade: the element replaces the fallback, which is neither shown nor read twice', async () => {
    const wrapper = await fixture(
      html`<div>
        <eu-relations-timeline category="trade"
          ><p>
            See the <a href="https://www.eeas.europa.eu/">EU–Belarus timeline on the EEAS site</a>.
          </p></eu-relations-timeline
        >
      </div>`,
    );
    const el = wrapper.querySelector('eu-relations-timeline')!;
    const link = el.querySelector('a')!;
    expect(link.checkVisibility()).to.be.true;
    await import('../relations-timeline/relations-timeline.js');
    await customElements.whenDefined('eu-relations-timeline');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('.events')).to.exist;
    // No slot: the light DOM is out of the rendered (and accessibility) tree.
    expect(el.shadowRoot!.querySelector('slot')).to.be.null;
    expect(link.checkVisibility()).to.be.false;
    expect(link.getClientRects().length).to.equal(0);
    link.focus();
    expect(document.activeElement).not.to.equal(link);
    expect(getComputedStyle(el).minHeight).to.equal('0px');
    await expect(wrapper).to.be.accessible();
  });

  it('timeline: downloads the events it shows, filters in the name and the file', async () => {
    await import('../relations-timeline/relations-timeline.js');
    const el = (await fixture(
      html`<eu-relations-timeline category="trade,sanctions"></eu-relations-timeline>`,
    )) as HTMLElement & {
      dataFile(format: 'csv' | 'json'): Blob | undefined;
    };
    const shown = timeline.filter((e) => e.category === 'trade' || e.category === 'sanctions');
    const json = JSON.parse(await el.dataFile('json')!.text());
    expect(json.data.map((r: { date: string }) => r.date)).to.deep.equal(shown.map((e) => e.date));
    expect(json.data[0].title).to.equal(shown[0]!.title.en);
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
