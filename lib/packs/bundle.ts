/**
 * The signed pack bundle compliance teams publish:
 *   { format, pack, sha256, builtAt, expiresAt?, signature? }
 * `sha256` is the hex SHA-256 of canonicalJson(pack); the Ed25519 signature covers
 * canonicalJson(bundle without `signature`), so it binds the pack, its hash and both dates.
 */
import * as ed from '@noble/ed25519';
import { z } from 'zod';
import { canonicalJson } from './canonical.ts';
import { base64ToBytes, bytesToBase64, sha256Hex, utf8 } from './encoding.ts';
import type { SigningKey, TrustedKey } from './keys.ts';
import { accepted, rejected, type Outcome } from './rejection.ts';

export const BUNDLE_FORMAT = 'postcoach-pack-bundle/1';

const Timestamp = z.iso.datetime({ offset: true });

export const BundleSignatureSchema = z
  .object({ keyId: z.string().min(1), alg: z.literal('ed25519'), value: z.string().min(1) })
  .strict();

export const BundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    /** Validated against the pack schema by the engine, not here. */
    pack: z.record(z.string(), z.unknown()),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 is 64 lower-case hex digits'),
    builtAt: Timestamp,
    expiresAt: Timestamp.optional(),
    signature: BundleSignatureSchema.optional(),
  })
  .strict();
export type Bundle = z.infer<typeof BundleSchema>;

export function looksLikeBundle(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'format' in json && 'pack' in json;
}

export async function packDigest(pack: unknown): Promise<string> {
  return sha256Hex(canonicalJson(pack));
}

export async function buildBundle(pack: object, builtAt: Date, expiresAt?: Date): Promise<Bundle> {
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    pack: pack as Record<string, unknown>,
    sha256: await packDigest(pack),
    builtAt: builtAt.toISOString(),
  };
  if (expiresAt) bundle.expiresAt = expiresAt.toISOString();
  return bundle;
}

function signedBytes(bundle: Bundle): Uint8Array {
  const { signature: _ignored, ...unsigned } = bundle;
  return utf8(canonicalJson(unsigned));
}

export async function signBundle(bundle: Bundle, key: SigningKey): Promise<Bundle> {
  const { signature: _previous, ...unsigned } = bundle;
  const value = await ed.signAsync(signedBytes(unsigned), key.secretKey);
  return { ...unsigned, signature: { keyId: key.keyId, alg: 'ed25519', value: bytesToBase64(value) } };
}

export function parseBundle(json: unknown): Outcome<Bundle> {
  const parsed = BundleSchema.safeParse(json);
  if (parsed.success) return accepted(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return rejected('malformed', `not a valid pack bundle: ${where}${issue?.message ?? 'unknown problem'}`, `${where}${issue?.message ?? ''}`);
}

/** The pack inside matches the hash it was built with. */
export async function checkDigest(bundle: Bundle): Promise<Outcome<Bundle>> {
  const actual = await packDigest(bundle.pack);
  if (actual === bundle.sha256) return accepted(bundle);
  return rejected('tampered', 'the pack was changed after the bundle was built (its SHA-256 does not match)');
}

export function checkExpiry(bundle: Bundle, now: Date): Outcome<Bundle> {
  if (bundle.expiresAt && Date.parse(bundle.expiresAt) <= now.getTime()) {
    return rejected('expired', `the bundle expired at ${bundle.expiresAt}`, bundle.expiresAt);
  }
  return accepted(bundle);
}

/** Signed by one of the trusted keys, and unchanged since. Returns the signer's key id. */
export async function checkSignature(bundle: Bundle, trustedKeys: readonly TrustedKey[]): Promise<Outcome<string>> {
  if (!bundle.signature) return rejected('unsigned', 'the bundle is not signed');
  if (trustedKeys.length === 0) {
    return rejected('no-trusted-keys', 'no public key is configured to verify signed packs (policy publicKeys)');
  }
  const { keyId, value } = bundle.signature;
  const signer = trustedKeys.find((key) => key.keyId === keyId);
  if (!signer) return rejected('unknown-key', `the bundle is signed by key ${keyId}, which is not a trusted key`, keyId);
  const signature = base64ToBytes(value);
  const valid =
    signature !== undefined &&
    signature.length === 64 &&
    (await ed.verifyAsync(signature, signedBytes(bundle), signer.publicKey));
  if (!valid) return rejected('bad-signature', `the signature by key ${keyId} does not match the bundle: it was altered after signing`, keyId);
  return accepted(keyId);
}

/** Everything a published bundle must pass before its pack is even looked at. */
export async function verifyBundle(
  bundle: Bundle,
  trustedKeys: readonly TrustedKey[],
  now: Date,
): Promise<Outcome<{ bundle: Bundle; keyId: string }>> {
  const digest = await checkDigest(bundle);
  if (!digest.ok) return digest;
  const signature = await checkSignature(bundle, trustedKeys);
  if (!signature.ok) return signature;
  const expiry = checkExpiry(bundle, now);
  if (!expiry.ok) return expiry;
  return accepted({ bundle, keyId: signature.value });
}
