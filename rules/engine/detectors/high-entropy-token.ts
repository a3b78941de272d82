import type { Detector, DetectorMatch } from './types.ts';
import { hasNearby, wordsPattern } from './nearby.ts';
import { shannonEntropy } from './entropy.ts';
import { maskSecret } from './mask.ts';
import { isPublicByDesign } from './secret-value.ts';
import { isDocumentedExample } from './documented-example.ts';
import { decodeBase64Url } from './base64url.ts';
import { awsAccessKeyId } from './aws-access-key-id.ts';
import { awsSecretKey } from './aws-secret-key.ts';
import { githubToken } from './github-token.ts';
import { slackToken } from './slack-token.ts';
import { stripeLiveKey } from './stripe-live-key.ts';
import { googleApiKey } from './google-api-key.ts';
import { vendorToken } from './vendor-token.ts';
import { jwt } from './jwt.ts';
import { privateKey } from './private-key.ts';

// The generic detector stays quiet where a specific one already names the secret.
const SPECIFIC = [awsAccessKeyId, awsSecretKey, githubToken, slackToken, stripeLiveKey, googleApiKey, vendorToken, jwt, privateKey];

const CANDIDATE = /(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_=-]{20,512}(?![A-Za-z0-9+/_=-])/g;
const CONTEXT_WORDS = [
  'key', 'keys', 'apikey', 'api', 'token', 'tokens', 'secret', 'secrets', 'password', 'passwd', 'bearer', 'credential',
  'credentials', 'auth', 'authorization', 'ключ', 'ключа', 'токен', 'токена', 'пароль', 'секрет',
];
const CONTEXT = wordsPattern(CONTEXT_WORDS);
// A token inside a link ("https://…/commit/9fceb02…", "example.com/a-long-path"), a file path
// ("/v1/users/…", "./dist/…"), a hashtag or a handle is not a secret.
const NOT_A_SECRET_WORD = /:\/\/|^www\.|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/|^(?:~|\.{1,2})?\/|^[#@]/u;

/**
 * Random-looking: letters and digits mixed, and more bits per character than words or hex hashes
 * have (the bar grows with length up to 4 bits; a random base62 string of 20 has about 4), and not
 * mostly made of words ("NorthwindEmployee2025", "my-awesome-project-2024").
 */
function looksRandom(candidate: string): boolean {
  if (!/\d/.test(candidate) || !/[A-Za-z]/.test(candidate)) return false;
  const wordChars = (candidate.match(/[A-Z]?[a-z]{4,}/g) ?? []).join('').length;
  if (wordChars * 5 > candidate.length * 2) return false;
  const required = Math.min(4, 0.86 * Math.log2(candidate.length));
  return shannonEntropy(candidate) >= required;
}

/** A base64url-encoded JSON object: one part of a JWT, judged as a whole by the jwt detector. */
function isEncodedJson(candidate: string): boolean {
  if (!candidate.startsWith('eyJ')) return false;
  const decoded = decodeBase64Url(candidate);
  return decoded !== undefined && /^\{[\s\S]*\}$/.test(decoded.trim());
}

/** The whitespace-delimited word that ends at `end` (looking back at most 300 characters). */
function enclosingWord(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 300), start).split(/\s/).pop() ?? '';
  return before + text.slice(start, end);
}

export const highEntropyToken: Detector = {
  name: 'high-entropy-token',
  description:
    'Random-looking strings of 20+ characters (high Shannon entropy) with a word like "key", "token", "secret", "bearer" or "токен" a few words away; not hashes in links.',
  scope: 'segment',
  keywords: ['key', 'api', 'token', 'secret', 'pass', 'bearer', 'credential', 'auth', 'ключ', 'токен', 'пароль', 'секрет'],
  find(text, context) {
    const matches: DetectorMatch[] = [];
    let known: DetectorMatch[] | undefined;
    for (const m of text.matchAll(CANDIDATE)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!looksRandom(m[0]) || isPublicByDesign(m[0]) || isDocumentedExample(m[0]) || isEncodedJson(m[0]) || NOT_A_SECRET_WORD.test(enclosingWord(text, start, end))) continue;
      if (!hasNearby(CONTEXT, text, start, end, { before: 40, after: 25 })) continue;
      known ??= SPECIFIC.flatMap((detector) => detector.find(text, context));
      if (known.some((k) => k.start < end && start < k.end)) continue;
      matches.push({ start, end, label: 'secret token', replacement: maskSecret(m[0]) });
    }
    return matches;
  },
};
