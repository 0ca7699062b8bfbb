// Arbitraries (fast-check) shared by the property-based tests: strings that break naive parsers,
// every locale, scheme spellings that browsers accept.
import { LOCALES } from '@eu-belarus/data/text';
import fc from 'fast-check';

export const RUNS = { numRuns: 300 };

/** Runs `run` with console.warn silenced: warnings are part of the contract, but thousands of them are noise. */
export const quietly = <R>(run: () => R): R => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return run();
  } finally {
    console.warn = warn;
  }
};

/** Strings with the characters that break naive parsers: controls, bidi, zero-width, lone surrogates, emoji. */
export const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '\u202Eevil', '\u200B', '\uD800', '\uDC00', '😀🇧🇾', '\t\n', 'null', 'NaN', '1e309', '-0'),
);
export const locale = fc.constantFrom(...LOCALES);

/** A URL scheme as a page might spell it: leading whitespace or controls, upper case, a tab inside. */
export const schemeVariants = (scheme: string) =>
  fc
    .tuple(
      fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u0001 '),
      fc.boolean(),
      fc.constantFrom('', '\t', '\n', '\r'),
      fc.string(),
    )
    .map(([lead, upper, inner, rest]) => {
      const s = upper ? scheme.toUpperCase() : scheme;
      const cut = Math.floor(s.length / 2);
      return `${lead}${s.slice(0, cut)}${inner}${s.slice(cut)}:${rest}`;
    });
