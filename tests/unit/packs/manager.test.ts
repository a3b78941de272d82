import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS, type ActivePacks } from '../../../lib/contracts.ts';
import { bytesToBase64 } from '../../../lib/packs/encoding.ts';
import { generateSigningKey } from '../../../lib/packs/keys.ts';
import { PackManager } from '../../../lib/packs/manager.ts';
import { readPolicy } from '../../../lib/packs/policy.ts';
import { PACK_STATE_KEY, type PackState } from '../../../lib/packs/state.ts';
import { corePack, fakeFetch, jsonResponse, memoryStore, NOW, orgPack, schemaValidator, signedBundle, teamKey } from './fixtures.ts';

const PACK_URL = 'https://packs.example.com/acme.json';

async function policyWith(extra: Record<string, unknown> = {}) {
  const key = await teamKey();
  return readPolicy({ packUrl: PACK_URL, publicKeys: [bytesToBase64(key.publicKey)], ...extra });
}

function setup(answer: Parameters<typeof fakeFetch>[0]) {
  const store = memoryStore();
  const fetch = fakeFetch(answer);
  const manager = new PackManager({ store, fetch, now: () => NOW, corePack, validate: schemaValidator });
  const active = () => store.data[STORAGE_KEYS.activePacks] as ActivePacks;
  const state = () => store.data[PACK_STATE_KEY] as PackState;
  return { store, fetch, manager, active, state };
}

