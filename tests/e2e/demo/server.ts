/**
 * Starts `npm run demo`'s server for a test: a free loopback port unless DEMO_TEST_PORT names
 * one, and the URL as the server prints it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');
const STARTUP_TIMEOUT_MS = 120_000;

export interface DemoServer {
  url: string;
  stop(): Promise<void>;
}

export function startDemoServer(port = process.env.DEMO_TEST_PORT ?? '0'): Promise<DemoServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo-server.ts', '--port', port], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the demo server did not start within ${STARTUP_TIMEOUT_MS} ms:\n${output}`));
    }, STARTUP_TIMEOUT_MS);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Postcoach demo: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo server exited with ${code}:\n${output}`));
    });
  });
}
