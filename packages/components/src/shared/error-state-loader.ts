type ErrorState = typeof import('./error-state.js');

/**
 * The error state's details (the reason in plain words, "Try again", the source page's link, and
 * their strings) load with the first error, as its own chunk: most pages never show one. Until
 * they have loaded, or if they cannot, the error still reads "This information could not be
 * shown." and its event is dispatched. `load` is replaced in tests to fail.
 */
export const errorState: { loaded?: ErrorState; load: () => Promise<ErrorState> } = {
  load: () => import('./error-state.js'),
};

/** Loads the error state's details once; never fails (the error shows without them). */
export function loadErrorState(): Promise<unknown> {
  if (errorState.loaded) return Promise.resolve();
  return errorState.load().then(
    (module) => (errorState.loaded = module),
    (error: unknown) => console.warn("@eu-belarus/components: could not load the error state's details", error),
  );
}
