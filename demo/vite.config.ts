/**
 * The demo as a standalone static site (npm run demo): the same entry the extension ships as
 * demo.html, built without WXT. JSX goes through Vite's own Oxc transform, so no React plugin is needed.
 */
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';

export const DEMO_ROOT = fileURLToPath(new URL('../entrypoints/demo/', import.meta.url));
export const DEMO_OUT_DIR = fileURLToPath(new URL('../.output/demo/', import.meta.url));

const config: InlineConfig = {
  root: DEMO_ROOT,
  base: './',
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  // Explicit, so a build started from a test runner (NODE_ENV=test) is still a production build.
  mode: 'production',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: DEMO_OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
};

export default config;
