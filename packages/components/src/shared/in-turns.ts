/**
 * Long lists of a first render in turns, as virtual lists do: only what the reader can see is made
 * and laid out in the render's task, the rest comes in later short tasks.
 *
 * - In view (or `eager`): the first render makes parts for about `slice.ms` without laying
 *   anything out; the next frame, before it paints, lays them out and makes more until the list
 *   reaches past the bottom of the viewport (measured after each chunk), the rest in later tasks of
 *   about `slice.ms` each. Parts are only added below the viewport, so nothing a reader sees moves;
 *   a list that ends in view (or lies above it) is whole in the first frame. The layout of what was
 *   out of view (the larger half at CPU ×4) moves into those later tasks. A list that starts below
 *   the viewport and is cheap to make is made whole in one later task instead.
 * - Concealed (a far element rendered for in-page search, `hidden="until-found"`, not laid out):
 *   the first render makes the frame, the parts come in later idle periods (`idleTurn`).
 *
 * Everything else makes every part at once: later renders (a filter, a language), the server and
 * hydration, a placeholder laid out under a loading message. Printing and the find shortcut make
 * the rest of every list in view at once; whatever reveals a concealed element (it came near, was
 * found or printed) makes its rest before it shows. `updateComplete` waits for the last turn.
 */
import { isServer, noChange, type ChildPart } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { BUDGET_MS, beforePaint, inIdleTime } from './first-render.js';
import { prepareAhead } from './prepare-templates.js';
import { inNextFrame, inWholeTask, slice } from './turn-queue.js';

export { slice };

/** How a render makes its lists: every part now, in turns after a first screenful, or in idle-time turns. */
export type TurnsMode = 'whole' | 'view' | 'concealed';

/** Per kind of element: how long a part of its last whole list took to make, in ms, on average. */
const partMs = new Map<string, number>();

/** Lists in view with turns still to come: printing and the find shortcut make their rest at once. */
const inView = new Set<InTurns>();
const completeInView = () => {
  for (const list of [...inView]) list.complete();
};
// After first-render.ts's own listener (imported, so registered first): renders that printing starts are completed too.
if (!isServer && typeof addEventListener === 'function') {
  addEventListener('beforeprint', completeInView);
  addEventListener(
    'keydown',
    (event) => (event.key === 'F3' || ((event.ctrlKey || event.metaKey) && /^f$/i.test(event.key))) && completeInView(),
    { capture: true, passive: true },
  );
}

/** An element's lists in turns: whether its render may take turns, and the turns still to come. */
export class Turns {
  private readonly lists = new Set<InTurns>();
  /** Bumped by every render that makes everything: turns of an earlier render stop. */
  private generation = 0;
  private done?: Promise<void>;
  private finish?: () => void;

  constructor(
    readonly element: HTMLElement,
    /** Runs a part's render as the element's own render runs (its locale's strings). */
    readonly within: <R>(render: () => R) => R,
    /** How the render under way makes its lists. */
    private readonly mode: () => TurnsMode,
    /** Runs after the last turn (the parts made later may change what the element says about them). */
    private readonly after: () => void,
  ) {}

  /**
   * A place in the element's template showing `value`, which `fillSpot` can change after the
   * render: what the parts made after the render call for (a note) shows without rendering the
   * element again.
   */
  spot(value: unknown): unknown {
    return spotIn(this, value);
  }

  /** Changes what the render's `spot` shows (set by the spot's directive; nothing before a render made one). */
  fillSpot: (value: unknown) => void = () => {};

  /** Turns still to come, for `updateComplete`; undefined when there are none. */
  get pending(): Promise<void> | undefined {
    return this.lists.size ? this.done : undefined;
  }

  /** The parts of one list (or the element's sections): in turns in a first render, else every part now. */
  list(parts: readonly (() => unknown)[]): unknown {
    const mode = isServer ? 'whole' : this.mode();
    if (mode === 'whole') {
      if (this.lists.size) this.stop();
      return parts.map((part) => part());
    }
    return parts.length ? inTurns(this, parts, mode) : [];
  }

  /** An element's sections, those it leaves out `false`: in turns as `list` makes its parts. */
  sections(parts: readonly (boolean | (() => unknown))[]): unknown {
    return this.list(parts.filter((part) => typeof part === 'function'));
  }

