/**
 * Before the browser suites: Chromium must exist, and the Chrome build must be newer than every
 * source it is made from (otherwise `npx wxt build` runs once here, into .output/e2e).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, EXTENSION_DIR } from './harness.ts';

const ROOT = join(import.meta.dirname, '../..');
const SOURCES = ['entrypoints', 'components', 'sites', 'lib', 'rules', 'locales', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Vitest marks its environment as a test run (NODE_ENV=test, VITEST…); the build must not inherit that. */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST') delete env[key];
  return env;
}

/** Builds the extension under test unless the build is newer than its sources. */
export function ensureBuilt(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser suites need Chromium at ${CHROMIUM} (Debian: apt-get install chromium). It is not there.`);
  }
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (built >= changed) return;
  execFileSync('npx', ['wxt', 'build', '-c', 'tests/e2e/wxt.e2e.config.ts'], { cwd: ROOT, stdio: 'inherit', env: buildEnv() });
}

export default function setup(): void {
  ensureBuilt();
}
