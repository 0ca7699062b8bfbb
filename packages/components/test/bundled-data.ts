// The bundled datasets the elements render, changed in place for one test: the path by which
// data reaches rendering without the schema (which rejects an unsafe link or a hostile cell in
// `.data` or `src` before an element could show it). Every change is undone after the test.
import type { Topic } from '@eu-belarus/data/schema';

const MODULES: Record<Topic, () => Promise<Record<string, unknown>>> = {
  sources: () => import('@eu-belarus/data/sources'),
  quotes: () => import('@eu-belarus/data/quotes'),
  overview: () => import('@eu-belarus/data/overview'),
  dialogues: () => import('@eu-belarus/data/dialogues'),
  assistance: () => import('@eu-belarus/data/assistance'),
  programmes: () => import('@eu-belarus/data/programmes'),
  trade: () => import('@eu-belarus/data/trade'),
  timeline: () => import('@eu-belarus/data/timeline'),
  'restrictive-measures': () => import('@eu-belarus/data/restrictive-measures'),
};

type Node = Record<string, unknown>;

const undo: (() => void)[] = [];
afterEach(() => {
  while (undo.length) undo.pop()!();
});

/**
 * Calls `change(object)` on every object in the bundled data of `topics`; `change` returns the
 * new values of the keys it changes. Returns how many objects changed.
 */
export async function changeBundled(
  topics: readonly Topic[],
  change: (object: Node) => Node | undefined,
): Promise<number> {
  const before = undo.length;
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach(visit);
    const object = value as Node;
    Object.values(object).forEach(visit);
    const updates = change(object);
    if (!updates) return;
    for (const [key, next] of Object.entries(updates)) {
      const old = object[key];
      object[key] = next;
      undo.push(() => (object[key] = old));
    }
  };
  for (const topic of topics) Object.values(await MODULES[topic]()).forEach(visit);
  return undo.length - before;
}

/** Links no element may render, however the data spells them. */
export const UNSAFE_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'http://example.org/insecure',
  'vbscript:msgbox(1)',
];
