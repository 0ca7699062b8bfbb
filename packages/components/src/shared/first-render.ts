/**
 * When an element renders for the first time. An embed lives on someone else's main thread: its
 * renders must not add up to long tasks, and an element far below the fold need not render before
 * the reader comes near it, as `<iframe loading="lazy">` does not load.
 *
 * - Renders run from one queue, as many per task as fit `BUDGET_MS` (judged by the last render of
 *   the same kind of element), then the queue yields to the host page (`scheduler.yield()` where
 *   there is one, else a macrotask): six different elements are six tasks with the page's own work
 *   between them, and a hundred lists a few tasks, not a hundred (each yield may let the browser
 *   lay out the page again).
 * - `loading="lazy"` (the default): an element loads its content and joins the queue when it
 *   comes within `LAZY_MARGIN` of the viewport; far away it loads nothing. For the browser's find-in-page it renders concealed before that
 *   (`hidden="until-found"`: its text is there to find, which reveals it, and nothing is laid
 *   out): at once when the reader presses the find shortcut (Ctrl/⌘+F, F3), else in idle time
 *   once the page has loaded, one element per idle period. Printing renders and reveals every
 *   element at once. `loading="eager"` joins the queue at once.
 */

import { isServer } from 'lit';

/** How near the viewport a lazy element renders: as far ahead as Chromium loads lazy iframes. */
export const LAZY_MARGIN = '1250px';

/**
 * The work done in one task before the queue yields: under the 50 ms of a long task. Another
 * render joins a task only when the last render of its kind would still fit.
 */
export const BUDGET_MS = 40;

type Scheduler = { yield?: () => Promise<void> };

