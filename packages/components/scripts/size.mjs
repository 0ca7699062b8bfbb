// `pnpm size`: the size budgets of .size-limit.mjs. First every budget with its figure, known
// misses included (they carry `pending`: what stands in the way; they never fail this step), then
// size-limit again on the met budgets only, failing if one of them regresses. Loading the config
// also fails the step when code meant to load on demand is found among what a page loads up front.
import { spawnSync } from 'node:child_process';

const sizeLimit = (env, ...args) =>
  spawnSync('size-limit', args, { stdio: 'inherit', shell: true, env: { ...process.env, ...env } }).status;

sizeLimit({ SIZE_ALL: '1' });
// The check takes the met budgets only, also when SIZE_ALL was set for the step (`SIZE_ALL=1 pnpm size`).
delete process.env.SIZE_ALL;
const { default: met } = await import(new URL('../.size-limit.mjs', import.meta.url).href);
if (!met.length) {
  console.log('size: no budget is met yet, so none guards against a regression; the known misses are above.');
  process.exit(0);
}
process.exit(sizeLimit({}, '--hide-passed'));
