// Helpers of the element tests: shadow text, events, warnings, CSV files, CSS media, shown vs spoken text.
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, type Media } from '@web/test-runner-commands';
import type { EuDataErrorDetail } from '../src/shared/events.js';

/** Links the package's cloak.css into the page for the tests of the enclosing `describe`, as a host page would; returns its URL. */
export function useCloakStylesheet(): string {
  const href = new URL('../src/cloak.css', import.meta.url).href;
  let cloak: HTMLLinkElement;
  before(async () => {
    cloak = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    const loaded = new Promise((resolve, reject) => ((cloak.onload = resolve), (cloak.onerror = reject)));
    document.head.append(cloak);
    await loaded;
  });
  after(() => cloak.remove());
  return href;
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return ((el.shadowRoot ?? el).textContent ?? '')
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Waits for the element's next eu-data-error and returns its detail. */
export async function nextDataError(el: Element): Promise<EuDataErrorDetail> {
  const event = (await oneEvent(el, 'eu-data-error')) as CustomEvent<EuDataErrorDetail>;
  return event.detail;
}

/** The shadow root's status region (the one live region every element has). */
export function status(el: Element): HTMLElement {
  const region = el.shadowRoot!.querySelector<HTMLElement>('[role="status"]');
  expect(region, 'status region').to.exist;
  return region!;
}

/** Collects console.warn calls while `run` runs. */
export async function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
    await aTimeout(0);
  } finally {
    console.warn = original;
  }
  return warnings;
}

export { csvParts, parseCsv } from './csv.js';

export const root = (el: Element) => el.shadowRoot!;
export const flat = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
export const visible = (node: Element | null | undefined) => !!node && node.checkVisibility();
/** Emulates CSS media with Playwright's page.emulateMedia (print, forced colours, contrast…); `media()` resets. */
export const media = (options: Media & { contrast?: 'more' } = {}) =>
  emulateMedia({
    media: null,
    forcedColors: null,
    reducedMotion: null,
    contrast: null,
    ...options,
  } as unknown as Media);
/** The value a screen reader gets: the text without what is aria-hidden. */
export function spokenText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return (copy.textContent ?? '').trim();
}
/** The value as shown: the text without what is visually hidden. */
export function shownText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.vh').forEach((n) => n.remove());
  return (copy.textContent ?? '').trim();
}
/** A number with a space (any kind) between its digits: read as two numbers. */
export const SPLIT_NUMBER = /\d[\s\u00a0\u202f\u2009]\d/;

/**
 * How long a test waits for something to happen, in ms: half a test's timeout. waitUntil's default 1 s
 * runs out on a 2-core CI machine busy with the other test lanes, and a CI run's load can make a
 * second's wait ten.
 */
export const WAIT_MS = 30_000;

/** Waits (up to `WAIT_MS`) for something a reader would see (a lazy chunk loaded, an observer's callback run). */
export const eventually = (condition: () => unknown, message: string): Promise<void> =>
  waitUntil(condition, message, { timeout: WAIT_MS });

/** What became of a slow or held fixture request with this `run` id (test/fixture-server.mjs): `unknown`, `pending`, `sent`, `aborted`. */
const stateOf = async (run: string): Promise<string> =>
  (await (await fetch(`/fixtures/request?run=${encodeURIComponent(run)}`)).json()).state;

/** Waits until the test server has the slow request `run`, so a test cancels a request that was sent, even on a busy machine. */
export const requestArrived = (run: string): Promise<void> =>
  waitUntil(async () => (await stateOf(run)) !== 'unknown', `the test server never received the request ${run}`, {
    timeout: WAIT_MS,
    interval: 20,
  });

/**
 * The request's state; the server hears of a cancelled request a moment after the page cancels it
 * (more than 1 s on a busy CI machine), so `pending` is asked again for up to `WAIT_MS` (a held request
 * the page never cancels stays `pending`: the wait then ends with it).
 */
export async function requestState(run: string): Promise<string> {
  let state = 'unknown';
  await waitUntil(async () => (state = await stateOf(run)) !== 'pending', '', { timeout: WAIT_MS, interval: 50 }).catch(
    () => {},
  );
  return state;
}

/** A `src` of the topic's marked data that the test server holds until `releaseRequest(run)` (or the page cancels it). */
export const heldSrc = (topic: string, run: string, query = ''): string =>
  `/fixtures/held/${topic}.json?run=${encodeURIComponent(run)}${query}`;

/** Lets the test server answer the held request `run` (and any later one with that id at once). */
export async function releaseRequest(run: string): Promise<void> {
  await fetch(`/fixtures/release?run=${encodeURIComponent(run)}`);
}

/** The files the "Download the data" line offers, after checking it sits in the section of `selector` (e.g. `.figures`). */
export function downloadFiles(el: Element, selector: string): (string | null)[] {
  const downloads = el.shadowRoot!.querySelector('.downloads')!;
  expect(downloads.closest('section')!.querySelector(selector), `the downloads beside ${selector}`).to.exist;
  return [...downloads.querySelectorAll('a[download]')].map((a) => a.getAttribute('download'));
}

/** The colour a system colour keyword (`CanvasText`, `Canvas`) resolves to, e.g. under forced colours. */
export function systemColour(keyword: string, property: 'color' | 'backgroundColor' = 'color'): string {
  const probe = document.createElement('div');
  probe.style[property] = keyword;
  document.body.append(probe);
  const colour = getComputedStyle(probe)[property];
  probe.remove();
  return colour;
}

/** Locales that group digits with a space, and 9,295,000 (the MOST programme's EU contribution) as each shows it. */
export const SPACE_GROUPED = [
  ['fr', /9\u202f295\u202f000/],
  ['pl', /9\u00a0295\u00a0000/],
  ['be', /9\u00a0295\u00a0000/],
] as const;

/** A figure shown with the locale's digit grouping (`shown`) and read as one number (`spoken`). */
export function expectOneNumber(node: Element, shown: RegExp, spoken: RegExp): void {
  expect(shownText(node)).to.match(shown);
  expect(node.querySelector('[aria-hidden="true"]')!.textContent).to.match(shown);
  expect(spokenText(node)).to.match(spoken);
  expect(spokenText(node)).not.to.match(SPLIT_NUMBER);
}

/** A figure read as it is shown: once, with no second copy for screen readers. */
export function expectReadAsShown(node: Element, text: string): void {
  expect(flat(node.textContent)).to.equal(text);
  expect(node.querySelector('.vh')).to.equal(null);
}

/** The source numbers a mark stands for: "[1,3,5–7]" → [1, 3, 5, 6, 7]. */
export function markNumbers(text: string): number[] {
  return (text.match(/\d+(–\d+)?/g) ?? []).flatMap((run) => {
    const [from, to = from] = run.split('–').map(Number) as [number, number?];
    return Array.from({ length: to! - from + 1 }, (_, k) => from + k);
  });
}
