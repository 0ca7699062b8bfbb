import type { Fact } from '@eu-belarus/data/helpers';
import { bundledNow } from '../shared/bundled.js';

/** The assistance figure shown as the bilateral envelope. */
const ENVELOPE_ID = 'eni-bilateral-2014-2017';

/** The facts of the bundled trade and assistance data, derived once per page. */
let factsOf: Map<string, Fact> | undefined;

/**
 * The overview's key figures, derived from the bundled content (its topics must have loaded): the
 * latest goods year's EU exports and imports, and the bilateral assistance envelope.
 */
export function overviewKeyFacts(): Fact[] {
  const trade = bundledNow('trade');
  const assistance = bundledNow('assistance');
  const facts = (factsOf ??= bundledNow('derive-facts')({ trade, assistance }));
  const fact = (name: string) => facts.get(name);
  const latest = Math.max(...trade.goods.map((y) => y.year));
  const envelope = assistance.figures.find((f) => f.id === ENVELOPE_ID) ?? assistance.figures[0];
  return [
    fact(`trade.goods.${latest}.euExports`),
    fact(`trade.goods.${latest}.euImports`),
    envelope && fact(`assistance.${envelope.id}`),
  ].filter((f): f is Fact => f !== undefined);
}
