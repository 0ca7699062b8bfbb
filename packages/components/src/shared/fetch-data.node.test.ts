// fetchJson against a stand-in for the network: each test decides what `fetch` answers, byte by
// byte, so the size limit, the timeout and the abort are checked exactly. (The browser test,
// fetch-data.test.ts, loads the same cases from a real server.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_BYTES, allowedUrl, anySignal, fetchJson } from './fetch-data.js';

const URL_ = 'https://data.example.org/trade.json';
const encoder = new TextEncoder();

/** A body served in `chunks`; `pulled()` tells how many bytes the reader asked for. */
function stream(chunks: Iterable<Uint8Array | string>) {
  const iterator = chunks[Symbol.iterator]();
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) return controller.close();
      const bytes = typeof next.value === 'string' ? encoder.encode(next.value) : next.value;
      pulled += bytes.byteLength;
      controller.enqueue(bytes);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { body, pulled: () => pulled, cancelled: () => cancelled };
}

/** `fetch` answers `response(init)`, or waits for the request's signal when it is undefined. */
function answer(response: (init?: RequestInit) => Response | undefined) {
  const requests: { url: string; init?: RequestInit }[] = [];
  vi.stubGlobal('fetch', (url: URL | string, init?: RequestInit) => {
    requests.push({ url: String(url), init });
    const signal = init?.signal;
    const ready = response(init);
    if (ready) return Promise.resolve(ready);
    return new Promise<Response>((_, reject) => {
      const stop = () => reject(signal!.reason);
      if (signal?.aborted) stop();
      else signal?.addEventListener('abort', stop, { once: true });
    });
  });
  return requests;
}

const json = (value: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json', ...headers } });
const reason = (result: Awaited<ReturnType<typeof fetchJson>>) => (result.ok ? 'ok' : result.problem.reason);
const never = new AbortController().signal;

afterEach(() => vi.unstubAllGlobals());

describe('fetchJson', () => {
  it('parses JSON, asking with the page’s credentials only', async () => {
    const requests = answer(() => json({ goods: [1] }));
    expect(await fetchJson(URL_, never)).toEqual({ ok: true, json: { goods: [1] } });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe(URL_);
    expect(requests[0]!.init?.credentials).toBe('same-origin');
  });

  it('refuses a URL it may not load, without a request', async () => {
    const requests = answer(() => json({}));
    const result = await fetchJson('javascript:alert(1)', never);
    expect(result).toEqual({
      ok: false,
      problem: {
        reason: 'url',
        src: 'javascript:alert(1)',
        message: '"javascript:alert(1)" is not an http(s) or relative URL',
      },
    });
    expect(requests).toHaveLength(0);
  });

  it('reports an HTTP error with its status', async () => {
    answer(() => new Response('Not Found', { status: 404 }));
    expect(await fetchJson(URL_, never)).toEqual({
      ok: false,
      problem: { reason: 'http', status: 404, src: URL_, message: `${URL_} answered 404` },
    });
  });

  it('reports a body that is not JSON', async () => {
    answer(() => new Response('<!doctype html><p>Oops'));
    const result = await fetchJson(URL_, never);
    expect(reason(result)).toBe('parse');
    expect(result.ok || result.problem.message).toMatch(
      /^https:\/\/data\.example\.org\/trade\.json did not return JSON \(/,
    );
  });

  it('reports a failed request as a network problem', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const result = await fetchJson(URL_, never);
    expect(result).toEqual({
      ok: false,
      problem: { reason: 'network', src: URL_, message: `the request to ${URL_} failed (Failed to fetch)` },
    });
  });

  it('reports a body that breaks off while it is read as a network problem', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(encoder.encode('{"goods":'));
        controller.error(new TypeError('connection reset'));
      },
    });
    answer(() => new Response(body));
    const result = await fetchJson(URL_, never);
    expect(reason(result)).toBe('network');
    expect(result.ok || result.problem.message).toBe(`reading ${URL_} failed (connection reset)`);
  });

  it('reads an empty body as empty (which is not JSON)', async () => {
    answer(() => new Response(null, { status: 200 }));
    expect(reason(await fetchJson(URL_, never))).toBe('parse');
  });

  it('decodes UTF-8 split across chunks, and drops a byte order mark', async () => {
    const bytes = encoder.encode('\ufeff{"name":"Беларусь ЕС"}');
    answer(() => new Response(stream([...bytes].map((b) => Uint8Array.of(b))).body));
    expect(await fetchJson(URL_, never)).toEqual({ ok: true, json: { name: 'Беларусь ЕС' } });
  });
});

