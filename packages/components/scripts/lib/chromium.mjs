// The system Chromium for every browser check (element tests, story check, hostile pages,
// benchmarks, SSR and consumer checks): CHROME_PATH, else Debian's. Nothing downloads a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath() {
  const path = process.env.CHROME_PATH || CANDIDATES.find((p) => existsSync(p));
  if (!path)
    throw new Error("No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH.");
  return path;
}

/** Headless, sandbox-free (CI runs as root), and silent: no calls home on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches it with playwright-core (`chromium` from the caller's own playwright-core). */
export function launch(chromium, extraArgs = []) {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...chromiumArgs, ...extraArgs] });
}
