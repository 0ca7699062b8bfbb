/**
 * When an element renders for the first time. An embed lives on someone else's main thread: its
 * renders must not add up to long tasks, and an element far below the fold need not render before
 * the reader comes near it, as `<iframe loading="lazy">` does not load.
 *
 * - Renders run from one queue, a few milliseconds of work per task: after `BUDGET_MS` the queue
 *   yields to the host page (`scheduler.yield()` where there is one, else a macrotask), so six
 *   elements are short tasks with the page's own work and its frames between them.
 * - `loading="lazy"` (the default): an element joins the queue when it comes within `LAZY_MARGIN`
 *   of the viewport. In idle time before that, it renders concealed (`hidden="until-found"`): its
 *   text is there for in-page search, which reveals it, and nothing is laid out until the reader
 *   comes near. Printing renders and reveals every element at once. `loading="eager"` joins the
 *   queue at once.
 */

/** How near the viewport a lazy element renders: as far ahead as Chromium loads lazy iframes. */
export const LAZY_MARGIN = '1250px';

/** The work done in one task before the queue yields: well under the 50 ms of a long task, even on a slow phone. */
export const BUDGET_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** A new task, after whatever the host page has queued: `scheduler.yield()` keeps our place in line. */
export function yieldToHost(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type Work = () => void;
const ready: Work[] = [];
let running = false;

/** Runs the queued renders, yielding to the host whenever a task has used its budget. */
async function run(): Promise<void> {
  if (running) return;
  running = true;
  try {
    await yieldToHost();
    let start = performance.now();
    for (let work; (work = ready.shift());) {
      if (performance.now() - start > BUDGET_MS) {
        await yieldToHost();
        start = performance.now();
      }
      try {
        work();
      } catch (error) {
        reportError(error);
      }
    }
  } finally {
    running = false;
  }
}

/** Queues `work` (a render) to run in a short task of its own, after the renders already queued. */
export function enqueue(work: Work): void {
  ready.push(work);
  void run();
}

/** Lazy elements not yet near the viewport: the render each waits to run, or (rendered in idle time, concealed) how to reveal it. */
const waiting = new Map<Element, (concealed: boolean) => void>();
const concealed = new Map<Element, () => void>();
/** Waiting elements the observer has found far from the viewport: only these render concealed in idle time. */
const far = new Set<Element>();
let observer: IntersectionObserver | undefined;
let idleQueued = false;

function forget(element: Element): void {
  waiting.delete(element);
  far.delete(element);
  concealed.delete(element);
  observer?.unobserve(element);
}

/** Stops waiting for `element` (it left the page) without rendering it; true if it was waiting. */
export function withdraw(element: Element): boolean {
  const was = waiting.has(element);
  forget(element);
  return was;
}

/** Renders `element` now (in the queue) and visibly, or reveals it: it is near the viewport, printed, removed or made eager. */
export function release(element: Element): void {
  const render = waiting.get(element);
  const reveal = concealed.get(element);
  forget(element);
  if (render) enqueue(() => render(false));
  reveal?.();
}

/**
 * Idle time renders one waiting element (in order of arrival) concealed, `hidden="until-found"`:
 * its text is in the page for in-page search, which reveals it, but nothing is laid out until the
 * reader comes near. Then it asks for more idle time.
 */
function whenIdle(): void {
  if (idleQueued || !far.size) return;
  idleQueued = true;
  const idle =
    (globalThis as { requestIdleCallback?: (cb: () => void) => number }).requestIdleCallback ??
    ((cb: () => void) => setTimeout(cb, 200));
  idle(() => {
    idleQueued = false;
    // Not while the queue is busy with what the reader sees.
    const element = far.values().next().value;
    if (element && !ready.length && !running) {
      far.delete(element);
      const render = waiting.get(element);
      // Unless it was released (near, printed) in the meantime.
      enqueue(() => {
        if (!render || waiting.get(element) !== render) return;
        waiting.delete(element);
        render(true);
      });
    }
    whenIdle();
  });
}

/** Printing shows every element: renders run and concealed ones open now, before the page is laid out for print. */
function printAll(): void {
  for (const element of [...waiting.keys(), ...concealed.keys()]) release(element);
  for (let work; (work = ready.shift());) work();
}

function observe(element: Element): void {
  if (!observer) {
    addEventListener('beforeprint', printAll);
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
 * Runs `render(concealed)` for `element` when it may: at once in the queue if `eager`; else when
 * it comes near the viewport, when it is printed, or concealed in idle time, in which case
 * `reveal` runs when it comes near, is found or is printed.
 */
export function scheduleFirstRender(
  element: Element,
  eager: boolean,
  render: (concealed: boolean) => void,
  reveal: () => void,
): void {
  if (eager || typeof IntersectionObserver === 'undefined') return enqueue(() => render(false));
  waiting.set(element, (hidden) => {
    render(hidden);
    if (hidden && element.isConnected) concealed.set(element, reveal);
  });
  observe(element);
}
