/**
 * What the background remembers per pack source, and how the sources stack into the active set.
 * Stored in browser.storage.local under PACK_STATE_KEY next to STORAGE_KEYS.activePacks, and written
 * in the same set() call so readers never see one without the other.
 */
import type { ActivePacks } from '../contracts.ts';
import type { Pack } from '../../rules/engine/schema.ts';
import type { Signer } from './candidate.ts';
import { sha256Hex } from './encoding.ts';
import type { Validators } from './remote-fetch.ts';
import type { Rejection } from './rejection.ts';

export const PACK_STATE_KEY = 'packSources';

/** Highest priority first: a pack id offered by two sources comes from the higher one. */
export const SOURCES_BY_PRIORITY = ['policy', 'remote', 'import'] as const;
export type PackSource = (typeof SOURCES_BY_PRIORITY)[number];

export interface GoodPack {
  pack: Pack;
  sha256: string;
  /** URL, file name or "policy". */
  origin: string;
  activatedAt: string;
  signer?: Signer;
  builtAt?: string;
  expiresAt?: string;
}

export interface SourceState {
  /** The last pack from this source that passed every check; stays active until a better one does. */
  good?: GoodPack;
  checkedAt?: string;
  /** Why the most recent candidate was refused; cleared when one is accepted. */
  rejection?: Rejection & { at: string; origin: string };
  /** Remote only: the URL and the validators for conditional requests. */
  url?: string;
  validators?: Validators;
}

export interface PackState {
  sources: Partial<Record<PackSource, SourceState>>;
  /** Values from enterprise policy that could not be used, "field: reason". */
  policyProblems: string[];
  managed: boolean;
}

export const EMPTY_PACK_STATE: PackState = { sources: {}, policyProblems: [], managed: false };

/** Good packs of the enabled sources, highest priority first, one per pack id. */
export function goodPacks(state: PackState, enabled: (source: PackSource) => boolean, except?: PackSource): GoodPack[] {
  const seen = new Set<string>();
  const result: GoodPack[] = [];
  for (const source of SOURCES_BY_PRIORITY) {
    const good = state.sources[source]?.good;
    if (!good || source === except || !enabled(source) || seen.has(good.pack.id)) continue;
    seen.add(good.pack.id);
    result.push(good);
  }
  return result;
}

/** Core first, then the lowest-priority pack up to the highest, so higher ones compile last. */
export async function composeActivePacks(core: Pack, coreSha256: string, goods: readonly GoodPack[]): Promise<ActivePacks> {
  const ordered = [...goods].reverse();
  const revision = await sha256Hex([coreSha256, ...ordered.map((good) => good.sha256)].join(','));
  return { packs: [core, ...ordered.map((good) => good.pack)], revision: revision.slice(0, 16) };
}
