import { warnOnce } from './warn.js';

/**
 * Attribute parsing: each function takes what an attribute or a script gave (any type), answers
 * the normalised value (trimmed, lower case) or a fallback, and warns once per element and
 * attribute about a value it cannot use. Elements assign the answer back to the property in
 * `willUpdate`, so the normalised value is the one rendered, styled and reflected.
 */

/**
 * The converter of a numeric attribute: the text as written. `willUpdate` parses it, so a bad
 * value is quoted as the page wrote it ("20x7", not "NaN") and an empty one means "not set".
 */
export const asWritten = { fromAttribute: (value: string | null): string | null => value };

/** The value if it is one of `allowed` (in any case, padded or not); otherwise the fallback, with a console warning. */
export function oneOf<T extends string>(
  element: Element,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === null || value === undefined || value === '') return fallback;
  // Properties set from script may be of any type; attributes are always strings.
  const normalized = asText(value).trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  warnOnce(element, attribute, `"${asText(value)}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}

/** An integer within [min, max], else the fallback with a warning. */
export function intInRange(
  element: Element,
  attribute: string,
  value: unknown,
  min: number,
  max: number,
  fallback: number | undefined,
): number | undefined {
  if (value === null || value === undefined || value === '') return fallback;
  const n = typeof value === 'number' ? value : Number(asText(value).trim());
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  warnOnce(
    element,
    attribute,
    `"${asText(value)}" is not a whole number from ${min} to ${max}; using ${fallback ?? 'none'}.`,
  );
  return fallback;
}

/** A comma-separated list filtered to known values; unknown entries are dropped with a warning. */
export function listOf<T extends string>(
  element: Element,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
): T[] {
  if (!value) return [];
  const entries = asText(value)
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  const unknown = entries.filter((v) => !(allowed as readonly string[]).includes(v));
  if (unknown.length)
    warnOnce(
      element,
      attribute,
      `ignoring ${unknown.map((u) => `"${u}"`).join(', ')}; expected any of ${allowed.join(', ')}.`,
    );
  return entries.filter((v): v is T => (allowed as readonly string[]).includes(v));
}

/** An ISO date prefix (YYYY, YYYY-MM or YYYY-MM-DD), else undefined with a warning. */
export function isoDate(element: Element, attribute: string, value: unknown): string | undefined {
  if (!value) return undefined;
  const trimmed = asText(value).trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(trimmed)) return trimmed;
  warnOnce(element, attribute, `"${asText(value)}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); ignoring it.`);
  return undefined;
}

/** A value set from script as text; one whose conversion throws (a hostile `toString`) is empty. */
function asText(value: unknown): string {
  try {
    return typeof value === 'string' ? value : String(value);
  } catch {
    return '';
  }
}

/**
 * The parts a `sections` attribute chooses, in their fixed order. Nothing valid chosen (absent,
 * or only typos) shows every part rather than an empty box.
 */
export function sectionsOf<S extends string>(element: Element, value: unknown, all: readonly S[]): readonly S[] {
  const chosen = listOf(element, 'sections', value, all);
  return chosen.length ? all.filter((s) => chosen.includes(s)) : all;
}
