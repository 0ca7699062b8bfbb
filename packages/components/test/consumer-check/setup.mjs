// Global setup of the consumer check: `pnpm pack` both packages exactly as they would be
// published, copy the consumer project test/consumer/ (a web team's TypeScript, Vite and React 18
// project) into os.tmpdir() and install both tarballs into it with npm (one install serves every
// check). The tests find it at EU_CONSUMER_WORK; KEEP_CONSUMER_CHECK=1 keeps the folder.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../..', import.meta.url));

/** Runs a command; a failure says which command failed where, with its output. */
export function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_loglevel: 'error', CI: 'true' },
    });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}${e.stderr ?? ''}`, { cause: e });
  }
}

export default function setup() {
  const work = mkdtempSync(join(tmpdir(), 'eu-belarus-consumer-'));
  const tarballs = ['data', 'components'].map((name) => {
    const out = join(work, `pack-${name}`);
    run('pnpm', ['pack', '--pack-destination', out], join(repo, 'packages', name));
    return join(
      out,
      readdirSync(out).find((f) => f.endsWith('.tgz')),
    );
  });
  const app = join(work, 'app');
  cpSync(fileURLToPath(new URL('../consumer', import.meta.url)), app, { recursive: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', ...tarballs], app);
  process.env.EU_CONSUMER_WORK = work;
  return () => {
    if (process.env.KEEP_CONSUMER_CHECK === '1') console.log(`consumer check: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  };
}
