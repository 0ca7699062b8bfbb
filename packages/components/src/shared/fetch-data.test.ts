import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { RUNS, nasty, schemeVariants } from '../../test/arbitraries.js';
import { WAIT_MS, heldSrc, requestArrived, requestState } from '../../test/helpers.js';
import { allowedUrl, fetchJson } from './fetch-data.js';

/** Runs `work` as in a browser without `AbortSignal.any` (Safari before 17.4, Firefox before 124). */
async function withoutAbortSignalAny<T>(work: () => Promise<T>): Promise<T> {
  const native = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
  Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true });
  try {
    return await work();
  } finally {
    if (native) Object.defineProperty(AbortSignal, 'any', native);
  }
}

const reason = (result: Awaited<ReturnType<typeof fetchJson>>) => (result.ok ? 'ok' : result.problem.reason);

// The same loads from a real server, in the browser: with AbortSignal.any, and as in a browser without it.
for (const [name, run] of [
  ['with AbortSignal.any', <T>(work: () => Promise<T>) => work()],
  ['without AbortSignal.any', withoutAbortSignalAny],
] as const)
  describe(`fetchJson from the test server, ${name}`, () => {
    it('loads a valid src', async () => {
      const result = await run(() => fetchJson('/fixtures/valid/trade.json', new AbortController().signal));
      expect(result.ok).to.equal(true);
    });

    it('times out a slow src', async () => {
      const result = await run(() => fetchJson('/fixtures/slow/trade.json?ms=3000', new AbortController().signal, 200));
      expect(reason(result)).to.equal('timeout');
    });

    it('times out a server that never answers', async () => {
      const result = await run(() => fetchJson('/fixtures/hang/trade.json', new AbortController().signal, 200));
      expect(reason(result)).to.equal('timeout');
    });

    it('stops when the element aborts the load, and cancels the request', async () => {
      const controller = new AbortController();
      const id = `fetch-abort-${name}-${Math.random()}`;
      // Held: the server never answers it, so only the abort can end the load (the 60 s timeout aside).
      const pending = run(() => fetchJson(heldSrc('trade', id), controller.signal, 60_000));
      await requestArrived(id);
      controller.abort();
      const ended = await Promise.race([pending, new Promise<undefined>((r) => setTimeout(r, WAIT_MS))]);
      expect(ended ? reason(ended) : `still loading ${WAIT_MS / 1000} s after the abort`).to.equal('network');
      expect(await requestState(id)).to.equal('aborted');
    });
  });

describe('fetchJson: the size limit from the test server', () => {
  it('refuses 5 MB + 2 bytes of two-byte letters (2.6 million characters) sent without a Content-Length', async () => {
    const result = await fetchJson('/fixtures/multibyte/trade.json', new AbortController().signal);
    expect(result.ok ? 'ok' : result.problem).to.deep.include({ reason: 'too-large' });
  });

  it('refuses a 6 MB stream without a Content-Length, and a 5 MB body that declares its length', async () => {
    expect(reason(await fetchJson('/fixtures/huge-chunked/trade.json', new AbortController().signal))).to.equal(
      'too-large',
    );
    const declared = await fetchJson('/fixtures/huge/trade.json', new AbortController().signal);
    expect(declared.ok ? '' : declared.problem.message).to.match(/^the response is \d+ bytes; the limit is 5242880$/);
  });
});

describe('allowedUrl (property-based)', () => {
  it('allowedUrl answers an http(s) URL or nothing, for any string', () =>
    fc.assert(
      fc.property(
        fc.oneof(nasty, fc.webUrl(), schemeVariants('javascript'), schemeVariants('data'), schemeVariants('blob')),
        (src) => {
          const result = allowedUrl(src);
          if (result !== undefined) expect(['http:', 'https:']).to.include(result.protocol);
        },
      ),
      RUNS,
    ));

  it('allowedUrl refuses javascript:, data: and blob: however they are spelled', () =>
    fc.assert(
      fc.property(fc.oneof(schemeVariants('javascript'), schemeVariants('data'), schemeVariants('blob')), (src) => {
        expect(allowedUrl(src)).to.equal(undefined);
      }),
      RUNS,
    ));

  it('allowedUrl resolves relative paths against the page', () =>
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        const result = allowedUrl(`.${path.startsWith('/') ? '' : '/'}${path}`);
        expect(result?.origin).to.equal(location.origin);
      }),
    ));
});
