/**
 * Wires the pack sources and settings to the browser: enterprise policy (storage.managed, read at
 * start and on change), the remote pack on an alarm, imports from the options page, and the
 * employee's setting choices. All decisions live in lib/packs and lib/settings.
 */
import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../lib/contracts.ts';
import { readManagedPolicy } from '../lib/packs/managed.ts';
import { PackManager } from '../lib/packs/manager.ts';
import { isPackRequest, type ImportPackResponse, type PackRequest, type PackStateResponse } from '../lib/packs/messages.ts';
import { updateIntervalMinutes, type PolicyReading } from '../lib/packs/policy.ts';
import { validatePack } from '../lib/packs/validate.ts';
import { resolveSettings, USER_SETTINGS_KEY, type UserChoices } from '../lib/settings.ts';
import { corePack } from '../rules/packs/core.ts';

const REFRESH_ALARM = 'postcoach:refresh-packs';

export default defineBackground(() => {
  const local = browser.storage.local;
  const manager = new PackManager({
    store: { get: (key) => local.get(key), set: (items) => local.set(items) },
    fetch: (input, init) => fetch(input, init),
    now: () => new Date(),
    corePack,
    validate: validatePack,
  });

  const policy = (): Promise<PolicyReading> => readManagedPolicy(browser.storage.managed);

  async function syncSettings(reading: PolicyReading): Promise<void> {
    const stored = await local.get(USER_SETTINGS_KEY);
    const choices = (stored[USER_SETTINGS_KEY] ?? {}) as UserChoices;
    await local.set({ [STORAGE_KEYS.settings]: resolveSettings(choices, reading.policy) });
  }

  async function schedule(reading: PolicyReading): Promise<void> {
    const period = updateIntervalMinutes(reading.policy);
    const existing = await browser.alarms.get(REFRESH_ALARM);
    if (!reading.policy.packUrl) {
      if (existing) await browser.alarms.clear(REFRESH_ALARM);
    } else if (existing?.periodInMinutes !== period) {
      await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: period, delayInMinutes: period });
    }
  }

  async function syncAll(): Promise<void> {
    const reading = await policy();
    await manager.applyPolicy(reading);
    await syncSettings(reading);
    await schedule(reading);
  }

  async function handle(request: PackRequest): Promise<ImportPackResponse | PackStateResponse> {
    const reading = await policy();
    if (request.type === 'postcoach:import-pack') {
      const result = await manager.importPack(request.text, request.file, reading);
      if (!result.ok) return result;
      const { pack, sha256, origin, signer } = result.value;
      return { ok: true, pack: { id: pack.id, version: pack.version, sha256, origin, ...(signer ? { signer } : {}) } };
    }
    const state = request.type === 'postcoach:remove-import' ? await manager.removeImport(reading) : await manager.applyPolicy(reading);
    return { ok: true, state };
  }

  const report = (where: string) => (error: unknown) => console.error(`postcoach: ${where}:`, error);

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPackRequest(message)) return undefined;
    return handle(message);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REFRESH_ALARM) return;
    policy()
      .then((reading) => manager.refreshRemote(reading))
      .catch(report('scheduled pack refresh'));
  });

  browser.storage.onChanged.addListener((changes, area) => {
    // Policy can arrive a moment after start; it is applied whenever it changes.
    if (area === 'managed') syncAll().catch(report('policy change'));
    else if (area === 'local' && USER_SETTINGS_KEY in changes) policy().then(syncSettings).catch(report('settings change'));
  });

  syncAll().catch(report('start'));
});
