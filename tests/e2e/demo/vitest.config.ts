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
    // A hang guard: a few checks wait for the whole gallery, which the page builds in slices after it
    // opens (up to GALLERY_COMPLETE_MS in demo-page.ts on a busy machine).
    testTimeout: 90_000,
    globalSetup: [join(E2E, 'global-setup.ts'), join(import.meta.dirname, 'fresh-build.ts')],
  },
});
