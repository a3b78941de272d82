/**
 * The options page in a real Chromium: importing a pack shows its rules and reaches an open
 * composer without a reload; a tampered bundle is refused with the reason and the good pack stays.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateSigningKey } from '../../../lib/packs/keys.ts';
import { CASES, openComposer } from '../cases.ts';
import { launch, type Harness } from '../harness.ts';
import { ACME_DRAFT, ACME_RULE, acmePackYaml, extensionId, signedAcmeBundle, openExtensionPage, waitUntil, blockCountOnTab } from './pack-files.ts';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, any>> } } };

let harness: Harness;
let options: Page;

async function activePackIds(): Promise<string[]> {
  const worker = await harness.extension();
  return worker.evaluate(async () => ((await chrome.storage.local.get('activePacks')).activePacks?.packs ?? []).map((p: { id: string; version: string }) => `${p.id}@${p.version}`));
}

async function importFile(name: string, text: string): Promise<void> {
  await options.getByLabel('Pack file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
}

beforeAll(async () => {
  harness = await launch();
  const worker = await harness.extension();
  await waitUntil(async () => (await activePackIds()).length > 0, "the background's first activation");
  options = await harness.context.newPage();
  await openExtensionPage(options, extensionId(worker.url()), 'options.html');
});
afterAll(async () => {
  await harness?.close();
});

describe('options page', () => {
  test('imports a pack, lists its rules with the bad example highlighted, and an open composer picks it up', async () => {
    const x = CASES[0]!;
    const worker = await harness.extension();
    const composer = await harness.context.newPage();
    await composer.goto(x.url);
    await openComposer(composer, x, ACME_DRAFT);
    await expect.poll(() => blockCountOnTab(worker, x.url), { timeout: 10_000 }).toBe(0);
    await options.bringToFront();

    await importFile('acme.yaml', acmePackYaml('1.0.0'));
    // Validation compiles core and runs every example inside the service worker: seconds, not milliseconds.
    await expect.poll(() => options.getByTestId('import-status').textContent(), { timeout: 30_000 }).toBe('Imported acme 1.0.0 from acme.yaml.');
    expect(await activePackIds()).toContain('acme@1.0.0');

    const row = options.locator('tr[data-source="import"]');
    await expect.poll(() => row.textContent(), { timeout: 5_000 }).toContain('Acme social media guidelines (acme)');
    expect(await row.locator('td').last().textContent()).toBe('Active');

    await options.getByLabel('Search rules').fill('Bluebird');
    const card = options.locator(`article[data-rule-id="${ACME_RULE}"]`);
    await expect.poll(() => card.count(), { timeout: 5_000 }).toBe(1);
    expect(await card.locator('mark').allTextContents()).toEqual(['Bluebird']);
    expect(await card.textContent()).toContain('Codenames are confidential until launch.');

    // The composer tab was not reloaded: its content script re-checked the draft with the new rules.
    await expect.poll(() => blockCountOnTab(worker, x.url), { timeout: 15_000 }).toBe(1);
    await composer.close();
  });

  test('refuses a tampered bundle with the reason and keeps the last good pack', async () => {
    const bundle = await signedAcmeBundle('1.1.0', await generateSigningKey());
    (bundle.pack as { title: string }).title = 'Slipped in';
    await importFile('acme.bundle.json', JSON.stringify(bundle));
    await expect.poll(() => options.getByTestId('import-error').textContent(), { timeout: 30_000 }).toBe('acme.bundle.json was not imported: the pack was changed after it was built');
    expect(await activePackIds()).toContain('acme@1.0.0');
    expect(await options.locator('tr[data-source="import"] td').last().textContent()).toBe(
      'Active (version 1.0.0 kept) — the latest candidate was refused: the pack was changed after it was built',
    );
  });

  test('the popup shows the active pack, the refusal reason, and lets the employee switch a site off', async () => {
    const worker = await harness.extension();
    const popup = await harness.context.newPage();
    await openExtensionPage(popup, extensionId(worker.url()), 'popup.html');
    await expect.poll(() => popup.getByTestId('popup-pack').textContent(), { timeout: 10_000 }).toBe('Acme social media guidelines 1.0.0 (Imported file)');
    expect(await popup.getByRole('alert').allTextContents()).toEqual(['Latest update refused: the pack was changed after it was built']);
    // Opened as a tab, the active tab is the popup itself: no content script runs there.
    expect(await popup.getByRole('status').textContent()).toBe('Postcoach does not run on this page. It coaches on X and LinkedIn.');

    await popup.getByRole('checkbox', { name: 'X' }).uncheck();
    const xEnabled = () => worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings.sites.x as boolean);
    await expect.poll(xEnabled, { timeout: 5_000 }).toBe(false);
    await popup.getByRole('checkbox', { name: 'X' }).check();
    await expect.poll(xEnabled, { timeout: 5_000 }).toBe(true);
    await popup.close();
  });

  test('the options page and the popup have no serious accessibility violations', async () => {
    const popup = await harness.context.newPage();
    await openExtensionPage(popup, extensionId((await harness.extension()).url()), 'popup.html');
    await popup.getByTestId('popup-pack').waitFor();
    for (const page of [options, popup]) {
      const results = await new AxeBuilder({ page: page as never }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});
