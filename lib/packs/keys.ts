/**
 * Ed25519 signing keys of compliance teams. A key file is JSON; the public key alone is also
 * accepted as bare base64 (that is how enterprise policy lists the keys it trusts).
 */
import * as ed from '@noble/ed25519';
import { z } from 'zod';
import { base64ToBytes, bytesToBase64, sha256Hex } from './encoding.ts';

export const KEY_FILE_FORMAT = 'postcoach-key/1';

export interface TrustedKey {
  /** First 16 hex digits of SHA-256 of the raw public key; names the signer in bundles and the UI. */
  keyId: string;
  publicKey: Uint8Array;
}

export interface SigningKey extends TrustedKey {
  secretKey: Uint8Array;
}

const KeyFile = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  alg: z.literal('ed25519'),
  keyId: z.string(),
  publicKey: z.string(),
  privateKey: z.string().optional(),
});

export type KeyParseResult<T> = { ok: true; key: T } | { ok: false; reason: string };

export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  return (await sha256Hex(publicKey)).slice(0, 16);
}

export async function generateSigningKey(): Promise<SigningKey> {
  const { secretKey, publicKey } = await ed.keygenAsync();
  return { secretKey, publicKey, keyId: await keyIdOf(publicKey) };
}

/** The private key file: the only place the secret is ever written. */
export function privateKeyFileText(key: SigningKey): string {
  const file = {
    format: KEY_FILE_FORMAT,
    alg: 'ed25519',
    keyId: key.keyId,
    publicKey: bytesToBase64(key.publicKey),
    privateKey: bytesToBase64(key.secretKey),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function decodeRawKey(text: string, what: string): KeyParseResult<Uint8Array> {
  const bytes = base64ToBytes(text);
  if (!bytes || bytes.length !== 32) return { ok: false, reason: `${what} is not a base64 Ed25519 key (32 bytes)` };
  return { ok: true, key: bytes };
}

function parseKeyFile(text: string): KeyParseResult<z.infer<typeof KeyFile>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not a key file (expected JSON) nor a base64 public key' };
  }
  const parsed = KeyFile.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `not a ${KEY_FILE_FORMAT} key file` };
  return { ok: true, key: parsed.data };
}

/** A key file (public or private; only its public half is used) or a bare base64 public key. */
export async function parseTrustedKey(text: string): Promise<KeyParseResult<TrustedKey>> {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) {
    const raw = decodeRawKey(trimmed, 'the public key');
    return raw.ok ? { ok: true, key: { publicKey: raw.key, keyId: await keyIdOf(raw.key) } } : raw;
  }
  const file = parseKeyFile(trimmed);
  if (!file.ok) return file;
  const raw = decodeRawKey(file.key.publicKey, 'the key file\'s publicKey');
  return raw.ok ? { ok: true, key: { publicKey: raw.key, keyId: await keyIdOf(raw.key) } } : raw;
}

export async function parseSigningKey(text: string): Promise<KeyParseResult<SigningKey>> {
  const file = parseKeyFile(text.trim());
  if (!file.ok) return file;
  if (!file.key.privateKey) return { ok: false, reason: 'this is a public key file; signing needs the private key file' };
  const secret = decodeRawKey(file.key.privateKey, 'the key file\'s privateKey');
  if (!secret.ok) return secret;
  const publicKey = await ed.getPublicKeyAsync(secret.key);
  if (bytesToBase64(publicKey) !== file.key.publicKey) {
    return { ok: false, reason: 'the key file\'s publicKey does not belong to its privateKey' };
  }
  return { ok: true, key: { secretKey: secret.key, publicKey, keyId: await keyIdOf(publicKey) } };
}
