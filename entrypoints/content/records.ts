/** Appends override records, false-positive reports and internal errors to local storage (no draft text). */
import { STORAGE_KEYS } from '../../lib/contracts.ts';

const MAX_RECORDS = 500;

type LogKey = typeof STORAGE_KEYS.overrideLog | typeof STORAGE_KEYS.falsePositives | typeof STORAGE_KEYS.errorLog;

let queue: Promise<void> = Promise.resolve();

/** Serialised so two quick appends cannot overwrite each other. */
export function appendRecord(key: LogKey, record: object): Promise<void> {
  queue = queue.then(async () => {
    const stored = await browser.storage.local.get(key);
    const list = Array.isArray(stored[key]) ? (stored[key] as object[]) : [];
    await browser.storage.local.set({ [key]: [...list, record].slice(-MAX_RECORDS) });
  }).catch(() => undefined);
  return queue;
}
