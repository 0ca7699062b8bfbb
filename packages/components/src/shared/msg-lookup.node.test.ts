// The built bundles' translation lookup (msg-lookup.ts) finds each string by the key the build
// gave it in the strings chunks (rollup.strings.mjs): the two must compute the same key, or a page
// in any language but English would read English.
import { str } from '@lit/localize/internal/str-tag.js';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the build's plain-JavaScript module has no types
import { keyOfText } from '../../rollup.strings.mjs';
import { keyOf, runtimeMsg } from './msg-lookup.js';

const lookUp = (templates: Record<string, unknown>, template: unknown) =>
  runtimeMsg(templates as never, template as never, undefined);

describe('msg-lookup', () => {
  it('keys a string as the build keys it', () => {
    for (const text of ['Try again', 'Λήψη των δεδομένων…', '', 'a\u001eb', 'x'.repeat(500)])
      expect(keyOf(text), text.slice(0, 20)).toBe(keyOfText(text));
    expect(keyOf(['Source ', '', ' of ', ''])).toBe(keyOfText(['Source ', '', ' of ', '']));
    expect(keyOf(['Source ', ''])).not.toBe(keyOf('Source '));
    expect(keyOf('Try again')).not.toBe(keyOf('Try agaim'));
  });

  it('finds a translation, puts a template’s values in its order, else shows the source text', () => {
    const from = (a: string, b: string) => str`from ${a} to ${b}`;
    const translated = { strTag: true, strings: Object.assign(['bis ', ' ab ', ''], { raw: [] }), values: [1, 0] };
    const templates = { [keyOf('Try again')]: 'Nochmal', [keyOf(from('', '').strings)]: translated };
    expect(lookUp(templates, 'Try again')).toBe('Nochmal');
    expect(lookUp(templates, from('2014', '2020'))).toBe('bis 2020 ab 2014');
    expect(lookUp(templates, 'Not translated')).toBe('Not translated');
    expect(lookUp(templates, str`only ${'source'}`)).toBe('only source');
    expect(lookUp({}, from('a', 'b'))).toBe('from a to b');
  });
});
