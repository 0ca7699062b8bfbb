// Prints what the data package holds: a quick look after `pnpm start`.
import { datasets, sourcesOf, text, tradeBalance } from '../dist/index.js';

const { overview, dialogues, programmes, trade, timeline, sources, assistance } = datasets;
console.log(`\n${text(overview.title, 'en').text}\n${text(overview.summary, 'en').text}\n`);
console.log(
  `Sources ${sources.length} · dialogues ${dialogues.length} · programmes ${programmes.length} · timeline events ${timeline.length} · assistance figures ${assistance.figures.length}`,
);
console.log('\nProgrammes:');
for (const p of programmes) console.log(`  ${text(p.name, 'en').text} (${p.category}, ${p.scope})`);
console.log('\nGoods trade, EUR billion (EU imports / exports / balance):');
for (const y of trade.goods)
  console.log(
    `  ${y.year}: ${[y.euImports, y.euExports, tradeBalance(y.year)?.balance].map((m) => m?.value.toFixed(1)).join(' / ')}`,
  );
console.log(
  `\nSource of the goods figures: ${sourcesOf(trade.goods[0])
    .map((s) => `${s.publisher}, ${s.url}`)
    .join('; ')}\n`,
);
