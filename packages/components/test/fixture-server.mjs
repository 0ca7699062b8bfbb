// Answers test requests under /fixtures/<kind>/<topic>.json: real data, broken data and failing
// servers, for web-test-runner and for the server of scripts/lib/server.mjs (koa middleware).
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

const dataJson = (topic) => readFile(new URL(`../../data/dist/json/${topic}.json`, import.meta.url), 'utf8');
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {Record<string, (ctx: any, topic: string) => Promise<void>>} */
const routes = {
  valid: async (ctx, topic) => {
    ctx.type = 'application/json';
    ctx.body = await dataJson(topic);
  },
  // The first item loses its id and gets an end date before its start: two schema errors with paths.
  invalid: async (ctx, topic) => {
    const file = JSON.parse(await dataJson(topic));
    // The package's files hold the dataset under `data`, beside the content's version and date.
    const data = file.data;
    const first = Array.isArray(data) ? data[0] : data;
    delete first.id;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(file);
  },
  slow: async (ctx, topic) => {
    await delay(Number(ctx.query.ms ?? 1500));
    ctx.type = 'application/json';
    ctx.body = await dataJson(topic);
  },
  'server-error': async (ctx) => {
    ctx.status = 500;
    ctx.body = 'Internal Server Error';
  },
  html: async (ctx) => {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not JSON</title><p>Oops</p>';
  },
  'bad-json': async (ctx) => {
    ctx.type = 'application/json';
    ctx.body = '{"programmes": [';
  },
  huge: async (ctx) => {
    ctx.type = 'application/json';
    ctx.body = `["${'x'.repeat(5 * 1024 * 1024 + 10)}"]`;
  },
  'not-found': async (ctx) => {
    ctx.status = 404;
    ctx.body = 'Not Found';
  },
  // Valid JSON, but not the topic's shape at all.
  'wrong-schema': async (ctx) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hello: 'world', items: [1, 2, 3] });
  },
  'redirect-javascript': async (ctx) => {
    ctx.status = 302;
    ctx.set('Location', 'javascript:alert(1)');
  },
  'redirect-data': async (ctx) => {
    ctx.status = 302;
    ctx.set('Location', 'data:application/json,{"programmes":[]}');
  },
  // 6 MB without a Content-Length: the element must stop at its limit, not trust a header.
  'huge-chunked': async (ctx) => {
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (async function* () {
        yield '["';
        for (let i = 0; i < 24; i++) {
          yield 'x'.repeat(256 * 1024);
          await delay(1);
        }
        yield '"]';
      })(),
    );
  },
  // Never answers, until the client goes away.
  hang: (ctx) => new Promise((resolve) => ctx.req.on('close', resolve)),
};

export async function fixtureServer(ctx, next) {
  const match = /^\/fixtures\/([a-z-]+)\/([a-z]+)\.json$/.exec(ctx.path);
  const route = match && routes[match[1]];
  if (!route) return next();
  ctx.set('Cache-Control', 'no-store');
  await route(ctx, match[2]);
}
