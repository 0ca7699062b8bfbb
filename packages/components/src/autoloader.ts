/**
 * The embed's autoloader: `<script type="module" src=".../eu-autoloader.js">` defines, lazily,
 * only the `eu-` elements the page uses. It looks for them when it runs and whenever the page adds
 * elements later (a MutationObserver), and loads each from `elements/<name>.js` beside this script,
 * resolved from its own URL, so it works from any host path or CDN folder. Elements share Lit and
 * the core through chunks, so two elements cost one copy of each.
 */

/** The names of the elements in the embed build (`eu-<name>` is defined by `elements/<name>.js`); filled in by rollup. */
declare const __EU_ELEMENTS__: readonly string[];

const pending = new Set<string>(__EU_ELEMENTS__);
const loading = new Map<string, Promise<unknown>>();
/**
 * How many loads of each element's file failed. Some browsers keep a failed `import()` failed for
 * its URL (see shared/import-again.ts), so the next try asks for `?retry=<n>`; it comes when the
 * browser is back online or the page adds elements (`scan`). The chunks the file imports statically
 * (Lit, the element core) keep their URLs: in those browsers, if one of them failed, only a reload helps.
 */
const failures = new Map<string, number>();

function load(name: string): Promise<unknown> {
  pending.delete(name);
  const failed = failures.get(name) ?? 0;
  const url = new URL(`./elements/${name}.js${failed ? `?retry=${failed}` : ''}`, import.meta.url).href;
  const promise = import(/* @vite-ignore */ url).catch((error: unknown) => {
    console.error(`@eu-belarus/components autoloader: could not load <eu-${name}> from ${url}`, error);
    failures.set(name, failed + 1);
    pending.add(name);
    observe();
  });
  loading.set(name, promise);
  return promise;
}

/** Loads every element that is in `root` and not loaded yet. */
function scan(root: ParentNode): void {
  for (const name of [...pending]) if (root.querySelector(`eu-${name}`)) void load(name);
  if (!pending.size) observer?.disconnect();
}

let observer: MutationObserver | undefined;
let queued = false;
const observe = () => observer?.observe(document.documentElement, { childList: true, subtree: true });

if (typeof document !== 'undefined') {
  observer = new MutationObserver((records) => {
    if (queued || !records.some((r) => r.addedNodes.length)) return;
    // One scan per batch of changes, however many nodes a framework inserts.
    queued = true;
    queueMicrotask(() => {
      queued = false;
      scan(document);
    });
  });
  observe();
  addEventListener('online', () => scan(document));
  scan(document);
}

declare global {
  interface Window {
    /** Resolves when the elements found so far are defined; e.g. `await window.euAutoloader?.ready()`. */
    euAutoloader?: { ready(): Promise<void>; loaded(): string[] };
  }
}

if (typeof window !== 'undefined')
  window.euAutoloader ??= {
    ready: async () => void (await Promise.all(loading.values())),
    loaded: () => [...loading.keys()].map((name) => `eu-${name}`),
  };

export {};
