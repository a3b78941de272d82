/** Puts the extension into a known state through its real storage: the test pack and user choices. */
import { readFileSync } from 'node:fs';
import { parsePack } from '../../rules/engine/index.ts';
import type { Mode } from '../../lib/contracts.ts';
import type { Harness } from './harness.ts';

/** The slice of the extension API used inside the service worker (evaluated there, not here). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, any>>; set(items: object): Promise<void> } };
};

const PACK_FILE = new URL('./fixtures/e2e-pack.yaml', import.meta.url);
let revision = 0;

export function testPack() {
  return parsePack(readFileSync(PACK_FILE, 'utf8'), 'e2e-pack.yaml');
}

/** Waits for the background's own first write, then replaces the active packs with the test pack. */
export async function useTestPack(harness: Harness): Promise<void> {
  const worker = await harness.extension();
  const pack = testPack();
  await worker.evaluate(async ({ pack, revision }) => {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !(await chrome.storage.local.get('activePacks')).activePacks) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await chrome.storage.local.set({ activePacks: { packs: [pack], revision: `e2e-${revision}` } });
  }, { pack, revision: ++revision });
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
