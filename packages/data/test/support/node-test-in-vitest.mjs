// `node:test` for vitest: the data package's tests are node:test files (`pnpm test` runs them with
// `node --test`); mutation testing runs the same files in vitest, in one process, where StrykerJS
// knows which test reaches which mutant (vitest.config.mjs maps `node:test` here).
import { describe as vDescribe, test as vTest } from 'vitest';

/** node:test's `(name, options?, fn)` as vitest's `(name, fn)`, with `{ skip }` honoured. */
const adapt = (run) => (name, options, fn) => {
  if (typeof options === 'function') return run(name, options);
  if (options?.skip) return run.skip(name, fn);
  return run(name, fn);
};

export const test = adapt(vTest);
export const it = test;
export const describe = adapt(vDescribe);
export default test;
