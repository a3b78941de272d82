import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/pack/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
          environment: 'node',
          // A hang guard for a shared 2-core machine, not a speed assertion: speed is measured by npm run bench.
          testTimeout: 60_000,
        },
      },
      // Browser suites (real Chromium with the built extension) bring their own config.
      'tests/*/vitest.config.ts',
      'tests/e2e/*/vitest.config.ts',
    ],
  },
});
