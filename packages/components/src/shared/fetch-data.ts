import type { EuDataErrorDetail } from './events.js';
import { MAX_BYTES, TIMEOUT_MS } from './limits.js';

export { MAX_BYTES, TIMEOUT_MS };

export type LoadProblem = Omit<EuDataErrorDetail, 'element'>;
export type LoadResult = { ok: true; json: unknown } | { ok: false; problem: LoadProblem };

/** The absolute URL of `src` when it is http(s) or relative to the page; otherwise undefined. */
export function allowedUrl(src: string): URL | undefined {
  try {
    // No document (a server, a test in Node): only an absolute URL has a meaning.
    const url = new URL(src.trim(), globalThis.document?.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A signal that aborts when any of `signals` does: `AbortSignal.any` where the browser has it
 * (Safari 17.4+, Firefox 124+), else the same by hand, so `src` still loads in older browsers.
 */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

/**
 * Fetches JSON from `src`. Never throws: every failure comes back as a problem with a reason.
 * `signal` aborts it (the element was disconnected or `src` changed); so does the timeout; a body
 * over `maxBytes` is refused as soon as it passes the limit.
 */
export async function fetchJson(
  src: string,
  signal: AbortSignal,
  timeoutMs = TIMEOUT_MS,
  maxBytes = MAX_BYTES,
): Promise<LoadResult> {
  const url = allowedUrl(src);
  if (!url) return fail('url', `"${src}" is not an http(s) or relative URL`, src);
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: anySignal([signal, timeout]), credentials: 'same-origin' });
  } catch (error) {
    if (timeout.aborted) return fail('timeout', `no answer from ${url.href} within ${timeoutMs / 1000} s`, src);
    return fail('network', `the request to ${url.href} failed (${errorText(error)})`, src);
  }
  if (!response.ok)
    return {
      ok: false,
      problem: { reason: 'http', status: response.status, src, message: `${url.href} answered ${response.status}` },
    };
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return fail('too-large', `the response is ${declared} bytes; the limit is ${maxBytes}`, src);
  let body: string | undefined;
  try {
    body = await readText(response, maxBytes);
  } catch (error) {
    return fail(timeout.aborted ? 'timeout' : 'network', `reading ${url.href} failed (${errorText(error)})`, src);
  }
  if (body === undefined) return fail('too-large', `the response is over ${maxBytes} bytes`, src);
  try {
    return { ok: true, json: JSON.parse(body) };
  } catch (error) {
    return fail('parse', `${url.href} did not return JSON (${errorText(error)})`, src);
  }
}

/**
 * The body as UTF-8 text, or undefined once it passes `maxBytes` bytes (not characters): reading
 * stops there and the rest is never downloaded, whatever the Content-Length said, or if it said nothing.
 */
async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function fail(reason: LoadProblem['reason'], message: string, src: string): LoadResult {
  return { ok: false, problem: { reason, message, src } };
}