  /** After a render in view is in the page: each new list makes parts until it reaches past the viewport. */
  fill(): void {
    for (const list of [...this.lists]) list.fill();
  }

  /** A turn that may run: it belongs to the current render. */
  current(generation: number): boolean {
    return generation === this.generation;
  }

  begin(list: InTurns): number {
    if (!this.lists.size) this.done = new Promise((resolve) => (this.finish = resolve));
    this.lists.add(list);
    return this.generation;
  }

  end(list: InTurns): void {
    inView.delete(list);
    if (!this.lists.delete(list) || this.lists.size) return;
    this.after();
    this.finish?.();
  }

  /** Makes every part still to come now: the element is about to show (near, found, printed). */
  complete(): void {
    for (const list of [...this.lists]) list.complete();
  }

  /** A render that makes every part: the turns still to come are dropped. */
  private stop(): void {
    this.generation++;
    for (const list of this.lists) inView.delete(list);
    this.lists.clear();
    this.finish?.();
  }
}

/** A place in a template that its element's turns can fill later (`Turns.spot`). */
class Spot extends AsyncDirective {
  render(turns: Turns, value: unknown): unknown {
    turns.fillSpot = (later) => this.setValue(later);
    return value;
  }
}
const spotIn = directive(Spot);

/** The parts of a list, in turns (about `slice.ms` each). */
class InTurns extends AsyncDirective {
  private started = false;
  /** The next turn, while it waits for its task (it does not run while the element is out of the page). */
  private queued?: () => void;
  private turns?: Turns;
  private generation = 0;
  private view = false;
  /** Set by the first fill (before it, the list's first screenful is still to be made); `below`: it starts below the viewport. */
  private filled = false;
  private below = false;
  private where?: ChildPart;
  private shown: unknown[] = [];
  /** Concealed: parts made in an idle period, not shown yet, and how long making them took (ms). */
  private made: unknown[] = [];
  private madeMs = 0;
  private parts: readonly (() => unknown)[] = [];
  /** How many parts the next turn makes: one at first, then as many as the last turn's pace fits in `slice.ms`, at most twice as many. */
  private pace = 1;
  private spent = 0; // ms its parts took so far

  override update(part: ChildPart, args: Parameters<this['render']>): unknown {
    this.where = part;
    return super.update(part, args);
  }

  render(turns: Turns, parts: readonly (() => unknown)[], mode: TurnsMode): unknown {
    if (this.started) return this.shown;
    this.started = true;
    this.turns = turns;
    this.parts = parts;
    this.generation = turns.begin(this);
    this.view = mode === 'view';
    if (this.view) inView.add(this);
    else this.next();
    return this.shown;
  }

  /**
   * In view, once in the page: the first screenful. The render's task lays nothing out: a measure
   * there would force the page's layout into it (one long task, where the frame lays it out anyway
   * in a task of its own). The only list in view with turns to come makes parts for about
   * `slice.ms` at once (others wait: a list's turns come before the parts of the lists after it);
   * the next frame, before it paints, lays them out, makes more until the list's end is past the
   * viewport's bottom, and the rest follows in turns.
   */
  fill(): void {
    if (!this.view || this.filled || !this.turns!.current(this.generation)) return;
    this.filled = true;
    const begun = performance.now();
    if (inView.size === 1)
      do this.make(this.pace);
      while (this.shown.length < this.parts.length && performance.now() - begun < slice.ms);
    if (this.shown.length < this.parts.length) beforePaint(() => this.reachPastViewport());
    else this.afterTurn();
  }

  /** Before the first paint of the list: parts until its end is past the viewport's bottom, the rest in turns. */
  private reachPastViewport(): void {
    if (!this.turns!.current(this.generation) || this.shown.length === this.parts.length) return;
    if (!this.isConnected) return this.next(); // goes on when it is back in the page
    // Its first layout is this frame's own: where it starts costs nothing to read here.
    this.below = !this.shown.length && this.end() >= innerHeight;
    while (this.shown.length < this.parts.length && this.end() < innerHeight) this.make(this.pace);
    this.afterTurn();
  }

  /** Where the list ends now, from the viewport's top: the bottom of its last element, else the top of its container. */
  private end(): number {
    const { startNode, endNode, parentNode } = this.where!;
    for (let node = endNode ? endNode.previousSibling : parentNode.lastChild; node && node !== startNode;)
      if (node instanceof Element) return node.getBoundingClientRect().bottom;
      else node = node.previousSibling;
    const box = parentNode instanceof Element ? parentNode : this.turns!.element;
    return box.getBoundingClientRect().top;
  }

