/** How long a `src` request may take (ms), and how large its response may be (bytes). */
export const TIMEOUT_MS = 10_000;
/** 5 MB: far above any real dataset, small enough that a wrong URL cannot stall the page. */
export const MAX_BYTES = 5 * 1024 * 1024;
