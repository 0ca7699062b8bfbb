/**
 * The built bundles' translation lookup, in place of lit-localize's `runtimeMsg` (the build swaps
 * the import in localize.ts: rollup.strings.mjs). A string's key is a short hash of its source
 * text, and the build keys the strings chunks the same way, so looking a translation up takes a
 * few lines instead of lit-localize's 64-bit hash (0.6 kB gzip that every page in a language other
 * than English loaded). Sources served unbuilt (the tests, Storybook's dev server) keep lit-localize's.
 */
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import type { runtimeMsg as litRuntimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { joinStringsAndValues, type StrResult } from '@lit/localize/internal/str-tag.js';

/**
 * A string's key: FNV-1a (32 bits) of its text (a str`` template's parts joined by U+001E, as
 * lit-localize joins them), its top 24 bits in base 36. rollup.strings.mjs computes the same
 * (`keyOf`) and fails the build if two strings would share one.
 */
export function keyOf(strings: string | readonly string[]): string {
  const text = typeof strings === 'string' ? strings : strings.join('\x1e');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 8).toString(36);
}

/** The source text (str`` templates joined): `defaultMsg` retyped, so `lit-localize extract` does not take it for a message. */
const sourceText = defaultMsg as (template: unknown) => string;

/** The translation of `template` (a string, or a str`` template with its values put in their translated order), else its source text. */
export const runtimeMsg: typeof litRuntimeMsg = (templates, template) => {
  const source = template as string | StrResult;
  const localized = templates?.[keyOf(typeof source === 'string' ? source : source.strings)] as
    string | StrResult | undefined;
  if (typeof localized === 'string') return localized;
  if (localized && typeof source !== 'string')
    return joinStringsAndValues(localized.strings, source.values, localized.values as number[]);
  return sourceText(source);
};
