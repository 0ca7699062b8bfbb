// Properties: single breaking changes to the real content (a random sample) are rejected with
// path-named errors, checkDatasets never throws on them, and no schema throws on any value.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkDatasets } from '../dist/check.js';
import { datasets } from '../dist/index.js';
import { TOPICS, TopicSchemas } from '../dist/schema/index.js';

const formatPath = (keys) => keys.reduce((out, k) => (typeof k === 'number' ? `${out}[${k}]` : `${out}.${k}`));
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const DATE = /^\d{4}(?:-\d{2}){0,2}$/;
/** Keys that every schema having them requires. */
const REQUIRED = new Set([
  'id',
  'en',
  'sources',
  'title',
  'name',
  'kind',
  'value',
  'currency',
  'scale',
  'year',
  'euImports',
  'euExports',
  'inwardStocks',
  'outwardStocks',
  'start',
  'precision',
  'category',
  'scope',
  'quantity',
  'label',
  'status',
  'history',
  'direction',
  'main',
  'partner',
  'rank',
  'share',
  'publisher',
  'statements',
  'prioritySets',
  'priorities',
  'owner',
  'aims',
  'sections',
  'partners',
  'flows',
  'goods',
  'text',
]);
const BAD_DATES = [
  '2016-13',
  '2016-02-30',
  '2016-00',
  '16-02-01',
  '2016/02/01',
  '2016-2',
  '2016-02-1',
  'February 2016',
];
const WRONG_TYPES = [42, 'text', true, null, [], {}];

/** Every node of the content: its path (topic first) and value. */
const nodes = [];
(function collect(value, keys) {
  nodes.push({ keys, value });
  if (Array.isArray(value)) value.forEach((v, i) => collect(v, [...keys, i]));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) collect(v, [...keys, k]);
})(datasets, []);
const citable = nodes.filter(
  (n) =>
    n.keys.length > 1 &&
    n.keys[0] !== 'sources' &&
    isObject(n.value) &&
    Array.isArray(n.value.sources) &&
    typeof n.value.id === 'string',
);

/** Each mutation: where it applies, what it does at the node (returns what it did), and where its error must be. */
const MUTATIONS = {
  'delete a required field': {
    applies: (n) => REQUIRED.has(n.keys.at(-1)) && typeof n.keys.at(-1) === 'string',
    apply: (parent, key) => (delete parent[key], 'deleted'),
  },
  'replace with a wrong type': {
    applies: (n) => n.keys.length > 1,
    apply: (parent, key, pick) => {
      const wrong = WRONG_TYPES.filter(
        (w) => typeof w !== typeof parent[key] || Array.isArray(w) !== Array.isArray(parent[key]),
      );
      parent[key] = wrong[pick % wrong.length];
      return JSON.stringify(parent[key]);
    },
  },
  'empty a text': {
    applies: (n) => typeof n.value === 'string',
    apply: (parent, key, pick) => ((parent[key] = ['', ' ', '\n\t'][pick % 3]), JSON.stringify(parent[key])),
  },
  'empty a localized text': {
    applies: (n) => isObject(n.value) && typeof n.value.en === 'string',
    apply: (parent, key, pick) => {
      const locale = ['en', 'be', 'ru'][pick % 3];
      parent[key][locale] = '';
      return locale;
    },
  },
  'break a date': {
    applies: (n) => typeof n.value === 'string' && DATE.test(n.value),
    apply: (parent, key, pick) => (parent[key] = BAD_DATES[pick % BAD_DATES.length]),
  },
  'make a number invalid': {
    applies: (n) => typeof n.value === 'number',
    apply: (parent, key, pick) => (parent[key] = [-1, NaN, Infinity, -0.5][pick % 4]),
  },
  'cite an unknown source': {
    applies: (n) => Array.isArray(n.value) && n.keys.at(-1) === 'sources' && n.keys[0] !== 'sources',
    apply: (parent, key, pick) => {
      const list = parent[key];
      list[pick % (list.length + 1)] = 'no-such-source';
      return 'no-such-source';
    },
  },
  'add an unknown field': {
    applies: (n) => isObject(n.value) && n.keys.length > 1,
    apply: (parent, key) => ((parent[key].bogus = 1), 'bogus'),
  },
  'use plain http': {
    applies: (n) => typeof n.value === 'string' && n.value.startsWith('https://'),
    apply: (parent, key) => (parent[key] = parent[key].replace('https:', 'http:')),
  },
  'reuse another item’s id': {
    applies: (n) => citable.includes(n),
    apply: (parent, key, pick) => {
      const others = citable.filter((c) => c.value.id !== parent[key].id);
      parent[key].id = others[pick % others.length].value.id;
      return parent[key].id;
    },
    anywhere: true, // the error lands on whichever of the two comes later: its message is checked
  },
};

