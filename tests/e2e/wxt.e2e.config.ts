/**
 * The project's own WXT config, built into a directory of its own so parallel `npm run build`s
 * cannot clobber the build under test.
 */
import { defineConfig } from 'wxt';
import base from '../../wxt.config.ts';

export default defineConfig({ ...base, outDir: '.output/e2e' });
