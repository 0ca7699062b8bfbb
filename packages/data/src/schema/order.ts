import type { z } from 'zod';

/** zod refinement: a status history (oldest first) whose `asOf` dates never go back. */
export function inDateOrder(history: readonly { asOf: string }[], ctx: z.RefinementCtx): void {
  history.forEach((entry, i) => {
    if (i > 0 && history[i - 1]!.asOf > entry.asOf)
      ctx.addIssue({ code: 'custom', message: 'status history must be in date order', path: [i, 'asOf'] });
  });
}
