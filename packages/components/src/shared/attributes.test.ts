// Attribute parsing: whatever a page gives (any type, any spelling), an allowed value or the fallback.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { RUNS, nasty, quietly } from '../../test/arbitraries.js';
import { intInRange, isoDate, listOf, oneOf, sectionsOf } from './attributes.js';

const el = document.createElement('div');

describe('attribute parsing (property-based)', () => {
  const ALLOWED = ['light', 'dark', 'auto'] as const;

  it('oneOf answers an allowed value or the fallback, for any input of any type', () =>
    quietly(() =>
      fc.assert(
        fc.property(fc.oneof(nasty, fc.anything()), (value) => {
          const result = oneOf(el, 'theme', value as string, ALLOWED, 'light');
          expect(ALLOWED).to.include(result);
        }),
        RUNS,
      ),
    ));

  it('oneOf accepts every allowed value in any case, padded with whitespace', () =>
    fc.assert(
      fc.property(
        fc.constantFrom(...ALLOWED),
        fc.boolean(),
        fc.constantFrom('', ' ', '\t', '\n '),
        (value, upper, pad) => {
          expect(oneOf(el, 'theme', `${pad}${upper ? value.toUpperCase() : value}${pad}`, ALLOWED, 'light')).to.equal(
            value,
          );
        },
      ),
    ));

  it('intInRange answers an integer in range or the fallback, for anything', () =>
    quietly(() =>
      fc.assert(
        fc.property(
          fc.oneof(nasty, fc.anything(), fc.double(), fc.integer()),
          fc.integer({ min: -5, max: 5 }),
          (value, min) => {
            const max = min + 4;
            const result = intInRange(el, 'limit', value, min, max, undefined);
            if (result !== undefined) expect(Number.isInteger(result) && result >= min && result <= max).to.equal(true);
          },
        ),
        RUNS,
      ),
    ));

  it('intInRange keeps every integer in range, written any way a person would', () =>
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.constantFrom('', ' '), (n, pad) => {
        expect(intInRange(el, 'heading-level', `${pad}${n}${pad}`, 2, 6, 2)).to.equal(n);
        expect(intInRange(el, 'heading-level', n, 2, 6, 2)).to.equal(n);
      }),
    ));

  it('listOf answers only known values, for any input', () =>
    quietly(() =>
      fc.assert(
        fc.property(
          fc.oneof(
            nasty,
            fc.anything(),
            fc.array(fc.constantFrom('a', 'b', 'c', ' ', ',', 'X')).map((a) => a.join('')),
          ),
          (value) => {
            const result = listOf(el, 'category', value as string, ['a', 'b', 'c']);
            expect(result.every((v) => ['a', 'b', 'c'].includes(v))).to.equal(true);
          },
        ),
        RUNS,
      ),
    ));

  it('listOf keeps every allowed value of a list in any case, padded with whitespace, in the order given', () =>
    fc.assert(
      fc.property(
        fc.subarray(['education', 'research', 'cross-border'] as const, { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        fc.constantFrom('', ' ', '  ', '\t'),
        (values, upper, pad) => {
          const written = values.map((v, i) => `${pad}${upper[i] ? v.toUpperCase() : v}${pad}`).join(',');
          expect(listOf(el, 'category', written, ['education', 'research', 'cross-border'])).to.deep.equal(values);
        },
      ),
      RUNS,
    ));

  it('isoDate answers a YYYY[-MM[-DD]] string or nothing', () =>
    quietly(() =>
      fc.assert(
        fc.property(fc.oneof(nasty, fc.anything()), (value) => {
          const result = isoDate(el, 'from', value as string);
          if (result !== undefined) expect(result).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        }),
        RUNS,
      ),
    ));
});

describe('sectionsOf', () => {
  it('keeps the fixed order, drops unknown parts, and shows every part when none is valid', () => {
    const ALL = ['policy', 'figures', 'files'] as const;
    quietly(() => {
      expect(sectionsOf(el, ' Files, policy ', ALL)).to.deep.equal(['policy', 'files']);
      expect(sectionsOf(el, 'typo', ALL)).to.deep.equal(ALL);
      expect(sectionsOf(el, undefined, ALL)).to.deep.equal(ALL);
    });
  });
});
