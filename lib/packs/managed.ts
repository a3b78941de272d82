/** Reads enterprise policy from browser.storage.managed; an unmanaged browser simply has none. */
import { readPolicy, type PolicyReading } from './policy.ts';

export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

export async function readManagedPolicy(area: ManagedArea | undefined): Promise<PolicyReading> {
  try {
    return readPolicy(area ? await area.get() : undefined);
  } catch {
    // Firefox throws when no policy names the extension; Chrome without a schema does too.
    return readPolicy(undefined);
  }
}
