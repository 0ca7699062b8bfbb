// Which supported language a language tag names (the rest of locale resolution needs a page:
// locale.test.ts).
import { LOCALES } from '@eu-belarus/data/text';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUNS, locale, nasty } from '../../test/arbitraries.js';
import { supportedLocale } from './locale.js';

describe('supportedLocale', () => {
  it('maps region subtags to the language and refuses unknown tags', () => {
    expect(supportedLocale('pt-BR')).to.equal('pt');
    expect(supportedLocale('be-BY')).to.equal('be');
    expect(supportedLocale('DE_at')).to.equal('de');
    expect(supportedLocale(' ru ')).to.equal('ru');
    expect(supportedLocale('ja')).to.be.undefined;
    expect(supportedLocale('')).to.be.undefined;
    expect(supportedLocale(null)).to.be.undefined;
    expect(supportedLocale(undefined)).to.be.undefined;
  });
});

describe('supportedLocale (property-based)', () => {
  it('supportedLocale answers a supported locale or nothing, for any string', () =>
    fc.assert(
      fc.property(fc.oneof(nasty, fc.constant(null), fc.constant(undefined)), (tag) => {
        const result = supportedLocale(tag);
        if (result !== undefined) expect(LOCALES).to.include(result);
      }),
      RUNS,
    ));

  it('supportedLocale finds the language of any well-formed tag of a supported language', () =>
    fc.assert(
      fc.property(
        locale,
        fc.constantFrom('', '-BY', '_by', '-Latn', '-u-nu-latn', '-419'),
        fc.boolean(),
        (lang, rest, upper) => {
          const tag = `${upper ? lang.toUpperCase() : lang}${rest}`;
          expect(supportedLocale(tag)).to.equal(lang);
          expect(supportedLocale(` ${tag} `)).to.equal(lang);
        },
      ),
    ));
});