const candidates = [];
for (const node of nodes)
  for (const [name, m] of Object.entries(MUTATIONS))
    if (node.keys.length > 1 && m.applies(node)) candidates.push({ ...node, name, mutation: m });

const PATH = new RegExp(`^(${TOPICS.join('|')})((\\.[A-Za-z$_][\\w$]*)|(\\[\\d+\\]))*: \\S`);
const pathOf = (error) => error.slice(0, error.indexOf(': '));
const related = (a, b) =>
  a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b.startsWith(`${a}.`) || b.startsWith(`${a}[`);

// Each of the candidates takes a full check (about 20 ms), too slow to try all: a random sample is.
// Mutation testing (stryker.config.mjs) runs this file once per mutant, with a smaller sample.
const SAMPLE = Number(process.env.PROPERTY_SAMPLE ?? 1500);
const byKind = Object.fromEntries(Object.keys(MUTATIONS).map((k) => [k, candidates.filter((c) => c.name === k)]));
test(`${SAMPLE} random single mutations (of ${candidates.length} candidates, each kind alike) of the real content are each rejected with a path-named error`, () => {
  const seen = new Set();
  fc.assert(
    // The kind first, then a place of that kind: rare kinds are tried as often as common ones.
    fc.property(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), fc.nat(1000), (kind, index, pick) => {
      const ofKind = byKind[kind];
      const { keys, name, mutation } = ofKind[index % ofKind.length];
      const copy = structuredClone(datasets);
      const parent = keys.slice(0, -1).reduce((o, k) => o[k], copy);
      const what = mutation.apply(parent, keys.at(-1), pick);
      const at = formatPath(keys);
      let errors;
      assert.doesNotThrow(() => (errors = checkDatasets(copy)), `checkDatasets threw after "${name}" at ${at}`);
      assert.ok(Array.isArray(errors) && errors.length > 0, `not rejected: ${name} at ${at} (${what})`);
      for (const e of errors) assert.match(e, PATH, `not a path-named error after "${name}" at ${at}`);
      if (mutation.anywhere)
        assert.ok(
          errors.some((e) => e.includes(`duplicate id "${what}"`)),
          `no duplicate-id error after "${name}" at ${at} (${what}):\n  ${errors.join('\n  ')}`,
        );
      else
        assert.ok(
          errors.some((e) => related(pathOf(e), at)),
          `no error at or around ${at} after "${name}" (${what}):\n  ${errors.join('\n  ')}`,
        );
      seen.add(name);
    }),
    // The message of a failed assertion (what was not rejected, and where) is printed, not only the counterexample.
    { numRuns: SAMPLE, includeErrorInReport: true },
  );
  assert.ok(seen.size >= Math.min(8, SAMPLE / 10), `only ${seen.size} kinds of mutation were tried`);
});

test('every kind of mutation applies somewhere in the content', () => {
  for (const name of Object.keys(MUTATIONS))
    assert.ok(
      candidates.some((c) => c.name === name),
      name,
    );
});

test('no schema throws on any value', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...TOPICS),
      fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true }),
      (topic, value) => void TopicSchemas[topic].safeParse(value),
    ),
    { numRuns: 300 },
  );
});
