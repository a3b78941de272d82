import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/pack/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
          environment: 'node',
        },
      },
      // Browser suites (real Chromium with the built extension) bring their own config.
      'tests/*/vitest.config.ts',
    ],
  },
});
