/**
 * The demo's browser suite: the e2e project's settings, with its own files and a rebuild when the
 * demo's sources are newer than the extension build (the shared setup does not watch demo/).
 */
import { defineConfig } from 'vitest/config';
import { join } from 'node:path';
import base from '../vitest.config.ts';

const E2E = join(import.meta.dirname, '..');

export default defineConfig({
  test: {
    ...base.test,
    name: 'e2e-demo',
    root: E2E,
    include: ['demo/**/*.test.ts'],
    globalSetup: [join(E2E, 'global-setup.ts'), join(import.meta.dirname, 'fresh-build.ts')],
  },
});
