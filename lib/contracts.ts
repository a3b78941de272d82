/**
 * What the extension's parts exchange: storage keys and message shapes. Draft text never appears
 * in any of these — only rule ids, counts, times, sites and hashes.
 */
import type { Pack } from '../rules/engine/schema.ts';
import type { Severity } from '../rules/engine/categories.ts';

/** coach: tips only, no dialog · confirm: dialog, block needs acknowledgment · strict: block cannot be posted. */
export type Mode = 'coach' | 'confirm' | 'strict';
export type Site = 'x' | 'linkedin';
export type UiLocale = 'auto' | 'en' | 'ru';

export interface Settings {
  mode: Mode;
  /** Fail closed: when Postcoach itself fails, hold the post instead of letting it through. */
  failClosed: boolean;
  sites: Record<Site, boolean>;
  locale: UiLocale;
}

export const DEFAULT_SETTINGS: Settings = {
  mode: 'confirm',
  failClosed: false,
  sites: { x: true, linkedin: true },
  locale: 'auto',
};

/** Written by the background after a pack passed every check; read by content scripts. */
export interface ActivePacks {
  /** Validated packs, core first; compile them with compilePacks() without re-validating. */
  packs: Pack[];
  /** Changes whenever the set changes, so readers can skip recompiling. */
  revision: string;
}

export interface OverrideRecord {
  time: string;
  site: Site;
  ruleIds: string[];
  severities: Severity[];
  /** SHA-256 of the posted text, hex, so a report can match duplicates without holding the text. */
  textHash: string;
}

export interface FalsePositiveReport {
  time: string;
  site: Site;
  ruleId: string;
  /** SHA-256 of the flagged excerpt, hex. */
  excerptHash: string;
}

export interface InternalErrorRecord {
  time: string;
  site?: Site;
  where: string;
  message: string;
}

/** browser.storage.local keys. */
export const STORAGE_KEYS = {
  settings: 'settings',
  activePacks: 'activePacks',
  overrideLog: 'overrideLog',
  falsePositives: 'falsePositives',
  errorLog: 'errorLog',
} as const;

/** Popup → content script of the active tab (browser.tabs.sendMessage). */
export interface StatusRequest {
  type: 'postcoach:status';
}
export interface ComposerStatus {
  site: Site;
  /** e.g. "x.inline", "x.modal", "linkedin.share", "linkedin.comment", "linkedin.message", "generic". */
  kind: string;
  /** true when found by the generic fallback rather than the site adapter's selectors. */
  fallback: boolean;
  counts: Record<Severity, number>;
}
export interface StatusResponse {
  site: Site;
  enabled: boolean;
  composers: ComposerStatus[];
  lastError?: InternalErrorRecord;
}
