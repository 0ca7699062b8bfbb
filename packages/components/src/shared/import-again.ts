/**
 * The browser builds' `import()`: a chunk whose load failed is asked for again at another URL.
 * Some browsers keep a failed `import()` failed for its URL (the module map holds the failure, as
 * the HTML standard long required; its change "Don't cache HTTP errors in the module map" lets them
 * fetch again, and Chromium 156, which the tests use, does), so a second `import()` of it fails at
 * once, however good the network is by then, and "Try again" could never bring the content back
 * without reloading the page. The first load uses the chunk's own URL (the same module as any
 * static import of it); after n failures, `?retry=n`: a new entry in the module map, a new request.
 *
 * Only the chunk asked for gets a new URL: the chunks it imports statically keep theirs, and one of
 * those that failed fails again at once there (then only a reload helps). In the embed a content
 * chunk imports only the script itself, which has run; a translation chunk, its English chunk.
 *
 * Not a module the sources import: rollup.retry.mjs puts this code (self-contained: no imports) at
 * the start of each chunk of the embed and the autoloader that loads others, and every `import(x)`
 * of that chunk becomes `importAgain(x)`, so `x` still resolves from the chunk's own URL and each
 * chunk counts the failures of its own imports. The modules for bundlers and SSR keep `import()`.
 */

/** How many loads of each specifier failed. */
const failures = new Map<string, number>();

/** `import(specifier)`, at a fresh URL once a load of it has failed (the build's specifiers have no query). */
export function importAgain(specifier: string): Promise<unknown> {
  const failed = failures.get(specifier) ?? 0;
  return import(/* @vite-ignore */ failed ? `${specifier}?retry=${failed}` : specifier).catch((error: unknown) => {
    failures.set(specifier, failed + 1);
    throw error;
  });
}
