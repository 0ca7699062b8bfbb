/**
 * When the turns of long lists run (see in-turns.ts): in view, one frame a turn; below the viewport,
 * a cheap list whole in a task of its own.
 */
import { withNextFrame, yieldToHost } from './first-render.js';

/**
 * How long one turn takes, in ms, making parts and their DOM: well under a 50 ms long task, also at
 * CPU ×4 (the layout of what it made follows). Each turn makes as many parts as the last turn's
 * pace says fit, at most twice the last turn's. A setting (tests set 0: one part a turn).
 */
export const slice = { ms: 12 };

/**
 * Turns in view take one frame each: a turn runs in a task right after the browser has laid out
 * and painted the last one, so each layout holds only what one turn added (turns in back-to-back
 * tasks let the layouts pile up into one long task). Several lists share a frame while the first
 * turns of it took less than `slice.ms`. A page in a background tab (no frames) goes on by timer.
 *
 * One list at a time, in the order they rendered: a list's next turn comes before the first turn
 * of a list that has made no part yet. Parts added to a list move everything below it, and each
 * frame walks what moved again to paint it; lists still waiting for their parts are small, so the
 * frames of a page of many lists stay short (a hundred lists taking turns in rotation spent about
 * twice as long in the frames' pre-paint).
 */
const due: (() => void)[] = [];
let frameAsked = false;
export function inNextFrame(turn: () => void, started: boolean): void {
  due[started ? 'unshift' : 'push'](turn);
  askFrame();
}
function askFrame(): void {
  if (frameAsked) return;
  frameAsked = true;
  withNextFrame(() => {
    frameAsked = false;
    const begun = performance.now();
    // At least one turn (if a run before this one has not taken them all), then more while time is left.
    while (due.length) {
      due.shift()!();
      if (performance.now() - begun >= slice.ms) break;
    }
    if (due.length) askFrame();
    else void makeWhole();
  }, true);
}

/**
 * A list that starts below the viewport and is cheap to make (in-turns.ts: at the pace of the last
 * whole list of its kind it fits `BUDGET_MS`) takes no turns: it comes whole in a task of its own, in
 * order, once the lists taking turns are whole (parts added to a list move every list below it). The
 * tasks follow as `yieldToHost()` continuations: a few frames lay out what they made, not a frame a
 * turn (each styles and walks the whole page again).
 */
const wholeDue: (() => void)[] = [];
let wholeAsked = false;
export function inWholeTask(turn: () => void): void {
  wholeDue.push(turn);
  void makeWhole();
}
async function makeWhole(): Promise<void> {
  if (wholeAsked || due.length || !wholeDue.length) return;
  wholeAsked = true;
  await yieldToHost();
  wholeAsked = false;
  if (!due.length) wholeDue.shift()!();
  void makeWhole();
}
