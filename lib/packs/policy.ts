/**
 * Enterprise policy (browser.storage.managed), as declared in public/managed_schema.json.
 * Each field is read on its own: one mistyped field is reported and ignored, the rest still apply.
 */
import { z } from 'zod';

export const LOCKABLE_SETTINGS = ['mode', 'failClosed', 'sites', 'locale'] as const;
export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number];

export const MIN_UPDATE_INTERVAL_MINUTES = 15;
export const DEFAULT_UPDATE_INTERVAL_MINUTES = 360;

const fields = {
  packUrl: z.url(),
  publicKeys: z.array(z.string().min(1)),
  inlinePack: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  mode: z.enum(['coach', 'confirm', 'strict']),
  failClosed: z.boolean(),
  lockedSettings: z.array(z.enum(LOCKABLE_SETTINGS)),
  allowImport: z.boolean(),
  updateIntervalMinutes: z.number().int().min(MIN_UPDATE_INTERVAL_MINUTES).max(7 * 24 * 60),
};

type Fields = typeof fields;
export type ManagedPolicy = { [K in keyof Fields]?: z.infer<Fields[K]> };

export interface PolicyReading {
  policy: ManagedPolicy;
  /** true when any policy value was present at all (the extension is managed). */
  managed: boolean;
  /** "field: reason" for each value that was present but unusable. */
  problems: string[];
}

export function readPolicy(raw: Record<string, unknown> | undefined): PolicyReading {
  const policy: Record<string, unknown> = {};
  const problems: string[] = [];
  let managed = false;
  for (const [name, schema] of Object.entries(fields)) {
    const value = raw?.[name];
    if (value === undefined) continue;
    managed = true;
    const parsed = schema.safeParse(value);
    if (parsed.success) policy[name] = parsed.data;
    else problems.push(`${name}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return { policy: policy as ManagedPolicy, managed, problems };
}

export function isLocked(policy: ManagedPolicy, setting: LockableSetting): boolean {
  return policy.lockedSettings?.includes(setting) ?? false;
}

export function importAllowed(policy: ManagedPolicy): boolean {
  return policy.allowImport ?? true;
}

export function updateIntervalMinutes(policy: ManagedPolicy): number {
  return policy.updateIntervalMinutes ?? DEFAULT_UPDATE_INTERVAL_MINUTES;
}
