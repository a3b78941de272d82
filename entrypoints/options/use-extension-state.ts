/** Live view of what the options page and the popup show: storage.local keys and the managed policy. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, STORAGE_KEYS, type ActivePacks, type FalsePositiveReport, type InternalErrorRecord, type OverrideRecord, type Settings } from '../../lib/contracts.ts';
import { readManagedPolicy } from '../../lib/packs/managed.ts';
import { readPolicy, type PolicyReading } from '../../lib/packs/policy.ts';
import { EMPTY_PACK_STATE, PACK_STATE_KEY, type PackState } from '../../lib/packs/state.ts';
import { resolveSettings, USER_SETTINGS_KEY, type UserChoices } from '../../lib/settings.ts';

export interface ExtensionState {
  loaded: boolean;
  packState: PackState;
  activePacks?: ActivePacks;
  settings: Settings;
  choices: UserChoices;
  overrides: OverrideRecord[];
  falsePositives: FalsePositiveReport[];
  errors: InternalErrorRecord[];
  policy: PolicyReading;
}

const INITIAL: ExtensionState = {
  loaded: false,
  packState: EMPTY_PACK_STATE,
  settings: DEFAULT_SETTINGS,
  choices: {},
  overrides: [],
  falsePositives: [],
  errors: [],
  policy: readPolicy(undefined),
};

const KEYS = [PACK_STATE_KEY, STORAGE_KEYS.activePacks, USER_SETTINGS_KEY, STORAGE_KEYS.overrideLog, STORAGE_KEYS.falsePositives, STORAGE_KEYS.errorLog];

async function load(): Promise<ExtensionState> {
  const [stored, policy] = await Promise.all([browser.storage.local.get(KEYS), readManagedPolicy(browser.storage.managed)]);
  const choices = (stored[USER_SETTINGS_KEY] as UserChoices | undefined) ?? {};
  return {
    loaded: true,
    packState: (stored[PACK_STATE_KEY] as PackState | undefined) ?? EMPTY_PACK_STATE,
    activePacks: stored[STORAGE_KEYS.activePacks] as ActivePacks | undefined,
    // Resolved here as the background resolves them: its stored copy lags a choice just made, and
    // reading it would flip a switch back for a moment (and a click then would undo the choice).
    settings: resolveSettings(choices, policy.policy),
    choices,
    overrides: (stored[STORAGE_KEYS.overrideLog] as OverrideRecord[] | undefined) ?? [],
    falsePositives: (stored[STORAGE_KEYS.falsePositives] as FalsePositiveReport[] | undefined) ?? [],
    errors: (stored[STORAGE_KEYS.errorLog] as InternalErrorRecord[] | undefined) ?? [],
    policy,
  };
}

export interface ExtensionView extends ExtensionState {
  /** Shows the choice at once (as the background will resolve it) and stores it. */
  saveChoices(choices: UserChoices): void;
}

export function useExtensionState(): ExtensionView {
  const [state, setState] = useState<ExtensionState>(INITIAL);
  useEffect(() => {
    let live = true;
    const refresh = () => {
      load().then((next) => live && setState(next), (error: unknown) => console.error('postcoach: reading state:', error));
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || KEYS.some((key) => key in changes)) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    refresh();
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const saveChoices = (choices: UserChoices) => {
    setState((current) => ({ ...current, choices, settings: resolveSettings(choices, current.policy.policy) }));
    browser.storage.local.set({ [USER_SETTINGS_KEY]: choices }).catch((error: unknown) => console.error('postcoach: saving settings:', error));
  };
  return { ...state, saveChoices };
}
