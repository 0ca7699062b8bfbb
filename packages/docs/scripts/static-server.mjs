// A tiny static file server for the built Storybook (the story check, and `node static-server.mjs`
// to look at a build). Serves one directory on 127.0.0.1; unknown paths answer 404.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` on 127.0.0.1:`port` (0: any free port). Resolves to { url, close }. */
export function serve(root, port = 0) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // Browsers ask for it unprompted; Storybook has an SVG icon instead.
    if (path === '/favicon.ico') return end(response, 204);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return end(response, 403);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
      });
      createReadStream(file).pipe(response);
    } catch {
      end(response, 404);
    }
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
      done({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((closed) => server.close(closed)) });
    }),
  );
}

function end(response, status) {
  response.writeHead(status, { 'content-type': 'text/plain' });
  response.end(status === 204 ? undefined : String(status));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'storybook-static', port = '6007'] = process.argv.slice(2);
  const { url } = await serve(root, Number(port));
  console.log(`Serving ${root} at ${url}`);
}
