import { describe, expect, it } from 'vitest';
import { buildBundle, parseBundle, signBundle, verifyBundle, type Bundle } from '../../../lib/packs/bundle.ts';
import { canonicalJson } from '../../../lib/packs/canonical.ts';
import { generateSigningKey, parseSigningKey, parseTrustedKey, privateKeyFileText } from '../../../lib/packs/keys.ts';
import { packDigest } from '../../../lib/packs/bundle.ts';
import { NOW, orgPack, signedBundle, teamKey } from './fixtures.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and ignores formatting', () => {
    const a = JSON.parse('{"b": 1, "a": {"d": [3, {"z": 1, "y": 2}], "c": null}}');
    const b = JSON.parse('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson(a)).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });
});

describe('keys', () => {
  it('round-trips a private key file and derives the same key id for its public half', async () => {
    const key = await generateSigningKey();
    const text = privateKeyFileText(key);
    const parsed = await parseSigningKey(text);
    const trusted = await parseTrustedKey(btoa(String.fromCharCode(...key.publicKey)));
    expect(parsed.ok && parsed.key.keyId).toBe(key.keyId);
    expect(trusted.ok && trusted.key.keyId).toBe(key.keyId);
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('refuses to sign with a public key and explains bad key text', async () => {
    const key = await generateSigningKey();
    const publicOnly = JSON.stringify({ format: 'postcoach-key/1', alg: 'ed25519', keyId: key.keyId, publicKey: btoa(String.fromCharCode(...key.publicKey)) });
    expect(await parseSigningKey(publicOnly)).toEqual({ ok: false, reason: 'this is a public key file; signing needs the private key file' });
    expect(await parseTrustedKey('not-a-key')).toEqual({ ok: false, reason: 'the public key is not a base64 Ed25519 key (32 bytes)' });
  });
});

describe('verifyBundle', () => {
  async function verify(bundle: Bundle, trusted?: Awaited<ReturnType<typeof teamKey>>[]) {
    return verifyBundle(bundle, trusted ?? [await teamKey()], NOW);
  }

  it('accepts an intact bundle signed by a trusted key, whatever its key order', async () => {
    const bundle = await signedBundle(orgPack());
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(bundle).reverse())));
    const result = await verify(reordered);
    expect(result.ok && result.value.keyId).toBe((await teamKey()).keyId);
    expect(bundle.sha256).toBe(await packDigest(orgPack()));
  });

  it('rejects a pack edited after building (hash mismatch) as tampered', async () => {
    const bundle = await signedBundle(orgPack());
    (bundle.pack as { title: string }).title = 'Edited';
    const result = await verify(bundle);
    expect(!result.ok && result.rejection.code).toBe('tampered');
    expect(!result.ok && result.rejection.message).toBe('the pack was changed after the bundle was built (its SHA-256 does not match)');
  });

  it('rejects a pack edited and re-hashed after signing as a bad signature', async () => {
    const bundle = await signedBundle(orgPack());
    (bundle.pack as { title: string }).title = 'Edited';
    bundle.sha256 = await packDigest(bundle.pack);
    const result = await verify(bundle);
    expect(!result.ok && result.rejection.code).toBe('bad-signature');
  });

  it('rejects a bundle whose expiry date was pushed back after signing', async () => {
    const bundle = await signedBundle(orgPack(), undefined, new Date('2026-12-01T00:00:00Z'));
    bundle.expiresAt = '2027-12-01T00:00:00.000Z';
    const result = await verify(bundle);
    expect(!result.ok && result.rejection.code).toBe('bad-signature');
  });

  it('rejects an unsigned bundle', async () => {
    const bundle = await buildBundle(orgPack(), NOW);
    const result = await verify(bundle);
    expect(!result.ok && result.rejection).toEqual({ code: 'unsigned', message: 'the bundle is not signed' });
  });

  it('rejects a bundle signed by a key the policy does not list', async () => {
    const stranger = await generateSigningKey();
    const bundle = await signedBundle(orgPack(), stranger);
    const result = await verify(bundle);
    expect(!result.ok && result.rejection.code).toBe('unknown-key');
    expect(!result.ok && result.rejection.message).toBe(`the bundle is signed by key ${stranger.keyId}, which is not a trusted key`);
  });

  it('rejects a signed bundle when no key is trusted at all', async () => {
    const result = await verify(await signedBundle(orgPack()), []);
    expect(!result.ok && result.rejection.code).toBe('no-trusted-keys');
  });

  it('rejects an expired bundle', async () => {
    const bundle = await signedBundle(orgPack(), undefined, new Date('2026-11-20T00:00:00Z'));
    const result = await verify(bundle);
    expect(!result.ok && result.rejection.message).toBe('the bundle expired at 2026-11-20T00:00:00.000Z');
  });

  it('reports what is missing from something that is not a bundle', () => {
    const result = parseBundle({ format: 'postcoach-pack-bundle/1', pack: {}, builtAt: NOW.toISOString() });
    expect(!result.ok && result.rejection.code).toBe('malformed');
    expect(!result.ok && result.rejection.message).toMatch(/^not a valid pack bundle: sha256: /);
  });

  it('a signature is bound to its bundle: re-signing changes nothing but the signature', async () => {
    const key = await teamKey();
    const once = await signedBundle(orgPack());
    const twice = await signBundle(once, key);
    expect({ ...twice, signature: undefined }).toEqual({ ...once, signature: undefined });
    expect(twice.signature?.value).toBe(once.signature?.value); // Ed25519 is deterministic
  });
});
