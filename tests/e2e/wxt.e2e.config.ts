/**
 * The project's own WXT config, built into a directory of its own so parallel `npm run build`s
 * cannot clobber the build under test — plus the lazy coach: entrypoints/content/lazy.ts becomes
 * the web-accessible coach.js that the content script imports on first focus.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import base from '../../wxt.config.ts';

const MATCHES = ['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*'];

const lazyCoach = defineConfig({
  vite: () => ({ define: { __POSTCOACH_LAZY_COACH__: 'true' } }),
  hooks: {
    'entrypoints:resolved': (wxt, entrypoints) => {
      entrypoints.push({
        type: 'unlisted-script',
        name: 'coach',
        inputPath: resolve(wxt.config.root, 'entrypoints/content/lazy.ts'),
        outputDir: wxt.config.outDir,
        options: {},
        skipped: false,
      });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      const resources = manifest.manifest_version === 2 ? ['coach.js'] : [{ resources: ['coach.js'], matches: MATCHES }];
      manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), ...resources] as typeof manifest.web_accessible_resources;
    },
  },
});

// Once the project config registers the lazy coach itself, it must not be added twice.
export default defineConfig({ ...base, ...(base.hooks ? {} : lazyCoach), outDir: '.output/e2e' });
