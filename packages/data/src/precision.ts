/**
 * How precise a date or an amount is, as its source gives it. Needs no zod, so the schema, the
 * content checks, the query helpers and the components all read precision the same way.
 */

/** The precisions a date may have: `2016`, `2016-02` or `2016-02-15`. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How precise a partial ISO date is, read from its form. */
export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The decimals an amount is stated to: its `decimals`, else those its value is written with (91.5 → 1). */
export function decimalsOf(amount: { value: number; decimals?: number | undefined }): number {
  return amount.decimals ?? (String(amount.value).split('.')[1] ?? '').length;
}
