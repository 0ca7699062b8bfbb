/**
 * Long content of a concealed render in turns. A far element renders concealed in idle time
 * (`hidden="until-found"`, for the browser's find: see first-render.ts), and at CPU ×4 one
 * element's first render was one task of 150–250 ms on a page whose reader is elsewhere. Content
 * under `hidden="until-found"` is not laid out, so making it in parts costs no page layout: the
 * first render makes the element's frame (heading, filters, source lines), the parts of its long
 * lists come in later idle periods, a short task each.
 *
 * Only there. Renders in view, eager, printed, later renders (a filter, a language), the server and
 * hydration make every part at once (parts appearing in view would move the page). An element
 * revealed while turns remain (it came near, was found or printed) makes the rest before it shows,
 * and its `updateComplete` waits for the last turn.
 */
import { isServer } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { inIdleTime } from './first-render.js';

/**
 * How long one turn takes, in ms, making parts and their DOM: well under a 50 ms long task, also at
 * CPU ×4. Each turn makes as many parts as the last turn's pace says fit. A setting (tests set 0:
 * one part a turn).
 */
export const slice = { ms: 12 };

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
    /** True while the element makes its first render concealed (the only render in turns). */
    private readonly concealed: () => boolean,
    /** Runs after the last turn (the parts made later may change what the element says about them). */
    private readonly after: () => void,
  ) {}

  /** Turns still to come, for `updateComplete`; undefined when there are none. */
  get pending(): Promise<void> | undefined {
    return this.lists.size ? this.done : undefined;
  }

  /**
   * The parts of one list (or the element's sections): in a concealed first render each in a
   * later turn, in any other render every part now.
   */
  list(parts: readonly (() => unknown)[]): unknown {
    if (isServer || !this.concealed()) {
      if (this.lists.size) this.stop();
      return parts.map((part) => part());
    }
    return parts.length ? inTurns(this, parts) : [];
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
    this.lists.clear();
    this.finish?.();
  }
}

/** The parts of a list, in idle periods (about `slice.ms` each). */
class InTurns extends AsyncDirective {
  private started = false;
  /** The next turn, while it waits for an idle period (it does not run while the element is out of the page). */
  private queued?: () => void;
  private turns?: Turns;
  private generation = 0;
  private shown: unknown[] = [];
  private parts: readonly (() => unknown)[] = [];
  /** How many parts the next turn makes: one at first, then as many as the last turn's pace fits in `slice.ms`. */
  private pace = 1;

  render(turns: Turns, parts: readonly (() => unknown)[]): unknown {
    if (this.started) return this.shown;
    this.started = true;
    this.turns = turns;
    this.parts = parts;
    this.generation = turns.begin(this);
    this.next();
    return this.shown;
  }

  /** Makes the next parts (or all of them), shows them, and queues the next turn if some remain. */
  private turn(all = false): void {
    this.queued = undefined;
    const turns = this.turns!;
    if (!turns.current(this.generation)) return;
    const begun = performance.now();
    const end = all ? this.parts.length : Math.min(this.parts.length, this.shown.length + this.pace);
    turns.within(() => {
      while (this.shown.length < end) this.shown.push(this.parts[this.shown.length]!());
    });
    this.setValue([...this.shown]);
    this.pace = Math.max(1, Math.floor((this.pace * slice.ms) / Math.max(performance.now() - begun, 1)));
    if (this.shown.length < this.parts.length) this.next();
    else turns.end(this);
  }

  complete(): void {
    this.turn(true);
  }

  /** The next turn, in an idle period of its own (within a second on a busy page). */
  private next(): void {
    const turn = () => this.queued === turn && this.isConnected && this.turn();
    this.queued = turn;
    inIdleTime(turn, 1000);
  }

  /** Back in the page: the turn that did not run while the element was out of it goes on. */
  protected override reconnected(): void {
    if (this.queued) this.next();
  }
}

const inTurns = directive(InTurns);