describe('fetchJson: the size limit is in bytes, and reading stops at it', () => {
  it('is 5 MB by default', () => expect(MAX_BYTES).toBe(5 * 1024 * 1024));

  it('accepts a body of exactly the limit, and refuses one byte more', async () => {
    const body = (size: number) => `"${'x'.repeat(size - 2)}"`;
    answer(() => new Response(stream([body(100)]).body));
    expect(await fetchJson(URL_, never, 1000, 100)).toEqual({ ok: true, json: 'x'.repeat(98) });
    answer(() => new Response(stream([body(101)]).body));
    expect(await fetchJson(URL_, never, 1000, 100)).toEqual({
      ok: false,
      problem: { reason: 'too-large', src: URL_, message: 'the response is over 100 bytes' },
    });
  });

  it('trusts a Content-Length of exactly the limit, and refuses one over it before reading', async () => {
    const body = `"${'x'.repeat(98)}"`;
    answer(() => new Response(body, { headers: { 'content-length': '100' } }));
    expect(await fetchJson(URL_, never, 1000, 100)).toEqual({ ok: true, json: 'x'.repeat(98) });
    answer(() => new Response(body, { headers: { 'content-length': '101' } }));
    expect(await fetchJson(URL_, never, 1000, 100)).toEqual({
      ok: false,
      problem: { reason: 'too-large', src: URL_, message: 'the response is 101 bytes; the limit is 100' },
    });
  });

  it('counts bytes, not characters: 60 two-byte letters are 122 bytes with their quotes', async () => {
    const text = `"${'Ж'.repeat(60)}"`;
    expect(text.length).toBe(62);
    answer(() => new Response(stream([text]).body));
    expect(reason(await fetchJson(URL_, never, 1000, 100))).toBe('too-large');
    answer(() => new Response(stream([text]).body));
    expect(reason(await fetchJson(URL_, never, 1000, 122))).toBe('ok');
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const served = stream(['"', 'x'.repeat(200), '"']);
    answer(() => new Response(served.body, { headers: { 'content-length': '202' } }));
    expect(await fetchJson(URL_, never, 1000, 100)).toEqual({
      ok: false,
      problem: { reason: 'too-large', src: URL_, message: 'the response is 202 bytes; the limit is 100' },
    });
    expect(served.pulled(), 'bytes read').toBeLessThanOrEqual(1);
  });

  it('stops reading a long stream at the limit, however long it would run, and cancels it', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x78);
    // 40 MB if read to the end, with no Content-Length.
    const served = stream(
      (function* () {
        yield '"';
        for (let i = 0; i < 640; i++) yield chunk;
      })(),
    );
    answer(() => new Response(served.body));
    expect(reason(await fetchJson(URL_, never))).toBe('too-large');
    // The reader pulls at most one chunk past the limit (and the stream may have one queued).
    expect(served.pulled()).toBeLessThanOrEqual(MAX_BYTES + 2 * chunk.byteLength + 1);
    expect(served.cancelled(), 'the rest of the download is cancelled').toBe(true);
  });
});

describe('fetchJson: timeout and abort', () => {
  it('gives up after the timeout, naming it in seconds', async () => {
    answer(() => undefined);
    expect(await fetchJson(URL_, never, 50)).toEqual({
      ok: false,
      problem: { reason: 'timeout', src: URL_, message: `no answer from ${URL_} within 0.05 s` },
    });
  });

  it('gives up on a body that stops coming, as a timeout', async () => {
    // As a browser does, the request's signal also breaks off the body.
    answer(
      (init) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(encoder.encode('{"a":'));
              init!.signal!.addEventListener('abort', () => controller.error(init!.signal!.reason));
            },
          }),
        ),
    );
    const result = await fetchJson(URL_, never, 50);
    expect(reason(result)).toBe('timeout');
  });

  it('stops when the element aborts the request, with its reason, as a network problem, not a timeout', async () => {
    // Held: no answer comes, and the minute's timeout stays far off, so only the abort can end it.
    const requests = answer(() => undefined);
    const controller = new AbortController();
    let settled = false;
    const pending = fetchJson(URL_, controller.signal, 60_000).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve));
    expect(requests, 'the request was sent').toHaveLength(1);
    expect(settled, 'the load waits for its answer until the abort').toBe(false);
    const left = new Error('the element left the page');
    controller.abort(left);
    expect(requests[0]!.init!.signal!.reason, 'the request itself is aborted, with the reason').toBe(left);
    expect(await pending).toEqual({
      ok: false,
      problem: { reason: 'network', src: URL_, message: `the request to ${URL_} failed (the element left the page)` },
    });
  });
});

describe('allowedUrl without a page', () => {
  it('keeps absolute http(s) URLs and refuses the rest', () => {
    expect(allowedUrl(' https://example.org/a.json ')?.href).toBe('https://example.org/a.json');
    expect(allowedUrl('http://example.org/a.json')?.protocol).toBe('http:');
    expect(allowedUrl('/relative.json'), 'relative, with no page to resolve it').toBe(undefined);
    expect(allowedUrl('ftp://example.org/a.json')).toBe(undefined);
  });
});

describe('anySignal, as in a browser without AbortSignal.any', () => {
  /** Runs `work` with `AbortSignal.any` missing (Safari before 17.4, Firefox before 124). */
  function withoutAny<T>(work: () => T): T {
    const native = Object.getOwnPropertyDescriptor(AbortSignal, 'any')!;
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true });
    try {
      return work();
    } finally {
      Object.defineProperty(AbortSignal, 'any', native);
    }
  }

  it('is aborted at once, with its reason, when a signal already is', () => {
    const signal = withoutAny(() => anySignal([new AbortController().signal, AbortSignal.abort('gone')]));
    expect([signal.aborted, signal.reason]).toEqual([true, 'gone']);
  });

  it('aborts when any of its signals does, with that reason, and not before', () => {
    const [a, b] = [new AbortController(), new AbortController()];
    const signal = withoutAny(() => anySignal([a.signal, b.signal]));
    expect(signal.aborted).toBe(false);
    b.abort('second');
    expect([signal.aborted, signal.reason]).toEqual([true, 'second']);
    a.abort('first');
    expect(signal.reason, 'the first abort wins').toBe('second');
  });

  it('a fetch through it still times out and aborts', async () => {
    answer(() => undefined);
    const slow = await withoutAny(() => fetchJson(URL_, never, 30));
    expect(reason(slow)).toBe('timeout');
    const controller = new AbortController();
    const pending = withoutAny(() => fetchJson(URL_, controller.signal, 5000));
    controller.abort();
    expect(reason(await pending)).toBe('network');
  });
});
