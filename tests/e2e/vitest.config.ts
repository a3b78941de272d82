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
    // Polls assert what the coach shows, not how fast (bench:browser measures that): on a first focus
    // the coach loads and compiles its packs in slices while the keys go in, which on a busy 2-core
    // machine can take longer than the 1 s default.
    expect: { poll: { timeout: 5_000 } },
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
