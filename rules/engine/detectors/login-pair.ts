import type { DetectorMatch } from './types.ts';
import { wordsPattern } from './nearby.ts';
import { assignmentMatch, looksLikeSecretValue } from './secret-value.ts';

// "ssh in as root / toor", "login admin:admin123": a user and password pair, next to a word about
// logging in.
const LOGIN_PAIR =
  /(?<![\p{L}\p{N}_])(?:as|user|username|login|логин|под)\s{1,2}[\p{L}\p{N}._-]{2,32}(?::|\s{0,2}\/\s{0,2})([^\s/:]{3,64})/giu;
// "admin:admin123", "root:Tr0ub4dor": a well-known account and a colon need no leading word. Not a port
// ("admin:8080") or a URL scheme: the value must mix letters with digits or symbols.
const ACCOUNT_COLON =
  /(?<![\p{L}\p{N}_@./:-])(?:root|admin|administrator|postgres|sysadmin|superuser|guest|ubuntu|админ)(?::)(?!\/\/)((?=[^\s/:]*\p{L})(?=[^\s/:]*[\p{N}\p{P}\p{S}])[^\s/:]{4,64})/giu;
/** Words one of which every pair contains (its leading word or account). */
export const LOGIN_PAIR_KEYWORDS = ['as', 'user', 'login', 'логин', 'под', 'root:', 'admin:', 'administrator:', 'postgres:', 'sysadmin:', 'superuser:', 'guest:', 'ubuntu:', 'админ:'];
const HYPHENATED_WORD = /^\p{L}+(?:-\p{L}+)+$/u;
// "login as user/admin", "as owner / editor": a second role, not a password.
const ROLE = /^(?:admin|administrator|root|user|users|guest|owner|editor|viewer|member|reader|writer|dev|ops|staff|team|anyone|everyone|админ|гость|пользователь)$/iu;
export const LOGIN_KEYWORDS = [
  'ssh', 'login', 'log in', 'logged in', 'sign in', 'rdp', 'vpn', 'creds', 'credentials', 'admin panel', 'console',
  'войти', 'зайти', 'заходите', 'логин', 'доступ',
];
const LOGIN_CONTEXT = wordsPattern(LOGIN_KEYWORDS);

/** User/password pairs; reported by password-assignment. */
export function loginPairs(text: string): DetectorMatch[] {
  const matches: DetectorMatch[] = [];
  for (const m of [...text.matchAll(LOGIN_PAIR), ...text.matchAll(ACCOUNT_COLON)]) {
    const { value, match } = assignmentMatch(text, m, m[1]!, 'password');
    if (!looksLikeSecretValue(value, 3, false) || HYPHENATED_WORD.test(value) || ROLE.test(value)) continue;
    // The pair's own word counts as context: "(login ops / Gr4fana-Edge!7)".
    if (LOGIN_CONTEXT.test(text.slice(Math.max(0, match.start - 40), match.end + 25))) matches.push(match);
  }
  return matches;
}
