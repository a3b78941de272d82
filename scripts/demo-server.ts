/**
 * npm run demo [-- --port N] [-- --no-build]: builds the trainers' demo as a static site into
 * .output/demo/ and serves it on http://127.0.0.1:4173/ (loopback only; DEMO_PORT works too,
 * and port 0 picks a free one). Prints the URL to open.
 */
import { build } from 'vite';
import config, { DEMO_OUT_DIR } from '../demo/vite.config.ts';
import { serveStatic } from '../demo/static-server.ts';

export const DEFAULT_DEMO_PORT = 4173;

function portFrom(args: string[], env: NodeJS.ProcessEnv): number {
  const flag = args.indexOf('--port');
  const raw = flag >= 0 ? args[flag + 1] : env.DEMO_PORT;
  if (raw === undefined) return DEFAULT_DEMO_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`demo: "${raw}" is not a port number (0–65535; 0 picks a free port).`);
    process.exit(2);
  }
  return port;
}

const args = process.argv.slice(2);
const port = portFrom(args, process.env);
if (!args.includes('--no-build')) {
  const started = performance.now();
  await build(config);
  console.log(`demo: built into ${DEMO_OUT_DIR} in ${Math.round(performance.now() - started)} ms`);
}
try {
  const { url } = await serveStatic(DEMO_OUT_DIR, port);
  console.log(`Postcoach demo: ${url}`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `demo: port ${port} is in use; try --port ${port + 1} or DEMO_PORT.` : `demo: ${String(error)}`);
  process.exit(1);
}
