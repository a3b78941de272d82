/**
 * Rebuilds the extension when demo/ or entrypoints/demo/ changed after the last build, or when the
 * last build was made under NODE_ENV=test (React's development JSX calls against its production
 * runtime: the page would not render).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../harness.ts';

const ROOT = join(import.meta.dirname, '../../..');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  return stat.isDirectory() ? Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name)))) : stat.mtimeMs;
}

function builtForTests(): boolean {
  const chunks = join(EXTENSION_DIR, 'chunks');
  if (!existsSync(chunks)) return false;
  return readdirSync(chunks).some((name) => name.startsWith('demo') && readFileSync(join(chunks, name), 'utf8').includes('jsxDEV'));
}

export default function setup(): void {
  const page = join(EXTENSION_DIR, 'demo.html');
  const built = existsSync(page) ? statSync(page).mtimeMs : 0;
  const fresh = built >= Math.max(newest(join(ROOT, 'demo')), newest(join(ROOT, 'entrypoints/demo')));
  if (fresh && !builtForTests()) return;
  // Vitest sets NODE_ENV=test, which would make WXT emit React's development JSX calls.
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
