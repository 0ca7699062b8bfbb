// Answers test requests under /fixtures/<kind>/<topic>.json: real data, broken data and failing
// servers, for web-test-runner and for the server of scripts/lib/server.mjs (koa middleware).
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

const dataJson = (topic) => readFile(new URL(`../../data/dist/json/${topic}.json`, import.meta.url), 'utf8');
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What /fixtures/valid and /fixtures/slow write before every text of their data. */
export const MARK = 'FIXTURE';

/**
 * The topic's file changed visibly and still valid: `mark` before every text (in every locale),
 * `add` added to every sum of money and count. An element that shows its bundled data instead
 * of the data it loaded is caught by a test that looks for them.
 */
async function markedJson(topic, mark = MARK, add = 1000) {
  const visit = (value) => {
    if (Array.isArray(value)) return value.map(visit);
    if (!value || typeof value !== 'object') return value;
    const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
    if (typeof value.en === 'string')
      for (const [k, v] of Object.entries(copy)) if (typeof v === 'string') copy[k] = `${mark} ${v}`;
    if ((value.kind === 'money' || value.kind === 'count') && typeof value.value === 'number') copy.value += add;
    return copy;
  };
  const file = JSON.parse(await dataJson(topic));
  return JSON.stringify({ ...file, data: visit(file.data) });
}

/**
 * What became of each slow or held request with a `run` id: `pending`, `sent`, or `aborted` when the
 * client went away before the answer (a superseded load must cancel its request). Read it at
 * /fixtures/request?run=<id>.
 */
const requests = new Map();

/** Held requests' releases by `run` id: a held request answers once its run is released. */
const releases = new Map();
const releaseOf = (run) => {
  if (!releases.has(run)) {
    let release;
    releases.set(run, Object.assign(new Promise((resolve) => (release = resolve)), { release }));
  }
  return releases.get(run);
};

/** Answers that never change: [status, content type, body] or [status, { headers }]. */
const FIXED = {
  'server-error': [500, 'text/plain', 'Internal Server Error'],
  'not-found': [404, 'text/plain', 'Not Found'],
  html: [200, 'text/html', '<!doctype html><title>Not JSON</title><p>Oops</p>'],
  'bad-json': [200, 'application/json', '{"programmes": ['],
  // Valid JSON, but not the topic's shape at all.
  'wrong-schema': [200, 'application/json', JSON.stringify({ hello: 'world', items: [1, 2, 3] })],
  // Over 5 MB, with its Content-Length.
  huge: [200, 'application/json', () => `["${'x'.repeat(5 * 1024 * 1024 + 10)}"]`],
  'redirect-javascript': [302, { Location: 'javascript:alert(1)' }],
  'redirect-data': [302, { Location: 'data:application/json,{"programmes":[]}' }],
};

/** A JSON array of one string made of `pieces`, streamed without a Content-Length. */
const streamedString = (pieces) =>
  Readable.from(
    (async function* () {
      yield '["';
      yield* pieces;
      yield '"]';
    })(),
  );

/** @type {Record<string, (ctx: any, topic: string) => Promise<void>>} */
const routes = {
  // The topic's data, visibly marked (see markedJson); `?mark=` and `?add=` choose the marks, `?mark=none`: the package's file as it is.
  valid: async (ctx, topic) => {
    ctx.type = 'application/json';
    ctx.body =
      ctx.query.mark === 'none'
        ? await dataJson(topic)
        : await markedJson(topic, ctx.query.mark, Number(ctx.query.add ?? 1000));
  },
  // The first item (the package's files hold the dataset under `data`) loses its id: a schema error with a path.
  invalid: async (ctx, topic) => {
    const file = JSON.parse(await dataJson(topic));
    delete (Array.isArray(file.data) ? file.data[0] : file.data).id;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(file);
  },
  // The marked data after `?ms=` (1500); with `?run=<id>`, what became of the request is kept.
  slow: async (ctx, topic) => {
    const run = ctx.query.run;
    if (run) {
      requests.set(run, 'pending');
      ctx.res.on('close', () => requests.get(run) === 'pending' && requests.set(run, 'aborted'));
    }
    await delay(Number(ctx.query.ms ?? 1500));
    if (run && requests.get(run) === 'pending') requests.set(run, 'sent');
    await routes.valid(ctx, topic);
  },
  // The marked data once the test releases `?run=<id>` (/fixtures/release?run=<id>; at once if already
  // released), kept like a slow request's: a loading state lasts as long as the test needs, however
  // busy the machine, where a fixed `?ms=` could run out before the test looked.
  held: async (ctx, topic) => {
    const run = ctx.query.run;
    requests.set(run, 'pending');
    const closed = new Promise((resolve) => ctx.res.on('close', resolve));
    closed.then(() => requests.get(run) === 'pending' && requests.set(run, 'aborted'));
    await Promise.race([releaseOf(run), closed]);
    // Cancelled: nothing to answer (204, so the runner does not list it as a missing file).
    if (requests.get(run) !== 'pending') return void (ctx.status = 204);
    requests.set(run, 'sent');
    await routes.valid(ctx, topic);
  },
  // 6 MB: the element must stop at its limit, not trust a header.
  'huge-chunked': async (ctx) => {
    ctx.type = 'application/json';
    ctx.body = streamedString(
      (async function* () {
        for (let i = 0; i < 24; i++) {
          yield 'x'.repeat(256 * 1024);
          await delay(1);
        }
      })(),
    );
  },
  // 'Ж' (2 bytes each in UTF-8) 2 bytes over 5 MB, in 2.6 million characters.
  multibyte: async (ctx) => {
    ctx.type = 'application/json';
    const letters = 'Ж'.repeat(64 * 1024);
    const total = (5 * 1024 * 1024) / 2 - 1;
    ctx.body = streamedString(
      (function* () {
        for (let sent = 0; sent < total; sent += letters.length)
          yield letters.slice(0, Math.min(letters.length, total - sent));
      })(),
    );
  },
  // Never answers, until the client goes away.
  hang: (ctx) => new Promise((resolve) => ctx.req.on('close', resolve)),
};

export async function fixtureServer(ctx, next) {
  if (ctx.path === '/fixtures/request') {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { run: ctx.query.run, state: requests.get(ctx.query.run) ?? 'unknown' };
    return;
  }
  if (ctx.path === '/fixtures/release') {
    ctx.set('Cache-Control', 'no-store');
    releaseOf(ctx.query.run).release();
    ctx.body = { run: ctx.query.run, released: true };
    return;
  }
  const match = /^\/fixtures\/([a-z-]+)\/([a-z-]+)\.json$/.exec(ctx.path);
  if (!match || !(routes[match[1]] || FIXED[match[1]])) return next();
  ctx.set('Cache-Control', 'no-store');
  if (routes[match[1]]) return routes[match[1]](ctx, match[2]);
  const [status, type, body] = FIXED[match[1]];
  ctx.status = status;
  if (typeof type === 'object') return void ctx.set(type);
  ctx.type = type;
  ctx.body = typeof body === 'function' ? body() : body;
}
