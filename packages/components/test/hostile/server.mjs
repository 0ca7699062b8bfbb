// A tiny HTTP server for the hostile-page suite: real response headers (so CSP is a header, as on
// a real site), the built embed bundle under several paths, the per-element bundle, the element
// test fixtures of ../fixture-server.mjs, and pages that each case registers.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fixtureServer } from '../fixture-server.mjs';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
};
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {{ mounts: Record<string, string> }} options  URL prefix → directory served as static files.
 */
export async function startServer({ mounts }) {
  /** @type {Map<string, { body: string, type: string, headers: Record<string, string> }>} */
  const pages = new Map();
  let requests = 0;

  const server = createServer(async (req, res) => {
    requests++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(body);
    };
    try {
      if (url.pathname === '/favicon.ico') return send(204, '');
      const page = pages.get(url.pathname);
      if (page) return send(200, page.body, { 'Content-Type': page.type, ...page.headers });

      // Bodies the koa-style fixtures cannot express.
      if (url.pathname === '/hostile/huge-chunked.json') {
        // 6 MB without a Content-Length: the element must stop at its limit, not trust a header.
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        res.write('["');
        const chunk = 'x'.repeat(256 * 1024);
        for (let i = 0; i < 24 && !res.destroyed; i++) {
          res.write(chunk);
          await delay(1);
        }
        return res.end('"]');
      }
      if (url.pathname === '/hostile/hang.json') {
        // Never answers until the client goes away.
        req.on('close', () => res.destroy());
        return;
      }
      if (url.pathname === '/hostile/redirect-data.json') {
        return send(302, '', { Location: 'data:application/json,{"programmes":[]}' });
      }

      if (url.pathname.startsWith('/fixtures/')) {
        const ctx = {
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          status: 200,
          body: undefined,
          type: undefined,
          headers: {},
          set(name, value) {
            this.headers[name] = value;
          },
        };
        let missed = false;
        await fixtureServer(ctx, async () => void (missed = true));
        if (missed) return send(404, 'Not Found', { 'Content-Type': 'text/plain' });
        const type =
          ctx.type === 'application/json' ? 'application/json' : ctx.type === 'text/html' ? 'text/html' : 'text/plain';
        return send(ctx.status, ctx.body ?? '', { 'Content-Type': type, ...ctx.headers });
      }

      for (const [prefix, dir] of Object.entries(mounts)) {
        if (!url.pathname.startsWith(prefix)) continue;
        const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
        if (rel.startsWith('..')) return send(403, 'Forbidden');
        const body = await readFile(join(dir, rel)).catch(() => undefined);
        if (!body) continue;
        return send(200, body, { 'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream' });
      }
      send(404, 'Not Found', { 'Content-Type': 'text/plain' });
    } catch (error) {
      if (!res.headersSent) send(500, String(error));
      else res.destroy();
    }
  });
  server.maxHeadersCount = 200;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    origin: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    /** Registers a page at `path` with its response headers. */
    page(path, body, headers = {}) {
      pages.set(path, { body, type: 'text/html; charset=utf-8', headers });
      return path;
    },
    file(path, body, type) {
      pages.set(path, { body, type, headers: {} });
      return path;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
