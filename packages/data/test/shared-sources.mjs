// The reference files of the content (the 2016 page, FACTS.md, FACTS-2017-2026.md) live beside the
// repository, not in it: found by walking up from here, or named by EU_BELARUS_SOURCES. Tests
// that compare the content with them skip when they are not at hand (as in a fresh clone).
import { existsSync } from 'node:fs';

function sourcesDir() {
  if (process.env.EU_BELARUS_SOURCES) return new URL(`file://${process.env.EU_BELARUS_SOURCES.replace(/\/?$/, '/')}`);
  for (let up = new URL('../', import.meta.url); up.pathname !== '/'; up = new URL('../', up)) {
    const dir = new URL('shared/sources/', up);
    if (existsSync(new URL('FACTS.md', dir))) return dir;
  }
  return undefined;
}

const dir = sourcesDir();

/** The URL of a reference file, or `undefined` when the files are not at hand. */
export const sharedSource = (file) => (dir ? new URL(file, dir) : undefined);
