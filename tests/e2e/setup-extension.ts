/** Puts the extension into a known state through its real channels: the test pack and user choices. */
import { readFileSync } from 'node:fs';
import type { Mode } from '../../lib/contracts.ts';
import type { Harness } from './harness.ts';

/** The slice of the extension API used inside the service worker (evaluated there, not here). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, any>>; set(items: object): Promise<void> } };
  runtime: { sendMessage(message: object): Promise<unknown> };
};

const PACK_FILE = new URL('./fixtures/e2e-pack.yaml', import.meta.url);
/**
 * Imports the test pack the way the options page does (a message to the background), so it stays
 * active across service-worker restarts; waits until the background has activated it.
 */
export async function useTestPack(harness: Harness): Promise<void> {
  const worker = await harness.extension();
  const page = await harness.context.newPage();
  try {
    await page.goto(new URL('/manifest.json', worker.url()).href);
    const text = readFileSync(PACK_FILE, 'utf8');
    const response = await page.evaluate(
      (text) => chrome.runtime.sendMessage({ type: 'postcoach:import-pack', text, file: 'e2e-pack.yaml' }),
      text,
    );
    if (!(response as { ok?: boolean } | undefined)?.ok) throw new Error(`the background refused the test pack: ${JSON.stringify(response)}`);
  } finally {
    await page.close();
  }
}

/** The employee's choice, resolved into `settings` by the background as in production. */
export async function chooseMode(harness: Harness, mode: Mode): Promise<void> {
  const worker = await harness.extension();
  await worker.evaluate(async (mode) => {
    await chrome.storage.local.set({ userSettings: { mode } });
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && (await chrome.storage.local.get('settings')).settings?.mode !== mode) {
      await new Promise((r) => setTimeout(r, 25));
    }
  }, mode);
}

export async function readLog<T>(harness: Harness, key: string): Promise<T[]> {
  const worker = await harness.extension();
  return worker.evaluate(async (key) => ((await chrome.storage.local.get(key))[key] ?? []) as T[], key);
}
