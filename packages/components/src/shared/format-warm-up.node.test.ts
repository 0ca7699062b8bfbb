// Intl's setting-up, paid once per page, is spread over short tasks before the first render
// (format.ts warmUp): nothing at once, one piece per task (the likely subtags, then each kind), and
// the formatters renders use.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collator, formatCount, formatDate, warmUp } from './format.js';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('warmUp', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the likely subtags, then makes a collator, a number and a date format, each in a task of its own, that renders then use', async () => {
    const made: string[] = [];
    const maximize = Intl.Locale.prototype.maximize;
    vi.spyOn(Intl.Locale.prototype, 'maximize').mockImplementation(function (this: Intl.Locale) {
      made.push(`likely subtags ${this.baseName}`);
      return maximize.call(this);
    });
    for (const kind of ['Collator', 'NumberFormat', 'DateTimeFormat'] as const) {
      const Real = Intl[kind] as unknown as new (...args: unknown[]) => object;
      vi.spyOn(Intl, kind).mockImplementation(function (this: unknown, ...args: unknown[]) {
        made.push(`${kind} ${String(args[0])}`);
        return new Real(...args);
      } as never);
    }
    const timers = vi.spyOn(globalThis, 'setTimeout');
    warmUp('fi');
    warmUp('fi'); // once per page, however many elements connect
    expect(made).toEqual([]);
    expect(timers).toHaveBeenCalledTimes(1);
    const steps = ['likely subtags fi', 'Collator fi', 'NumberFormat fi', 'DateTimeFormat fi'];
    for (let step = 1; step <= steps.length; step++) {
      await nextTask();
      expect(made).toEqual(steps.slice(0, step));
    }
    await nextTask();
    expect(made).toHaveLength(4);
    // Four tasks of its own, and no more (each nextTask above is one timer of the test's).
    expect(timers).toHaveBeenCalledTimes(4 + 5);
    // A render's first count, date and sort make nothing new.
    expect([formatCount(12345, 'fi'), formatDate('2014-01-30', 'fi')]).toEqual(['12\u00a0345', '30. tammikuuta 2014']);
    expect(collator('fi').compare('a', 'b')).toBeLessThan(0);
    expect(made).toHaveLength(4);
  });
});
