// Data from `src` or `.data` is validated with the data package's schemas; a failure names the bad field.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateData } from './validate-data.js';

const topics = ['programmes', 'trade', 'timeline', 'dialogues', 'assistance', 'overview'] as const;
const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const formatPath = (topic: string, path: (string | number)[]) =>
  path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : `${out}.${k}`), topic);

describe('validateData (property-based)', () => {
  it('rejects any leaf of the real data replaced by a value of another type, naming that field or its parent', async () => {
    const datasets: Record<string, unknown> = Object.fromEntries(
      await Promise.all(
        // The package's files hold the dataset under `data`.
        topics.map(async (t) => [t, (await (await fetch(`/packages/data/dist/json/${t}.json`)).json()).data]),
      ),
    );
    /** Every path to a leaf in a JSON value. */
    const leaves = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]))
        : [path];
    const REPLACEMENTS = [null, -1, Infinity, 'javascript:alert(1)', {}, [], true];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...topics), fc.nat(), fc.nat(), async (topic, pick, which) => {
        const data = structuredClone(datasets[topic]);
        const all = leaves(data);
        const path = all[pick % all.length]!;
        let node = data as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        const original = node[path.at(-1)!];
        const others = REPLACEMENTS.filter((r) => kind(r) !== kind(original));
        node[path.at(-1)!] = others[which % others.length];
        const result = await validateData(topic, data);
        const at = formatPath(topic, path);
        const parent = formatPath(topic, path.slice(0, -1));
        expect(result.ok, `${at} = ${JSON.stringify(node[path.at(-1)!])} accepted`).to.equal(false);
        if (result.ok) return;
        expect(result.problem.reason).to.equal('schema');
        const paths = result.problem.issues!.map((i) => i.path);
        expect(
          paths.some((p) => p === at || p === parent || p.startsWith(`${at}.`) || p.startsWith(`${at}[`)),
          `${at}: issues at ${paths.join(', ')}`,
        ).to.equal(true);
      }),
      { numRuns: 150 },
    );
  });
});