describe('PackManager: remote pack from policy', () => {
  it('activates a signed bundle on top of core and records who signed it', async () => {
    const bundle = await signedBundle(orgPack('1.0.0'));
    const { manager, active, state } = setup(() => jsonResponse(bundle, { etag: '"a"' }));
    await manager.applyPolicy(await policyWith());
    expect(active().packs.map((p) => `${p.id}@${p.version}`)).toEqual(['core@1.0.0', 'acme@1.0.0']);
    expect(state().sources.remote?.good).toMatchObject({ origin: PACK_URL, sha256: bundle.sha256, signer: { keyId: (await teamKey()).keyId, verified: true } });
    expect(state().sources.remote?.validators).toEqual({ etag: '"a"' });
    expect(state().managed).toBe(true);
  });

  it('keeps the last good pack and records the reason when the next one is refused', async () => {
    let answer: Response = jsonResponse(await signedBundle(orgPack('1.0.0')));
    const { manager, active, state } = setup(() => answer);
    const policy = await policyWith();
    await manager.applyPolicy(policy);
    const before = active();

    const tampered = await signedBundle(orgPack('1.1.0'));
    (tampered.pack as { title: string }).title = 'Slipped in';
    answer = jsonResponse(tampered);
    expect(await manager.refreshRemote(policy)).toBe('rejected');
    expect(active()).toEqual(before);
    expect(state().sources.remote?.rejection).toMatchObject({ code: 'tampered', at: NOW.toISOString(), origin: PACK_URL });
    expect(state().sources.remote?.good?.pack.version).toBe('1.0.0');
  });

  it.each([
    ['network error', () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
    ['404', () => new Response('', { status: 404 }), 'http-status'],
    ['wrong content type', () => new Response('<html>', { headers: { 'content-type': 'text/html' } }), 'content-type'],
    ['not JSON', () => new Response('{oops', { headers: { 'content-type': 'application/json' } }), 'malformed'],
  ] as const)('a first fetch that fails (%s) leaves core active and says why', async (_name, answer, code) => {
    const { manager, active, state } = setup(answer as () => Response);
    await manager.applyPolicy(await policyWith());
    expect(active().packs.map((p) => p.id)).toEqual(['core']);
    expect(state().sources.remote?.rejection?.code).toBe(code);
  });

  it('refuses an older version than the active one', async () => {
    let answer = jsonResponse(await signedBundle(orgPack('2.0.0')));
    const { manager, state } = setup(() => answer);
    const policy = await policyWith();
    await manager.applyPolicy(policy);
    answer = jsonResponse(await signedBundle(orgPack('1.9.9')));
    await manager.refreshRemote(policy);
    expect(state().sources.remote?.rejection).toMatchObject({
      code: 'older-version',
      message: 'version 1.9.9 of pack acme is older than the active 2.0.0',
    });
  });

  it('refuses an unsigned bundle, a stranger\'s signature and an invalid pack', async () => {
    const stranger = await generateSigningKey();
    const invalid = await signedBundle({ ...orgPack('1.0.0'), rules: [{ id: 'Bad Id' }] } as never);
    const cases = [
      [{ ...(await signedBundle(orgPack())), signature: undefined }, 'unsigned'],
      [await signedBundle(orgPack(), stranger), 'unknown-key'],
      [invalid, 'invalid-pack'],
    ] as const;
    for (const [bundle, code] of cases) {
      const { manager, active, state } = setup(() => jsonResponse(bundle));
      await manager.applyPolicy(await policyWith());
      expect(state().sources.remote?.rejection?.code).toBe(code);
      expect(active().packs).toHaveLength(1);
    }
  });

  it('asks conditionally next time and keeps everything on 304', async () => {
    let calls = 0;
    const bundle = await signedBundle(orgPack());
    const { manager, fetch, store, state } = setup(() => (calls++ === 0 ? jsonResponse(bundle, { etag: '"a"' }) : new Response(null, { status: 304 })));
    const policy = await policyWith();
    await manager.applyPolicy(policy);
    const writes = store.writes;
    expect(await manager.refreshRemote(policy)).toBe('not-modified');
    expect(fetch.requests[1]?.headers['If-None-Match']).toBe('"a"');
    expect(state().sources.remote?.good?.sha256).toBe(bundle.sha256);
    expect(store.writes).toBe(writes + 1);
    expect(store.data[STORAGE_KEYS.activePacks]).toBeDefined();
  });

  it('drops the remote pack when the policy no longer names a URL', async () => {
    const { manager, active } = setup(async () => jsonResponse(await signedBundle(orgPack())));
    await manager.applyPolicy(await policyWith());
    await manager.applyPolicy(readPolicy({}));
    expect(active().packs.map((p) => p.id)).toEqual(['core']);
  });
});

describe('PackManager: inline policy pack and imported files', () => {
  it('an inline policy pack outranks the same pack id imported by hand', async () => {
    const { manager, active } = setup(() => new Response('', { status: 500 }));
    const noUrl = readPolicy({});
    const imported = await manager.importPack(JSON.stringify(orgPack('3.0.0', 'imported wording')), 'acme.json', noUrl);
    expect(imported.ok).toBe(true);
    await manager.applyPolicy(readPolicy({ inlinePack: orgPack('1.0.0', 'policy wording') }));
    const acme = active().packs.filter((p) => p.id === 'acme');
    expect(acme).toHaveLength(1);
    expect(acme[0]?.rules[0]?.message).toBe('policy wording');
  });

  it('imports YAML and reports a bad file without touching the active set', async () => {
    const { manager, active } = setup(() => new Response('', { status: 500 }));
    const policy = readPolicy({});
    const good = await manager.importPack('id: trainer\nversion: 0.1.0\ntitle: Trainer pack\nrules: []\n', 'trainer.yaml', policy);
    expect(good.ok).toBe(true);
    const before = active();
    const bad = await manager.importPack('id: Trainer Pack\n', 'broken.yaml', policy);
    expect(!bad.ok && bad.rejection.code).toBe('invalid-pack');
    expect(active()).toEqual(before);
  });

  it('rejects a tampered bundle on import even without trusted keys', async () => {
    const bundle = await signedBundle(orgPack());
    (bundle.pack as { title: string }).title = 'Edited';
    const { manager } = setup(() => new Response('', { status: 500 }));
    const result = await manager.importPack(JSON.stringify(bundle), 'acme.bundle.json', readPolicy({}));
    expect(!result.ok && result.rejection.code).toBe('tampered');
  });

  it('marks an imported bundle from an unlisted signer as unverified, and a listed one as verified', async () => {
    const { manager } = setup(() => new Response('', { status: 500 }));
    const bundleText = JSON.stringify(await signedBundle(orgPack()));
    const unlisted = await manager.importPack(bundleText, 'a.json', readPolicy({}));
    expect(unlisted.ok && unlisted.value.signer?.verified).toBe(false);
    const key = await teamKey();
    const listed = await manager.importPack(bundleText, 'a.json', readPolicy({ publicKeys: [bytesToBase64(key.publicKey)] }));
    expect(listed.ok && listed.value.signer).toEqual({ keyId: key.keyId, verified: true });
  });

  it('honours allowImport: false for new imports and for one already active', async () => {
    const { manager, active } = setup(() => new Response('', { status: 500 }));
    await manager.importPack(JSON.stringify(orgPack()), 'acme.json', readPolicy({}));
    expect(active().packs).toHaveLength(2);
    const locked = readPolicy({ allowImport: false });
    await manager.applyPolicy(locked);
    expect(active().packs).toHaveLength(1);
    const refused = await manager.importPack(JSON.stringify(orgPack()), 'acme.json', locked);
    expect(!refused.ok && refused.rejection.message).toBe('your organisation\'s policy does not allow importing packs');
  });

  it('removes an imported pack on request', async () => {
    const { manager, active } = setup(() => new Response('', { status: 500 }));
    await manager.importPack(JSON.stringify(orgPack()), 'acme.json', readPolicy({}));
    await manager.removeImport(readPolicy({}));
    expect(active().packs.map((p) => p.id)).toEqual(['core']);
  });

  it('lists unusable policy values and still applies the rest', async () => {
    const { manager, state } = setup(async () => jsonResponse(await signedBundle(orgPack())));
    const reading = readPolicy({ packUrl: PACK_URL, publicKeys: ['short', bytesToBase64((await teamKey()).publicKey)], mode: 'loud' });
    await manager.applyPolicy(reading);
    expect(state().policyProblems).toEqual([
      'mode: Invalid option: expected one of "coach"|"confirm"|"strict"',
      'publicKeys[0]: the public key is not a base64 Ed25519 key (32 bytes)',
    ]);
    expect(state().sources.remote?.good).toBeDefined();
  });
});
