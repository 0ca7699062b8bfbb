// Links built from data: only https targets, and one way to open them in a new tab.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RUNS, nasty, schemeVariants } from '../../test/arbitraries.js';
import { markup, tags, textOf } from '../../test/markup.js';
import { CHECKED_KEPT, externalLink, safeHref } from './links.js';

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

  it('safeHref answers nothing for no URL or one that does not parse', () => {
    expect(safeHref(undefined)).to.equal(undefined);
    expect(safeHref('')).to.equal(undefined);
    expect(safeHref('https://')).to.equal(undefined);
    expect(safeHref(' https://europa.eu/a b')).to.equal('https://europa.eu/a%20b');
  });
});

describe('safeHref, once per URL', () => {
  /** How many URLs were parsed since: the global URL, counting. */
  const counted = () => {
    const parsed = { count: 0 };
    vi.stubGlobal(
      'URL',
      class extends URL {
        constructor(...args: ConstructorParameters<typeof URL>) {
          super(...args);
          parsed.count++;
        }
      },
    );
    return parsed;
  };
  afterEach(() => vi.unstubAllGlobals());

  it('parses a URL once however often it is linked, and the same answer each time', () => {
    const parsed = counted();
    const url = 'https://europa.eu/once?a b';
    for (let i = 0; i < 3; i++) {
      expect(safeHref(url)).to.equal('https://europa.eu/once?a%20b');
      expect(safeHref('javascript:alert(1)//once')).to.equal(undefined);
    }
    expect(parsed.count).to.equal(2);
  });

  it(`forgets its answers once ${CHECKED_KEPT} URLs were checked, and still answers right`, () => {
    safeHref('https://europa.eu/first');
    for (let i = 0; i < CHECKED_KEPT; i++) safeHref(`https://europa.eu/${i}`);
    const parsed = counted();
    expect(safeHref('https://europa.eu/first')).to.equal('https://europa.eu/first');
    expect(parsed.count).to.equal(1);
  });
});

describe('externalLink', () => {
  it('opens in the same tab by default; in a new one with rel="noopener"', () => {
    const same = markup(externalLink('https://europa.eu/', 'Europa', '_self'));
    expect(tags(same, 'a')).to.deep.equal([{ part: 'link', href: 'https://europa.eu/' }]);
    const blank = markup(externalLink('https://europa.eu/', 'Europa', '_blank'));
    expect(tags(blank, 'a')).to.deep.equal([
      { part: 'link', href: 'https://europa.eu/', target: '_blank', rel: 'noopener' },
    ]);
    expect(textOf(blank)).to.equal('Europa');
  });
});
