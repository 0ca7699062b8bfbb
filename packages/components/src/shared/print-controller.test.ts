import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../programme-list/programme-list.js';

const details = (el: Element) => [...el.shadowRoot!.querySelectorAll('details')];

describe('PrintController', () => {
  it('prints closed disclosures open and closes them after; a reader’s own choice stays', async () => {
    const el = await fixture<HTMLElement>(html`<eu-programme-list></eu-programme-list>`);
    const all = details(el);
    expect(all.length).to.be.greaterThan(1);
    // Each wait is for the disclosures' own toggle events (a task each), not for a timer that a busy
    // browser may run before them.
    const opened = oneEvent(all[0]!, 'toggle');
    all[0]!.open = true;
    const selected: string[] = [];
    el.addEventListener('eu-programme-select', (e) => selected.push(e.detail.id));
    await opened;
    selected.length = 0;
    const openedForPaper = Promise.all(all.slice(1).map((d) => oneEvent(d, 'toggle')));
    dispatchEvent(new Event('beforeprint'));
    expect(all.every((d) => d.open)).to.equal(true);
    await openedForPaper;
    expect(selected, 'opening for paper is not a reader selecting a programme').to.deep.equal([]);
    dispatchEvent(new Event('afterprint'));
    expect(all.map((d) => d.open)).to.deep.equal([true, ...all.slice(1).map(() => false)]);
  });

  it('stops listening when the element leaves the page', async () => {
    const el = await fixture<HTMLElement>(html`<eu-programme-list></eu-programme-list>`);
    const all = details(el);
    el.remove();
    dispatchEvent(new Event('beforeprint'));
    expect(all.some((d) => d.open)).to.equal(false);
  });
});
