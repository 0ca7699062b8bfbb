// Data from \`src\` or \`.data\` is validated with the data package's schemas; a failure names the bad field.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateData } from './validate-data.js';

describe('validateData (property-based)', () => {
  it('reports a path for any single corruption of the real data', async () => {
    const topics = ['programmes', 'trade', 'timeline', 'dialogues', 'assistance', 'overview'] as const;
    const datasets: Record<string, unknown> = Object.fromEntries(
      await Promise.all(
        topics.map(async (t) => [
          t,
          // The package's files hold the dataset under `data`.
          (await (await fetch(`/fixtures/valid/${t}.json`)).json()).data,
        ]),
      ),
    );
    /** Every path to a leaf in a JSON value. */
    const leaves = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]))
        : [path];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...topics),
        fc.nat(),
        fc.constantFrom(null, -1, Infinity, '', 'javascript:alert(1)', {}, [], true, '\uD800', 'x'.repeat(10_000)),
        async (topic, pick, replacement) => {
          const data = structuredClone(datasets[topic]);
          const all = leaves(data);
          const path = all[pick % all.length]!;
          let node = data as Record<string | number, unknown>;
          for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
          node[path.at(-1)!] = replacement;
          const result = await validateData(topic, data);
          if (!result.ok) {
            expect(result.problem.reason).to.equal('schema');
            expect(result.problem.issues!.every((i) => i.path.length > 0)).to.equal(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
