/**
 * The EU's restrictive measures on Belarus (`@eu-belarus/data/restrictive-measures`): listing
 * rounds with the individuals and entities added and the totals after them, prolongations,
 * criteria, sectoral measures, listings under another regime, and what was not found. Each figure
 * cites its sources and quotes (`@eu-belarus/data/quotes`). English text; other languages load on
 * demand (`@eu-belarus/data/content-locales`). Needs no zod.
 */
import { restrictiveMeasures } from '../content/generated/restrictive-measures.js';
import {
  latestStated,
  listingTotals,
  type ListingSeries,
  type TotalsPoint,
  type TotalValue,
} from '../listing-totals.js';
import { measuresTimeline } from '../measures-timeline.js';
import type { RestrictiveMeasures } from '../schema/restrictive-measures.js';

export { restrictiveMeasures, listingTotals, latestStated, measuresTimeline };
export { inPeriod } from '../listing-totals.js';
export { LISTING_SERIES } from '../listing-totals.js';
export type { ListingSeries, OtherTotal, TotalOrigin, TotalsPoint, TotalValue } from '../listing-totals.js';
export { MEASURE_AREAS, MEASURE_REASONS } from '../vocabulary.js';
export type {
  CriterionChange,
  LegalAct,
  ListingFigure,
  ListingRound,
  MeasureArea,
  MeasureReason,
  NotFound,
  OtherFigure,
  OtherRegimeListing,
  Prolongation,
  RestrictiveMeasures,
  SectoralMeasure,
} from '../schema/restrictive-measures.js';

/** The latest totals: what a source last stated for individuals and for entities, with the date. */
export interface LatestTotals {
  individuals?: { date: string; value: TotalValue };
  entities?: { date: string; value: TotalValue };
}

/**
 * The latest stated totals (`memberStates: false` for the Council's own figures only), from the
 * series `listingTotals` gives. The date is the date the figure held for, not today.
 */
export function latestTotals(
  options: { memberStates?: boolean } = {},
  from: RestrictiveMeasures | readonly TotalsPoint[] = restrictiveMeasures,
): LatestTotals {
  const points = Array.isArray(from) ? (from as readonly TotalsPoint[]) : listingTotals(from as RestrictiveMeasures);
  const pick = (series: ListingSeries) => latestStated(points, series, options.memberStates ?? true);
  const individuals = pick('individuals');
  const entities = pick('entities');
  return { ...(individuals ? { individuals } : {}), ...(entities ? { entities } : {}) };
}
