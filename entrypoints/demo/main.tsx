/**
 * The demo page, in the extension (demo.html, using the active packs and the employee's language)
 * and standalone (`npm run demo`, core pack, the browser's language). `?lang=ru` picks the language.
 */
import './jitless.ts';
import { createRoot } from 'react-dom/client';
import { corePack } from '../../rules/packs/core.ts';
import type { Pack } from '../../rules/engine/index.ts';
import { STORAGE_KEYS, type ActivePacks, type Settings } from '../../lib/contracts.ts';
import { DemoApp } from '../../demo/DemoApp.tsx';
import '../../demo/demo.css';

interface ExtensionStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

function extensionStorage(): ExtensionStorage | undefined {
  const chromeApi = (globalThis as { chrome?: { storage?: { local?: ExtensionStorage } } }).chrome;
  return chromeApi?.storage?.local;
}

async function startingPoint(): Promise<{ packs: Pack[]; locale: string }> {
  const requested = new URLSearchParams(location.search).get('lang');
  const storage = extensionStorage();
  if (!storage) return { packs: [corePack], locale: requested ?? 'auto' };
  try {
    const stored = await storage.get([STORAGE_KEYS.activePacks, STORAGE_KEYS.settings]);
    const active = stored[STORAGE_KEYS.activePacks] as ActivePacks | undefined;
    const settings = stored[STORAGE_KEYS.settings] as Partial<Settings> | undefined;
    const packs = Array.isArray(active?.packs) && active.packs.length > 0 ? active.packs : [corePack];
    return { packs, locale: requested ?? settings?.locale ?? 'auto' };
  } catch {
    return { packs: [corePack], locale: requested ?? 'auto' };
  }
}

const root = document.getElementById('root');
if (root) {
  void startingPoint().then(({ packs, locale }) => createRoot(root).render(<DemoApp initialPacks={packs} initialLocale={locale} />));
}
