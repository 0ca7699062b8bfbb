/**
 * Numbers as written in sources and in the content: "1,000", "1 000" and "1000" are one number,
 * "14.7" and "14,7" another, and an English source that spells a small number ("seven
 * enterprises") states it too. Used to check that every figure's number is in one of its quotes.
 */

/** English number words up to twenty, as sources spell small counts. */
const WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );

/** Every number written in `text`, each with the values it can mean ("1,000": 1000 or 1.0). */
export function numbersIn(text: string): number[][] {
  const found: number[][] = [];
  // Digit groups joined by one separator each: comma, point, space, no-break or thin space.
  for (const match of text.matchAll(/\d+(?:[.,\u0020\u00a0\u202f]\d+)*/g)) {
    const token = match[0].replace(/[\u0020\u00a0\u202f]+$/, '');
    found.push(readings(token));
  }
  for (const match of text.matchAll(/[a-z]+/gi)) {
    const value = WORDS.indexOf(match[0].toLowerCase());
    if (value > 0) found.push([value]);
  }
  return found;
}

/** The values a written number can mean, from its separators. */
function readings(token: string): number[] {
  const parts = token.split(/[.,\u0020\u00a0\u202f]/);
  if (parts.length === 1) return [Number(token)];
  const grouped = parts.slice(1).every((p) => p.length === 3) && parts[0]!.length <= 3;
  const values = new Set<number>();
  if (grouped) values.add(Number(parts.join('')));
  // One point or comma between two digit runs may be a decimal mark ("14.7", "14,7").
  if (parts.length === 2 && /^\d+[.,]\d+$/.test(token)) values.add(Number(token.replace(',', '.')));
  // A space joining non-groups ("2014 2020") is two numbers; so is anything else unreadable.
  if (!values.size) for (const p of parts) values.add(Number(p));
  return [...values];
}

/** True when `value` is written in `text` in any of the accepted forms. */
export function mentions(text: string, value: number): boolean {
  return numbersIn(text).some((readings) => readings.some((r) => Math.abs(r - value) < 1e-9));
}
