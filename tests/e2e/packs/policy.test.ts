/**
 * Enterprise policy as an administrator deploys it: a managed policy file in Chromium's policy
 * folder names the extension by its fixed id and points it at a signed pack on a loopback server.
 * The policy file is removed when the suite ends, whatever happens.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bytesToBase64 } from '../../../lib/packs/encoding.ts';
import { generateSigningKey } from '../../../lib/packs/keys.ts';
import { launch, type Harness } from '../harness.ts';
import { extensionId, openExtensionPage, signedAcmeBundle } from './pack-files.ts';

/** Derived from the manifest `key` (first 32 hex digits of SHA-256 of the key, 0-f → a-p). */
const EXTENSION_ID = 'ijijkdibdggfdebocnjdnbacpeebgkal';
const POLICY_FILE = '/etc/chromium/policies/managed/postcoach-test.json';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, any>> }; managed: { get(): Promise<Record<string, unknown>> } } };

let harness: Harness | undefined;
let server: Server;
/** The outermost policy folder this suite created, removed again when empty. */
let createdPolicyDir: string | undefined;
let packUrl = '';
const served: { ifNoneMatch?: string }[] = [];

function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  if (!createdPolicyDir) return;
  for (let dir = dirname(POLICY_FILE); dir.startsWith(createdPolicyDir); dir = dirname(dir)) {
    if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  }
}

beforeAll(async () => {
  const key = await generateSigningKey();
  const bundle = JSON.stringify(await signedAcmeBundle('2.0.0', key));
  server = createServer((request, response) => {
    served.push({ ifNoneMatch: request.headers['if-none-match'] });
    if (request.url !== '/acme.json') return void response.writeHead(404).end();
    if (request.headers['if-none-match'] === '"acme-2.0.0"') return void response.writeHead(304).end();
    response.writeHead(200, { 'content-type': 'application/json', etag: '"acme-2.0.0"' }).end(bundle);
  });
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  packUrl = `http://127.0.0.1:${port}/acme.json`;

  createdPolicyDir = mkdirSync(dirname(POLICY_FILE), { recursive: true });
  const policy = {
    packUrl,
    publicKeys: [bytesToBase64(key.publicKey)],
    mode: 'strict',
    lockedSettings: ['mode'],
    allowImport: false,
  };
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
  try {
    harness = await launch();
  } catch (error) {
    removePolicy();
    throw error;
  }
});

afterAll(async () => {
  removePolicy();
  await harness?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('enterprise policy', () => {
  test('the extension has the id the policy names', async () => {
    expect(extensionId((await harness!.extension()).url())).toBe(EXTENSION_ID);
  });

  test('the background reads the policy at start: settings follow it, the pack URL is tried', async () => {
    const worker = await harness!.extension();
    const state = () => worker.evaluate(async () => (await chrome.storage.local.get('packSources')).packSources);
    await expect.poll(async () => (await state())?.sources?.remote?.checkedAt, { timeout: 30_000 }).toBeDefined();
    expect((await state()).managed).toBe(true);
    const settings = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(settings.mode).toBe('strict');
  });

  test('the signed pack from the pack URL is fetched, verified with the policy key and activated', async () => {
    // The harness aborts every request it does not serve, the service worker's included; let the loopback pack server through.
    await harness!.context.route(`${packUrl}*`, (route) => route.continue());
    const page = await harness!.context.newPage();
    await openExtensionPage(page, EXTENSION_ID, 'options.html');
    await page.getByRole('button', { name: 'Check for updates now' }).click();

    const worker = await harness!.extension();
    const active = () => worker.evaluate(async () => ((await chrome.storage.local.get('activePacks')).activePacks?.packs ?? []).map((p: { id: string; version: string }) => `${p.id}@${p.version}`));
    await expect.poll(active, { timeout: 30_000 }).toContain('acme@2.0.0');
    const remote = await worker.evaluate(async () => (await chrome.storage.local.get('packSources')).packSources.sources.remote);
    expect(remote.good.signer.verified).toBe(true);
    expect(remote.validators).toEqual({ etag: '"acme-2.0.0"' });
    expect(remote.rejection).toBeUndefined();

    const row = page.locator('tr[data-source="remote"]');
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('Acme social media guidelines (acme)');
    expect(await row.locator('td').last().textContent()).toBe('Active');
  });

  test('the options page shows the locked mode and that import is off', async () => {
    const page = await harness!.context.newPage();
    await openExtensionPage(page, EXTENSION_ID, 'options.html');
    await expect.poll(() => page.getByRole('radio', { name: /^Strict/ }).isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByRole('radio', { name: /^Coach/ }).isDisabled()).toBe(true);
    expect(await page.locator('#settings').textContent()).toContain('Set by your organisation');
    expect(await page.locator('#import').textContent()).toContain('Your organisation does not allow importing packs.');
  });

  test('checking again asks conditionally and keeps the pack on 304', async () => {
    const page = await harness!.context.newPage();
    await openExtensionPage(page, EXTENSION_ID, 'options.html');
    const before = served.length;
    await page.getByRole('button', { name: 'Check for updates now' }).click();
    await expect.poll(() => served.length, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(served.at(-1)?.ifNoneMatch).toBe('"acme-2.0.0"');
    expect(await page.locator('tr[data-source="remote"] td').last().textContent()).toBe('Active');
  });
});
