// Links built from data: only https targets, and one way to open them in a new tab.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { RUNS, nasty, schemeVariants } from '../../test/arbitraries.js';
import { externalLink, safeHref } from './links.js';

describe('safeHref (property-based)', () => {
  it('safeHref answers an https URL or nothing, for any string', () =>
    fc.assert(
      fc.property(
        fc.oneof(nasty, fc.webUrl(), schemeVariants('javascript'), schemeVariants('data'), schemeVariants('vbscript')),
        (url) => {
          const result = safeHref(url);
          if (result !== undefined) expect(result.startsWith('https://')).to.equal(true);
        },
      ),
      RUNS,
    ));

  it('safeHref refuses javascript:, data: and http: however they are spelled', () =>
    fc.assert(
      fc.property(
        fc.oneof(schemeVariants('javascript'), schemeVariants('data'), schemeVariants('http'), schemeVariants('file')),
        (url) => {
          expect(safeHref(url)).to.equal(undefined);
        },
      ),
      RUNS,
    ));

  it('safeHref keeps every https URL', () =>
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }), (url) => {
        expect(safeHref(url)).to.equal(new URL(url).href);
      }),
    ));
});

describe('externalLink', () => {
  it('opens in the same tab by default; in a new one with rel="noopener"', async () => {
    const same = await fixture<HTMLElement>(html`<p>${externalLink('https://europa.eu/', 'Europa', '_self')}</p>`);
    const a = same.querySelector('a')!;
    expect([a.getAttribute('part'), a.hasAttribute('target'), a.hasAttribute('rel')]).to.deep.equal([
      'link',
      false,
      false,
    ]);
    const blank = await fixture<HTMLElement>(html`<p>${externalLink('https://europa.eu/', 'Europa', '_blank')}</p>`);
    const b = blank.querySelector('a')!;
    expect([b.target, b.rel, b.textContent]).to.deep.equal(['_blank', 'noopener', 'Europa']);
  });
});
