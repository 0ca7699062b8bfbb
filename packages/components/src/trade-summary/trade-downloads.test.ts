// "Get the data" under the goods: each instance's links save the files it shows and give their
// sizes, when other instances on the page show other years, and after its own years or language
// change (instances that show the same file share one line: download-file.ts, `renderDownloads`).
import { expect, fixture, html } from '@open-wc/testing';
import { root } from '../../test/helpers.js';
import type { EuTradeSummary } from './trade-summary.js';
import './trade-summary.js';

/** Each link as a reader meets it: the file it saves and its label, e.g. "… CSV (0.8 kB)". */
const links = (el: Element) =>
  [...root(el).querySelectorAll('a[download]')].map((a) => `${a.getAttribute('download')} ${a.textContent!.trim()}`);

/** The same from the element's own files: named after `years`, their sizes in `lang`. */
const expected = (el: EuTradeSummary, years: string, lang: string) =>
  (['csv', 'json'] as const).map((format) => {
    const kb = Math.max(0.1, Math.round(el.dataFile(format)!.size / 100) / 10);
    const size = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang, {
      style: 'unit',
      unit: 'kilobyte',
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    }).format(kb);
    return `eu-belarus-trade-goods-${years}.${format} ${format.toUpperCase()} (${size})`;
  });

describe('<eu-trade-summary>: the download links of each instance', () => {
  it('save the files it shows, with their sizes, beside instances showing others and after a change', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <eu-trade-summary></eu-trade-summary><eu-trade-summary year="2016"></eu-trade-summary>
        <eu-trade-summary from="2016"></eu-trade-summary>
      </div>`,
    );
    const [all, one, since] = [...page.querySelectorAll<EuTradeSummary>('eu-trade-summary')] as [
      EuTradeSummary,
      EuTradeSummary,
      EuTradeSummary,
    ];
    await Promise.all([all, one, since].map((el) => el.updateComplete));
    expect(links(all)).to.deep.equal(expected(all, '2015-2017', 'en'));
    expect(links(one)).to.deep.equal(expected(one, '2016', 'en'));
    // The same years as `all` from 2016 on: another file (its filter is in it).
    expect(links(since)).to.deep.equal(expected(since, '2016-2017', 'en'));

    one.year = 2017;
    await one.updateComplete;
    expect(links(one)).to.deep.equal(expected(one, '2017', 'en'));

    all.lang = 'de';
    await all.updateComplete;
    expect(links(all)).to.deep.equal(expected(all, '2015-2017', 'de'));
    expect(links(all).join(' '), 'sizes written the German way').to.match(/\d,\d/);
  });
});
