// "Download the data": what following a link does, in the browser (the files and the links'
// markup are tested in Node: download.node.test.ts).
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { REVOKE_AFTER_MS, dataBlob, renderDownloads } from './download-file.js';
import type { DataExport } from './download.js';

const EXPORT: DataExport = {
  name: 'eu-belarus-example-2016',
  title: 'Example, 2016',
  columns: ['year', 'value'],
  rows: [[2016, 5.7]],
  sources: [],
};

describe('download links', () => {
  it('a link gets a blob: URL of its file only when followed, revoked after', async () => {
    const el = await fixture<HTMLElement>(html`<div>${renderDownloads(EXPORT, 'en')}</div>`);
    const links = [...el.querySelectorAll<HTMLAnchorElement>('a[download]')];
    // No blob: or data: URL sits in the DOM before a link is followed.
    for (const a of links) expect(a.getAttribute('href')).to.equal('#download');
    links[0]!.addEventListener('click', (e) => e.preventDefault(), { once: true });
    links[0]!.click();
    expect(links[0]!.href).to.match(/^blob:/);
    expect(await (await fetch(links[0]!.href)).text()).to.equal(await dataBlob(EXPORT, 'csv').text());
    await aTimeout(REVOKE_AFTER_MS + 200);
    expect(links[0]!.getAttribute('href')).to.equal('#download');
  });

  it('a middle click or the context menu (to save the link) gets the blob: URL too', async () => {
    const el = await fixture<HTMLElement>(html`<div>${renderDownloads(EXPORT, 'en')}</div>`);
    const [csv, json] = [...el.querySelectorAll<HTMLAnchorElement>('a[download]')];
    json!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }));
    expect(json!.href).to.match(/^blob:/);
    expect(JSON.parse(await (await fetch(json!.href)).text()).title).to.equal('Example, 2016');
    csv!.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }));
    expect(csv!.href).to.match(/^blob:/);
  });
});
