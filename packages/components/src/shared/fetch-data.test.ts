import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { RUNS, nasty, schemeVariants } from '../../test/arbitraries.js';
import { allowedUrl, anySignal, fetchJson } from './fetch-data.js';

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

describe('fetchJson without AbortSignal.any', () => {
  it('loads a valid src', async () => {
    const result = await withoutAbortSignalAny(() =>
      fetchJson('/fixtures/valid/trade.json', new AbortController().signal),
    );
    expect(result.ok).to.equal(true);
  });

  it('times out a slow src', async () => {
    const result = await withoutAbortSignalAny(() =>
      fetchJson('/fixtures/slow/trade.json?ms=3000', new AbortController().signal, 200),
    );
    expect(result.ok ? 'ok' : result.problem.reason).to.equal('timeout');
  });

  it('stops when the element aborts the load', async () => {
    const controller = new AbortController();
    const pending = withoutAbortSignalAny(() => fetchJson('/fixtures/slow/trade.json?ms=3000', controller.signal));
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const result = await pending;
    expect(result.ok ? 'ok' : result.problem.reason).to.equal('network');
    expect(performance.now() - started).to.be.below(2000);
  });
});

describe('anySignal', () => {
  it('is aborted at once when a signal already is', () => {
    const aborted = AbortSignal.abort('gone');
    const combined = withoutAbortSignalAny(async () => anySignal([new AbortController().signal, aborted]));
    return combined.then((signal) => {
      expect(signal.aborted).to.equal(true);
      expect(signal.reason).to.equal('gone');
    });
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
