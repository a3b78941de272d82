/**
 * A scenario as a link: the URL hash carries it (base64url of UTF-8 JSON), so sharing needs no
 * server and the text never reaches one — browsers do not send the hash.
 */
import { ScenarioFields, scenarioOf, type Scenario } from './scenario.ts';

export const SHARE_PARAM = 's';
const MAX_ENCODED_LENGTH = 16_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function encodeScenario(scenario: ScenarioFields): string {
  const { title, platform, bad, good, notes, category } = scenario;
  const json = JSON.stringify({ title, platform, bad, good, notes, category });
  return `${SHARE_PARAM}=${toBase64Url(new TextEncoder().encode(json))}`;
}

export type DecodeResult = { scenario: Scenario } | { error: 'malformed' | 'too-long' | 'invalid' } | null;

/** Reads a "#s=…" hash; null when the hash carries no scenario. */
export function decodeScenarioHash(hash: string): DecodeResult {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get(SHARE_PARAM);
  if (encoded === null) return null;
  if (encoded.length > MAX_ENCODED_LENGTH) return { error: 'too-long' };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(encoded)));
  } catch {
    return { error: 'malformed' };
  }
  const result = ScenarioFields.safeParse(value);
  return result.success ? { scenario: scenarioOf(result.data, `link:${encoded.slice(0, 24)}`, 'link') } : { error: 'invalid' };
}
