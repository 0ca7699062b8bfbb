// The one HTTP server for every browser check outside web-test-runner (host pages, autoloader,
// consumer projects, benchmarks, Storybook's static build): web-test-runner's own dev server, over
// the repository by default, with bare imports resolved (production builds, as a bundler would
// pick), the test fixtures under /fixtures/ and pages given as strings. `/v1/` and `/v2/` are two
// more paths to the embed folder, for pages that load two copies of it, and `/packages/docs/embed/`
// is where the embed demo finds it (as Storybook serves it); `/embed/` too.
//
//   node scripts/lib/server.mjs [dir]   serves the repository (or dir) and prints "listening on <origin>"
import { startDevServer } from '@web/dev-server';
import { createReadStream, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureServer } from '../../test/fixture-server.mjs';

const repo = fileURLToPath(new URL('../../../..', import.meta.url));
export const EMBED = '/packages/components/dist/embed/';

const embedAliases = (ctx, next) => {
  const alias = /^\/(v1|v2|embed|packages\/docs\/embed)\//.exec(ctx.path);
  if (alias) ctx.url = EMBED + ctx.url.slice(alias[0].length);
  return next();
};

/** The embed folder's files from `dir` instead (a benchmark comparing another build). */
const embedFrom = (dir) => (ctx, next) => {
  const file = dir && ctx.path.startsWith(EMBED) && join(dir, ctx.path.slice(EMBED.length));
  if (!file) return next();
  if (!existsSync(file)) return void (ctx.status = 404); // never this build's file in its place
  ctx.type = extname(file);
  ctx.body = createReadStream(file);
};

/**
 * Starts the server on 127.0.0.1 (port 0: any free port); resolves to { origin, close }.
 * `pages`: path → HTML served before any file (read per request: pages added later are served).
 * `embedDir`: where the embed folder's files come from (default: this build's dist/embed).
 */
export async function serve({ rootDir = repo, port = 0, pages = {}, embedDir } = {}) {
  const inMemory = (ctx, next) => {
    if (ctx.path === '/favicon.ico') return void (ctx.status = 204);
    if (pages[ctx.path] === undefined) return next();
    ctx.type = 'html';
    ctx.body = pages[ctx.path];
  };
  const server = await startDevServer({
    config: {
      rootDir,
      port,
      hostname: '127.0.0.1',
      nodeResolve: { exportConditions: ['production'] },
      middleware: [inMemory, embedAliases, embedFrom(embedDir), fixtureServer],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const origin = `http://127.0.0.1:${server.server.address().port}`;
  return { origin, close: () => server.stop() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin, close } = await serve(process.argv[2] ? { rootDir: process.argv[2] } : {});
  console.log(`listening on ${origin}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => close().then(() => process.exit(0)));
}
