import type { DetectorMatch } from './types.ts';
import { hasNearby, wordsPattern } from './nearby.ts';
import { assignmentMatch, looksLikeSecretValue } from './secret-value.ts';

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
    const { value, match } = assignmentMatch(text, m, m[1]!, 'password');
    if (!looksLikeSecretValue(value, 3, false) || HYPHENATED_WORD.test(value)) continue;
    if (hasNearby(LOGIN_CONTEXT, text, match.start, match.end)) matches.push(match);
  }
  return matches;
}
