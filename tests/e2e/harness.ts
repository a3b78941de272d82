/**
 * Launches Debian's Chromium with the built extension and serves the fixture pages at the real
 * x.com / www.linkedin.com URLs. Every other request is aborted and recorded, and every request's
 * URL and body are kept so tests can prove the draft never leaves the page.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkedinPage, xPage, type Theme } from './fixtures/pages.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** The build under test; POSTCOACH_EXTENSION_DIR points the benchmark at another build (e.g. an older commit's) to compare. */
export const EXTENSION_DIR = process.env.POSTCOACH_EXTENSION_DIR ?? join(import.meta.dirname, '../../.output/e2e/chrome-mv3');

export interface RequestRecord {
  url: string;
  body: string;
  aborted: boolean;
}

export interface Harness {
  context: BrowserContext;
  requests: RequestRecord[];
  /** Runs in the extension's service worker (chrome.* available). */
  extension(): Promise<Worker>;
  open(url: string, theme?: Theme): Promise<Page>;
  close(): Promise<void>;
}

const ACTION_TIMEOUT_MS = 8_000;
const SERVED_HOSTS = new Set(['x.com', 'twitter.com', 'www.linkedin.com']);

export async function launch(options: { withExtension?: boolean } = {}): Promise<Harness> {
  const withExtension = options.withExtension ?? true;
  const profile = mkdtempSync(join(tmpdir(), 'postcoach-e2e-'));
  const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  const requests: RequestRecord[] = [];
  let theme: Theme = 'light';
  context.on('request', (request) => {
    requests.push({ url: request.url(), body: request.postData() ?? '', aborted: false });
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') {
      await route.continue();
      return;
    }
    if (url.protocol === 'https:' && SERVED_HOSTS.has(url.hostname) && route.request().resourceType() === 'document') {
      const body = url.hostname === 'www.linkedin.com' ? await linkedinPage(theme) : await xPage(theme);
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      return;
    }
    const record = requests.find((r) => r.url === route.request().url() && !r.aborted);
    if (record) record.aborted = true;
    await route.abort('blockedbyclient');
  });
  return {
    context,
    requests,
    async extension() {
      return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    },
    async open(url, pageTheme = 'light') {
      theme = pageTheme;
      const page = context.pages()[0] ?? (await context.newPage());
      // Fail at the step that went wrong, well before the test's own timeout.
      page.setDefaultTimeout(ACTION_TIMEOUT_MS);
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
