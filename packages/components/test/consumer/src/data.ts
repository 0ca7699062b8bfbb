// The data package as a TypeScript project uses it: typed imports, JSON and schemas. Run in Node
// (compiled under nodenext), it fails with what differs from the published data.
import {
  contentVersion,
  datasets,
  programmes as fromRoot,
  sourcesOf,
  text,
  tradeBalance,
  type LocalizedText,
  type Programme,
} from '@eu-belarus/data';
import { programmes, programmesBy, type ProgrammeCategory } from '@eu-belarus/data/programmes';
import { TopicSchemas, validateTopic, Programme as ProgrammeSchema, type TopicData } from '@eu-belarus/data/schema';
import programmesJson from '@eu-belarus/data/json/programmes.json' with { type: 'json' };

const first: Programme = programmes[0]!;
const title: string = text(first.name, 'be').text;
const category: ProgrammeCategory = first.category;
const label: LocalizedText = first.summary;
const checked = validateTopic('programmes', TopicSchemas.programmes, programmesJson.data);
if (!checked.ok) throw new Error(checked.errors.join('\n'));
const typed: TopicData<'programmes'> = checked.data;
const one = ProgrammeSchema.parse(programmesJson.data[0]);
const balance = tradeBalance(2016);
// @ts-expect-error an unknown category is a type error
programmesBy({ category: ['sport'] });
// @ts-expect-error a period is an object, not a string
const wrong: string = first.period;
void wrong;

const found = {
  programmes: [programmes.length, typed.length],
  contentVersion: programmesJson.contentVersion === contentVersion,
  languages: {
    root: fromRoot[0]!.summary.be !== undefined,
    subpathEnglishOnly: programmes[0]!.summary.be === undefined,
  },
  first: [title, one.id],
  balance2016: balance && `${balance.balance.value} ${balance.balance.scale} (${balance.origin})`,
  crossBorder: programmesBy({ category: ['cross-border'] }).map((p) => p.id),
  jsonSchema: import.meta.resolve('@eu-belarus/data/json-schema/programmes.schema.json').split('/node_modules/')[1],
  topics: Object.keys(datasets).length,
};
const expected: typeof found = {
  programmes: [8, 8],
  contentVersion: true,
  languages: { root: true, subpathEnglishOnly: true },
  first: ['Erasmus+', 'erasmus-plus'],
  balance2016: '2 billion (stated)',
  crossBorder: ['poland-belarus-ukraine-cbc', 'latvia-lithuania-belarus-cbc'],
  jsonSchema: '@eu-belarus/data/dist/json-schema/programmes.schema.json',
  topics: 9, // every topic, quotes and restrictive measures included
};
for (const key of Object.keys(expected) as (keyof typeof found)[])
  if (JSON.stringify(found[key]) !== JSON.stringify(expected[key]))
    throw new Error(`${key}: expected ${JSON.stringify(expected[key])}, got ${JSON.stringify(found[key])}`);
console.log(
  `${category} "${title}": ${label.en.slice(0, 40)}…; source ${sourcesOf(first)[0]!.publisher}; ${JSON.stringify(found)}`,
);
