// Validates the content, then writes dist/json/<topic>.json (the dataset under `data`, with the
// content's `contentVersion` and `asOf`) and dist/json-schema/<topic>.schema.json (the schema of
// that file). Any invalid field fails the build with its path.
import { mkdir, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { checkDatasets } from '../dist/check.js';
import { asOf, contentVersion, datasets } from '../dist/index.js';
import { TOPICS, topicFileSchema } from '../dist/schema/index.js';

const errors = checkDatasets(datasets);
if (errors.length) {
  console.error(`@eu-belarus/data: ${errors.length} invalid field(s):\n  ${errors.join('\n  ')}`);
  process.exit(1);
}

const out = new URL('../dist/', import.meta.url);
await mkdir(new URL('json/', out), { recursive: true });
await mkdir(new URL('json-schema/', out), { recursive: true });
for (const topic of TOPICS) {
  const schema = {
    ...z.toJSONSchema(topicFileSchema(topic), { io: 'input', reused: 'ref' }),
    title: `@eu-belarus/data ${topic}`,
  };
  await writeFile(
    new URL(`json/${topic}.json`, out),
    JSON.stringify({ topic, contentVersion, asOf, data: datasets[topic] }, null, 2) + '\n',
  );
  await writeFile(new URL(`json-schema/${topic}.schema.json`, out), JSON.stringify(schema, null, 2) + '\n');
}
console.log(
  `@eu-belarus/data: ${TOPICS.length} topics valid (content ${contentVersion}); wrote dist/json and dist/json-schema`,
);
