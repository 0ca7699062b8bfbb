import { expect, fixture, html } from '@open-wc/testing';
import { figureText } from './number-text.js';

describe('figureText', () => {
  it('shows the separator and reads one number', async () => {
    const el = await fixture(html`<p>${figureText('12\u202f000 EUR', 'fr')}</p>`);
    expect(el.querySelector('[aria-hidden="true"]')!.textContent).to.equal('12\u202f000 EUR');
    expect(el.querySelector('.vh')!.textContent).to.equal('12000 EUR');
    expect(figureText('12,000', 'en')).to.equal('12,000');
  });
});
