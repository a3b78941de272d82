/** The demo under test: where it is served, what it should show, and how to reach its parts. */
import type { Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launch, type Harness } from '../harness.ts';
import { startDemoServer } from './server.ts';
import { loadPackFile } from '../../../rules/engine/node.ts';
import type { Platform } from '../../../rules/engine/index.ts';
import { checkerFor } from '../../../demo/packs.ts';
import { buildGallery } from '../../../demo/gallery.ts';
import { planFixes } from '../../../demo/fix-plan.ts';
import type { Scenario } from '../../../demo/scenario.ts';

export const ROOT = new URL('../../../', import.meta.url).pathname;

export interface Running {
  harness: Harness;
  /** The demo page's URL, without query or hash. */
  url: string;
  stop(): Promise<void>;
}

export interface Target {
  name: string;
  start(): Promise<Running>;
}

export const TARGETS: Target[] = [
  {
    name: 'npm run demo',
    async start() {
      const server = await startDemoServer();
      const harness = await launch({ withExtension: false });
      // The harness aborts every request it does not serve; let the demo's own origin through.
      await harness.context.route(`${server.url}**`, (route) => route.continue());
      return { harness, url: server.url, stop: async () => { await harness.close(); await server.stop(); } };
    },
  },
  {
    name: 'extension demo.html',
    async start() {
      const harness = await launch();
      const origin = `chrome-extension://${extensionId()}/`;
      await harness.context.route(`${origin}**`, (route) => route.continue());
      return { harness, url: `${origin}demo.html`, stop: () => harness.close() };
    },
  },
];

/**
 * Chromium's id for the built extension, from the public key in its manifest (the first 32 hex
 * digits of its SHA-256, written with a–p) — known without waiting for the service worker.
 */
export function extensionId(): string {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { key: string };
  const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

// What the page should show, computed here from the same core pack and the same modules.
const checker = checkerFor([loadPackFile(`${ROOT}rules/packs/core.yaml`)]);
export const SECTIONS = buildGallery(checker, 'en');
export const planOf = (s: Scenario) => planFixes(s.bad, s.good, (text) => checker.check(text, { platform: s.platform, surface: 'post', locale: 'en' }));
/** Every state a scenario passes through in presentation mode. */
export const statesOf = (s: Scenario) => [s.bad, ...planOf(s).map((p) => p.text)];
const firstOfEach = SECTIONS.map((section) => section.scenarios[0]!);
export const PLAYLIST = firstOfEach;
export const QUICK_FIX = firstOfEach.find((s) => planOf(s).every((p) => p.step.kind === 'fix'))!;
export const REWRITE = firstOfEach.find((s) => planOf(s).some((p) => p.step.kind === 'rewrite'))!;

export const editor = (page: Page, platform: Platform) => page.locator(`.sim-${platform} .sim-editor`);
export const pill = (page: Page, platform: Platform) => page.locator(`postcoach-overlay .pc-pill[data-composer="demo-${platform}"]`);
export const underlines = (page: Page) => page.locator('postcoach-overlay .pc-underline');
export const editorText = (page: Page, platform: Platform) => editor(page, platform).innerText();

/**
 * The page paints at once and builds its gallery in slices after it (every example of the packs,
 * 1,326 in the core pack). Measured with scripts/demo-load-bench.ts on this 2-core machine shared
 * with three other engineers (load average 5–7): composers after 1.2–2.3 s, the first card after
 * 2.2–4.0 s, the whole gallery after 9.1–17.6 s; the harness's 8 s action timeout is too short
 * for the whole gallery under that load. Both waits leave two to three times the worst figure.
 */
const FIRST_CARD_MS = 12_000;
export const GALLERY_COMPLETE_MS = 40_000;

/** Opens the demo and waits until its gallery shows a first card; the rest may still be coming. */
export async function openDemo(page: Page, url: string, query = 'lang=en'): Promise<void> {
  await page.goto(`${url}?${query}`);
  await page.locator('.gallery-card').first().waitFor({ timeout: FIRST_CARD_MS });
}

/** For checks that need every scenario (the whole playlist). */
export async function galleryComplete(page: Page): Promise<void> {
  await page.locator('.gallery-grid[aria-busy="false"]').waitFor({ timeout: GALLERY_COMPLETE_MS });
}

export async function openScenario(page: Page, scenario: Scenario, live = false): Promise<void> {
  await page.getByLabel('Type it live').setChecked(live);
  // Its category may not be built yet.
  await page.locator(`[data-scenario="${scenario.id}"]`).click({ timeout: GALLERY_COMPLETE_MS });
}
