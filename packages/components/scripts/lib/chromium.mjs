// The system Chromium for every browser check (web-test-runner, Playwright, Vitest, and the
// scripts: SSR, consumer projects, benchmarks): CHROME_PATH, else Debian's. Nothing downloads a browser.
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

/** Launches it headless with playwright-core, for the scripts that drive a page themselves. */
export async function launch(extraArgs = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...chromiumArgs, ...extraArgs] });
}
