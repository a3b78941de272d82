import type { DetectorMatch } from './types.ts';
import { hasNearby, wordsPattern } from './nearby.ts';
import { looksLikeSecretValue, trimValue } from './secret-value.ts';
import { HIDDEN_VALUE } from './mask.ts';

// "ssh in as root / toor", "login admin:admin123": a user and password pair, next to a word about
// logging in.
const LOGIN_PAIR =
  /(?<![\p{L}\p{N}_])(?:as|user|username|login|логин|под)\s{1,2}[\p{L}\p{N}._-]{2,32}(?::|\s{0,2}\/\s{0,2})([^\s/:]{3,64})/giu;
const HYPHENATED_WORD = /^\p{L}+(?:-\p{L}+)+$/u;
export const LOGIN_KEYWORDS = [
  'ssh', 'login', 'log in', 'logged in', 'sign in', 'rdp', 'vpn', 'creds', 'credentials', 'admin panel', 'console',
  'войти', 'зайти', 'заходите', 'логин', 'доступ',
];
const LOGIN_CONTEXT = wordsPattern(LOGIN_KEYWORDS);

/** User/password pairs; reported by password-assignment. */
export function loginPairs(text: string): DetectorMatch[] {
  const matches: DetectorMatch[] = [];
  for (const m of text.matchAll(LOGIN_PAIR)) {
    const rawValue = m[1]!;
    const value = trimValue(rawValue);
    const start = m.index;
    const valueStart = start + m[0].length - rawValue.length + rawValue.indexOf(value);
    const end = valueStart + value.length;
    if (!looksLikeSecretValue(value, 3, false) || HYPHENATED_WORD.test(value)) continue;
    if (!hasNearby(LOGIN_CONTEXT, text, start, end)) continue;
    matches.push({ start, end, label: 'password', replacement: text.slice(start, valueStart) + HIDDEN_VALUE });
  }
  return matches;
}
