/**
 * Settings as the content scripts read them (STORAGE_KEYS.settings) are resolved from three layers:
 * defaults, then the organisation's policy values, then the employee's own choices — except for the
 * settings the policy locks, where the policy value (or the default) stands. `failClosed` is the
 * organisation's alone.
 */
import { DEFAULT_SETTINGS, type Settings } from './contracts.ts';
import { isLocked, type ManagedPolicy } from './packs/policy.ts';

/** What the employee chose on the options page or in the popup; written there, read by the background. */
export const USER_SETTINGS_KEY = 'userSettings';

export type UserChoices = Partial<Pick<Settings, 'mode' | 'sites' | 'locale'>>;

export function resolveSettings(choices: UserChoices, policy: ManagedPolicy): Settings {
  const organisation: Settings = {
    ...DEFAULT_SETTINGS,
    sites: { ...DEFAULT_SETTINGS.sites },
    ...(policy.mode ? { mode: policy.mode } : {}),
    ...(policy.failClosed !== undefined ? { failClosed: policy.failClosed } : {}),
  };
  return {
    ...organisation,
    mode: !isLocked(policy, 'mode') && choices.mode ? choices.mode : organisation.mode,
    sites: !isLocked(policy, 'sites') && choices.sites ? { ...organisation.sites, ...choices.sites } : organisation.sites,
    locale: !isLocked(policy, 'locale') && choices.locale ? choices.locale : organisation.locale,
  };
}

/** Applies one change from the UI, refusing a locked setting (the UI also disables its control). */
export function withChoice<K extends keyof UserChoices>(
  choices: UserChoices,
  policy: ManagedPolicy,
  key: K,
  value: NonNullable<UserChoices[K]>,
): UserChoices {
  if (isLocked(policy, key)) return choices;
  return { ...choices, [key]: value };
}
