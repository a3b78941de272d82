import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/contracts.ts';
import { readManagedPolicy } from '../../../lib/packs/managed.ts';
import { readPolicy } from '../../../lib/packs/policy.ts';
import { resolveSettings, withChoice } from '../../../lib/settings.ts';

describe('resolveSettings', () => {
  it('without policy, the employee\'s choices apply over the defaults', () => {
    const settings = resolveSettings({ mode: 'coach', sites: { x: false, linkedin: true } }, {});
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, mode: 'coach', sites: { x: false, linkedin: true } });
  });

  it('an unlocked policy value is the default the employee may still change', () => {
    const { policy } = readPolicy({ mode: 'strict' });
    expect(resolveSettings({}, policy).mode).toBe('strict');
    expect(resolveSettings({ mode: 'coach' }, policy).mode).toBe('coach');
  });

  it('a locked setting keeps the policy value whatever the employee chose', () => {
    const { policy } = readPolicy({ mode: 'strict', failClosed: true, lockedSettings: ['mode', 'sites'] });
    const settings = resolveSettings({ mode: 'coach', sites: { x: false, linkedin: false }, locale: 'ru' }, policy);
    expect(settings).toEqual({ mode: 'strict', failClosed: true, sites: { x: true, linkedin: true }, locale: 'ru' });
    expect(withChoice({}, policy, 'mode', 'coach')).toEqual({});
    expect(withChoice({}, policy, 'locale', 'en')).toEqual({ locale: 'en' });
  });
});

describe('readManagedPolicy', () => {
  it('treats a browser without managed storage as unmanaged', async () => {
    const failing = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManagedPolicy(failing)).toEqual({ policy: {}, managed: false, problems: [] });
    expect((await readManagedPolicy({ get: async () => ({ allowImport: false }) })).policy).toEqual({ allowImport: false });
  });
});