/** A new task, after whatever the host page has queued: `scheduler.yield()` keeps our place in line. */
export function yieldToHost(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type IdleCallback = (callback: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number;

/**
 * Runs `work` in an idle period (within `timeout` ms even on a busy page), given the period's
 * deadline; where there are none, in a later task, without one.
 */
export function inIdleTime(work: (deadline?: IdleDeadline) => void, timeout = 5000): void {
  const idle = (globalThis as { requestIdleCallback?: IdleCallback }).requestIdleCallback;
  if (idle) idle(work, { timeout });
  else setTimeout(() => work(), 200);
}

/**
 * Runs `work` once with the next frame: before it lays out and paints, or (`afterPaint`) in a task
 * right after it; in a background tab, which has no frames, within a second.
 */
export function withNextFrame(work: () => void, afterPaint = false): void {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    work();
  };
  requestAnimationFrame(afterPaint ? () => setTimeout(once) : once);
  setTimeout(once, 1000);
}

/** Work for the next frame, before it lays out and paints; undefined when none is waiting. */
let framed: (() => void)[] | undefined;

/**
 * Runs `work` in the next frame before it lays out and paints. The queue's next task of renders
 * waits for that frame: each frame lays out what one task rendered, not the renders of several
 * tasks at once.
 */
export function beforePaint(work: () => void): void {
  if (!framed) {
    const now: (() => void)[] = (framed = []);
    withNextFrame(() => {
      framed = undefined;
      for (const each of now) each();
    });
  }
  framed.push(work);
}

/** A new task after the host's, and after the frame that work waits for (see `beforePaint`). */
function nextTask(): Promise<void> {
  return framed ? new Promise((resolve) => beforePaint(() => setTimeout(resolve))) : yieldToHost();
}

/** A render, and the element it renders (renders of one kind of element take about as long). */
type Work = { run: () => void; element: Element };
let ready: Work[] = [];
let running = false;
/** How long the last first render of each kind of element took, in ms (the first of a kind also compiles its templates). */
const cost = new Map<string, number>();

/**
 * Runs the queued renders, yielding to the host before one would take the task past its budget: a
 * render of a kind not seen yet starts a task of its own.
 */
async function run(): Promise<void> {
  if (running) return;
  running = true;
  try {
    await yieldToHost();
    let start = performance.now();
    let first = true;
    for (let work; (work = ready.shift());) {
      // The first render of a task always runs; another, if it would still fit.
      if (!first && performance.now() - start + (cost.get(work.element.localName) ?? BUDGET_MS) > BUDGET_MS) {
        await nextTask();
        start = performance.now();
      }
      first = false;
      const begun = performance.now();
      try {
        work.run();
      } catch (error) {
        reportError(error);
      }
      const took = performance.now() - begun;
      cost.set(work.element.localName, took);
    }
  } finally {
    running = false;
  }
}

/** Queues the render of `element` to run in a short task, after the renders already queued. */
export function enqueue(element: Element, render: () => void): void {
  ready.push({ run: render, element });
  void run();
}

/**
 * A lazy element waiting for its turn: what it needs before it can render (its content and its
 * language's strings: `prepare` starts loading them and answers `undefined` once all are here), its
 * render, and how to reveal it once rendered concealed.
 */
export interface Turn {
  prepare: () => Promise<unknown> | undefined;
  render: (concealed: boolean) => void;
  reveal: () => void;
}

/** Lazy elements not yet near the viewport, and those rendered concealed (how to reveal each). */
const waiting = new Map<Element, Turn>();
const concealed = new Map<Element, () => void>();
/** Waiting elements the observer has found far from the viewport: only these render concealed in idle time. */
const far = new Set<Element>();
/** Elements whose content is loading for their render; a removed element is dropped, so its render never runs. */
const preparing = new Map<Element, symbol>();
let observer: IntersectionObserver | undefined;
let idleQueued = false;

function forget(element: Element): void {
  waiting.delete(element);
  far.delete(element);
  concealed.delete(element);
  observer?.unobserve(element);
}

/**
 * Runs `then` once `turn` has what it needs: at once if it has, else when its loads end (not at
 * all if the element left the page in the meantime). Nothing loads before this is called.
 */
function whenPrepared(element: Element, turn: Turn, then: () => void): void {
  const wait = turn.prepare();
  if (!wait) return then();
  const token = Symbol();
  preparing.set(element, token);
  const retry = () => {
    if (preparing.get(element) !== token) return;
    preparing.delete(element);
    whenPrepared(element, turn, then);
  };
  void wait.then(retry, retry);
}

/**
 * Stops waiting for `element` (it left the page) without rendering it, and drops its queued
 * render: nothing here holds a removed element (it is put in line again if the page takes it
 * back). True if it was waiting.
 */
export function withdraw(element: Element): boolean {
  const was = waiting.has(element);
  forget(element);
  preparing.delete(element);
  if (ready.some((work) => work.element === element)) ready = ready.filter((work) => work.element !== element);
  return was;
}

/** Renders `element` visibly (in the queue, once it has its content), or reveals it: it is near the viewport, printed or made eager. */
export function release(element: Element): void {
  const turn = waiting.get(element);
  const reveal = concealed.get(element);
  forget(element);
  if (turn) whenPrepared(element, turn, () => enqueue(element, () => turn.render(false)));
  reveal?.();
}

/** Renders `element` concealed, unless it was released (near, printed) or had its turn in the meantime. */
function renderConcealed(element: Element, turn: Turn | undefined): void {
  if (!turn || waiting.get(element) !== turn) return;
  waiting.delete(element);
  far.delete(element);
  turn.render(true);
}

/**
 * The reader opens the browser's find bar with its shortcut: the waiting elements render
 * concealed at once, in the queue's short tasks while the reader types.
 */
function renderForFind(event: KeyboardEvent): void {
  const find = event.key === 'F3' || ((event.ctrlKey || event.metaKey) && (event.key === 'f' || event.key === 'F'));
  if (!find) return;
  for (const [element, turn] of waiting)
    whenPrepared(element, turn, () => enqueue(element, () => renderConcealed(element, turn)));
}

/**
 * For find opened from the browser's menu (no shortcut to hear): once the page has loaded, idle
 * time renders the far elements concealed, one per idle period and task, in order of arrival, and
 * not while the queue renders what the reader sees.
 */
function whenIdle(): void {
  if (idleQueued || !far.size) return;
  idleQueued = true;
  if (document.readyState !== 'complete')
    return addEventListener('load', () => ((idleQueued = false), whenIdle()), { once: true });
  inIdleTime(() => {
    idleQueued = false;
    const element = far.values().next().value;
    const turn = element && waiting.get(element);
    if (turn && !ready.length && !running) {
      // Its content loads first, in tasks of its own; the render comes in a later idle period.
      const wait = turn.prepare();
      if (wait) return void wait.then(whenIdle, whenIdle);
      renderConcealed(element, turn);
    }
    whenIdle();
  });
}

/**
 * Printing shows every element: renders run and concealed ones open now, before the page is laid
 * out for print. An element whose content has not loaded yet (far away, just after the page
 * loaded) renders once it has (print is synchronous: a chunk cannot arrive in time).
 */
function printAll(): void {
  for (const element of [...waiting.keys(), ...concealed.keys()]) release(element);
  for (let work; (work = ready.shift());) work.run();
}

// Once per page, when the module loads (not per element: a page that adds and removes elements keeps the same listeners).
if (!isServer && typeof addEventListener === 'function') {
  addEventListener('beforeprint', printAll);
  addEventListener('keydown', renderForFind, { capture: true, passive: true });
}

function observe(element: Element): void {
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries)
          if (entry.isIntersecting) release(entry.target);
          else if (waiting.has(entry.target)) far.add(entry.target);
        whenIdle();
      },
      { rootMargin: `${LAZY_MARGIN} 0px` },
    );
  }
  observer.observe(element);
}

/**
 * Runs `turn.render(concealed)` for `element` when it may, once `turn.prepare` has loaded what it
 * needs (nothing loads before): at once in the queue if `eager`; else when it comes near the
 * viewport or is printed, or concealed for find (the shortcut, or idle time after the load), in
 * which case `turn.reveal` runs when it comes near, is found or is printed.
 */
export function scheduleFirstRender(element: Element, eager: boolean, turn: Turn): void {
  if (eager || typeof IntersectionObserver === 'undefined')
    return whenPrepared(element, turn, () => enqueue(element, () => turn.render(false)));
  waiting.set(element, {
    ...turn,
    render: (hidden) => {
      turn.render(hidden);
      if (hidden && element.isConnected) concealed.set(element, turn.reveal);
    },
  });
  observe(element);
}
