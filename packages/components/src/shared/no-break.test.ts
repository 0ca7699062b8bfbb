import { expect, fixture, html } from '@open-wc/testing';
import { noBreakDashes } from './no-break.js';

describe('noBreakDashes', () => {
  const wrappedIn = async (text: string) => {
    const el = await fixture(html`<p>${noBreakDashes(text)}</p>`);
    return { text: el.textContent, words: [...el.querySelectorAll('.nowrap')].map((s) => s.textContent) };
  };

  it('keeps every dashed word on one line and the text as written', async () => {
    for (const [text, words] of [
      ['EU–Belarus relations', ['EU–Belarus']],
      ['Erasmus+: students and staff, 2015–2017', ['2015–2017']],
      ['EU–Belarus trade (2014–2020), EU–Belarus dialogue', ['EU–Belarus', '(2014–2020),', 'EU–Belarus']],
      ['2012–2016', ['2012–2016']],
      ['a – b, no word with a dash inside', []],
    ] as const) {
      const shown = await wrappedIn(text);
      expect(shown.text, text).to.equal(text);
      expect(shown.words, text).to.deep.equal(words);
    }
    expect(noBreakDashes('Plain text')).to.equal('Plain text');
  });
});
