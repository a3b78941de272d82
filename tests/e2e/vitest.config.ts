import { defineConfig } from 'vitest/config';

/** Real Chromium with the built extension: one browser at a time, generous timeouts. */
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['suites/**/*.test.ts', 'packs/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
