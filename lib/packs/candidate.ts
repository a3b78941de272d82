/**
 * Turns the text of a source (a fetched bundle, an imported file, an inline policy pack) into a
 * candidate pack that passed every check, or the first reason it did not.
 */
import type { Pack } from '../../rules/engine/schema.ts';
import { checkDigest, checkExpiry, checkSignature, looksLikeBundle, packDigest, parseBundle, verifyBundle, type Bundle } from './bundle.ts';
import type { TrustedKey } from './keys.ts';
import { accepted, rejected, type Outcome } from './rejection.ts';

/** Schema, compile together with the packs already active (regex safety, overrides), examples. */
export type PackValidator = (text: string, file: string, alongside: readonly Pack[]) => Outcome<Pack>;

export interface Signer {
  keyId: string;
  /** false when the bundle names a key the policy does not list (imported files only). */
  verified: boolean;
}

export interface Candidate {
  pack: Pack;
  sha256: string;
  signer?: Signer;
  builtAt?: string;
  expiresAt?: string;
}

export interface CandidateContext {
  trustedKeys: readonly TrustedKey[];
  now: Date;
  validate: PackValidator;
  /** Packs that stay active beside this one (core first). */
  alongside: readonly Pack[];
}

function parseJson(text: string, file: string): Outcome<unknown> {
  try {
    return accepted(JSON.parse(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return rejected('malformed', `${file} is not JSON: ${reason}`, reason);
  }
}

async function fromBundle(bundle: Bundle, signer: Signer | undefined, file: string, context: CandidateContext): Promise<Outcome<Candidate>> {
  const validated = context.validate(JSON.stringify(bundle.pack), file, context.alongside);
  if (!validated.ok) return validated;
  const candidate: Candidate = { pack: validated.value, sha256: bundle.sha256, builtAt: bundle.builtAt };
  if (signer) candidate.signer = signer;
  if (bundle.expiresAt) candidate.expiresAt = bundle.expiresAt;
  return accepted(candidate);
}

/** A published bundle: it must be intact, signed by a trusted key and not expired. */
export async function candidateFromSignedBundle(text: string, file: string, context: CandidateContext): Promise<Outcome<Candidate>> {
  const json = parseJson(text, file);
  if (!json.ok) return json;
  const bundle = parseBundle(json.value);
  if (!bundle.ok) return bundle;
  const verified = await verifyBundle(bundle.value, context.trustedKeys, context.now);
  if (!verified.ok) return verified;
  return fromBundle(bundle.value, { keyId: verified.value.keyId, verified: true }, file, context);
}

/**
 * An imported file or an inline policy pack: a plain pack (YAML or JSON), or a bundle. A bundle
 * must be intact and unexpired; its signature is checked when the policy trusts the signer's key.
 */
export async function candidateFromFile(text: string, file: string, context: CandidateContext): Promise<Outcome<Candidate>> {
  const trimmed = text.trim();
  const json = trimmed.startsWith('{') ? parseJson(trimmed, file) : undefined;
  if (json && !json.ok) return json;
  if (!json || !looksLikeBundle(json.value)) {
    const validated = context.validate(text, file, context.alongside);
    if (!validated.ok) return validated;
    return accepted({ pack: validated.value, sha256: await packDigest(validated.value) });
  }
  const bundle = parseBundle(json.value);
  if (!bundle.ok) return bundle;
  const intact = await checkDigest(bundle.value);
  if (!intact.ok) return intact;
  const expiry = checkExpiry(bundle.value, context.now);
  if (!expiry.ok) return expiry;
  const claimed = bundle.value.signature?.keyId;
  if (!claimed) return fromBundle(bundle.value, undefined, file, context);
  const known = context.trustedKeys.some((key) => key.keyId === claimed);
  if (!known) return fromBundle(bundle.value, { keyId: claimed, verified: false }, file, context);
  const signature = await checkSignature(bundle.value, context.trustedKeys);
  if (!signature.ok) return signature;
  return fromBundle(bundle.value, { keyId: signature.value, verified: true }, file, context);
}