  /** Makes the next `count` parts and shows them (with any made before); the pace follows from how long they took. */
  private make(count: number): void {
    this.paced(count, this.makeParts(count) + this.show());
  }

  /** Runs the render code of the next `count` parts (not shown yet); answers how long it took, in ms. */
  private makeParts(count: number): number {
    const end = Math.min(this.parts.length, this.shown.length + this.made.length + count);
    return this.timed(() =>
      this.turns!.within(() => {
        for (let at; (at = this.shown.length + this.made.length) < end;) this.made.push(this.parts[at]!());
      }),
    );
  }

  /** Shows the parts made: only the new ones are committed (Lit leaves those shown as they are). */
  private show(): number {
    const before = this.shown.length;
    this.shown.push(...this.made.splice(0));
    return this.timed(() => this.setValue(this.shown.map((part, at) => (at < before ? noChange : part))));
  }

  /** Runs `work`; answers how long it took (ms), counted in the time the list's parts took. */
  private timed(work: () => void): number {
    const begun = performance.now();
    work();
    const took = performance.now() - begun;
    this.spent += took;
    return took;
  }

  /** The pace from this turn's: parts for `slice.ms`, at most twice `count` (parts differ: a pace read from a one-line lede would make every chart after it at once). */
  private paced(count: number, took: number): void {
    this.pace = Math.max(1, Math.min(count * 2, Math.floor((count * slice.ms) / Math.max(took, 1))));
  }

  /** Makes the next parts (or all of them) and queues the next turn if some remain. */
  private turn(all = false): void {
    this.queued = undefined;
    if (!this.turns!.current(this.generation)) return;
    this.make(all ? this.parts.length : this.pace);
    this.afterTurn();
  }

  /**
   * Concealed, one step a period: the next parts' render code (the pace's count, or fewer if the time
   * left fits fewer at their cost, at least one); their templates not prepared yet; showing them.
   */
  private idleTurn(deadline?: IdleDeadline): void {
    this.queued = undefined;
    if (!this.turns!.current(this.generation)) return;
    const left = deadline && !deadline.didTimeout ? deadline.timeRemaining() : Infinity;
    if (!this.made.length) {
      const perPart = Math.max(this.spent / Math.max(this.shown.length, 1), 0.001);
      this.madeMs = this.makeParts(Math.max(1, Math.min(this.pace, Math.floor(left / perPart))));
      return this.next();
    }
    if (prepareAhead(this.made, Math.min(slice.ms, left))) return this.next();
    const count = this.made.length;
    this.paced(count, Math.max(this.madeMs, this.show()));
    this.afterTurn();
  }

  private afterTurn(): void {
    if (this.shown.length < this.parts.length) return this.next();
    partMs.set(this.turns!.element.localName, this.spent / this.parts.length);
    this.turns!.end(this);
  }

  complete(): void {
    this.turn(true);
  }

  /** The next turn, in a task of its own: in view soon (the host's tasks first), concealed in an idle period. */
  private next(): void {
    const turn = (deadline?: IdleDeadline) =>
      this.queued === turn && this.isConnected && (this.view ? this.whole() || this.turn() : this.idleTurn(deadline));
    this.queued = turn;
    if (!this.view) inIdleTime(turn, 1000);
    else if (!this.whole()) inNextFrame(turn, this.shown.length > 0);
  }

  /** Below the viewport with no part made yet (at its fill or first turn), and cheap: every part in one task (`inWholeTask`). */
  private whole(): boolean {
    const ms = partMs.get(this.turns!.element.localName) ?? Infinity;
    if (!this.below || this.shown.length || this.parts.length * ms > BUDGET_MS) return false;
    const turn = () => this.queued === turn && this.isConnected && this.turn(true);
    inWholeTask((this.queued = turn));
    return true;
  }

  /** Out of the page: printing and find no longer reach it, and the page's set of lists lets it go. */
  protected override disconnected(): void {
    inView.delete(this);
  }

  /** Back in the page: the turn that did not run while the element was out of it goes on. */
  protected override reconnected(): void {
    if (this.view && this.queued) inView.add(this);
    if (this.queued) this.next();
  }
}

const inTurns = directive(InTurns);
