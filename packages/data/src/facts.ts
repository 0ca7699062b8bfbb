/**
 * Named, sourced figures for citing one number in running text (`<eu-fact name="…">`).
 *
 * Every fact is derived from the content: a trade year, an assistance figure or a programme
 * figure. Nothing here is kept by hand, so a corrected figure in the content corrects its fact.
 * Names:
 *
 * - `trade.goods.<year>.euImports|euExports|euBalance`
 * - `trade.services.<year>.euImports|euExports` (and `euBalance` when the source states one)
 * - `trade.investment.<year>.inwardStocks|outwardStocks`
 * - `trade.shares.<figureId>` (the EU's share in Belarus' imports or exports in a year)
 * - `assistance.<figureId>`
 * - `programmes.<programmeId>.<figureId>`
 * - `restrictive-measures.latest|council.individuals|entities` (the latest stated totals, by
 *   anyone or by the Council) and `restrictive-measures.<date>.individuals|entities`
 *
 * This module needs no zod: it reads the plain content.
 */
import { assistance } from './content/generated/assistance.js';
import { programmes } from './content/generated/programmes.js';
import { restrictiveMeasures } from './content/generated/restrictive-measures.js';
import { trade } from './content/generated/trade.js';
import { deriveFacts, type Fact } from './derive-facts.js';

export * from './derive-facts.js';

/** Every fact of the bundled content, by name. */
export const facts: ReadonlyMap<string, Fact> = deriveFacts({
  trade,
  assistance,
  programmes,
  'restrictive-measures': restrictiveMeasures,
});

/** The names of every bundled fact, in content order. */
export function factNames(): string[] {
  return [...facts.keys()];
}

/** The bundled fact with this name, or `undefined`. */
export function fact(name: string): Fact | undefined {
  return facts.get(name.trim());
}
