// The quotes behind a block: loaded (with their rendering) when a reader first opens them.
import { quoteById } from '@eu-belarus/data/quotes';
import { trade } from '@eu-belarus/data/trade';
import { expect, fixture, html } from '@open-wc/testing';
import { eventually } from '../../test/helpers.js';
import '../trade-summary/trade-summary.js';

describe('quotes', () => {
  it('a source line\'s "Quotes" button shows the exact words of each quote behind the block, with its source', async () => {
    const el = await fixture(html`<eu-trade-summary></eu-trade-summary>`);
    const line = el.shadowRoot!.querySelector<HTMLElement>('.goods [part="sources"]')!;
    const toggle = line.querySelector<HTMLButtonElement>('.quote-toggle')!;
    expect(line.querySelector('[part="quotes"]'), 'closed: no quotes').to.equal(null);
    toggle.click();
    await eventually(() => line.querySelector('[part="quotes"] figure'), 'the quotes load');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const expected = [...new Set(trade.goods.flatMap((year) => year.quotes ?? []))].map((id) => quoteById(id)!);
    expect(expected.length, 'the goods block cites quotes').to.be.greaterThan(0);
    const shown = [...line.querySelectorAll('[part="quotes"] figure')];
    expect(shown.map((f) => f.querySelector('blockquote')!.textContent)).to.deep.equal(expected.map((q) => q.text));
    expect(
      shown.every((f) => f.querySelector('figcaption')!.textContent!.trim().length > 0),
      'each names its source',
    ).to.equal(true);
    toggle.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(line.querySelector('[part="quotes"]'), 'closed again').to.equal(null);
  });
});
