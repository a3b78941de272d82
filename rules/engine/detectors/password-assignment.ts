import type { Detector, DetectorMatch } from './types.ts';
import { assignmentMatch, looksLikeSecretValue } from './secret-value.ts';
import { LOGIN_KEYWORDS, LOGIN_PAIR_KEYWORDS, loginPairs } from './login-pair.ts';
import { CUE_KEYWORDS, passwordsNearCue } from './password-near-cue.ts';
import { ACCESS_CODE_KEYWORDS, accessCodes } from './access-code.ts';
import { PASSWORD_FOR_TARGET_KEYWORDS, passwordsForTarget } from './password-for-target.ts';
import { wifiKey } from './wifi-key.ts';

const NAMES = [
  'password', 'p[a4@][s5$][s5$]w[o0]rd', 'passwd', 'passwort', 'pwd', 'pw', 'p/w', 'pword', 'pswd', 'pass', 'passphrase', 'пароль', 'пасс', 'api[_-]?key', 'apikey', 'api[_-]?secret',
  'secret', 'secret[_-]?key', 'client[_-]?secret', 'access[_-]?token', 'auth[_-]?token', 'token',
];
// name, separator, value (to the next space or quote). Separators: "=" as in code and configs;
// ":", "—", "is (still)" as in prose; and a bare space ("password Northwind2026!").
// An environment-variable prefix may come first (DB_PASSWORD=, SMTP_PASS=, MY_API_KEY=): "_" may precede the
// name, and the finding then starts at the prefix (see withEnvPrefix).
const ASSIGNMENT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${NAMES.join('|')})(?![\p{L}\p{N}])["']?(?:(\s{0,2}(?:=|:=|=>)\s{0,2})|(\s{0,2}(?::|—|–|-)\s{1,2}|:|\s{1,2}(?:is|was|это)\s{1,2}(?:still\s{1,2}|now\s{1,2}|just\s{1,2}|всё\s{1,2}ещё\s{1,2})?)|(\s{1,2}))(["'\x60«]?[^\s"'\x60«»]{1,130})`,
  'giu',
);
// After a bare space only a letters-and-digits mix or a symbol looks like a password ("password 101" does not).
const PASSWORD_SHAPED = /(?=.*\p{L})(?=.*[\p{N}\p{P}\p{S}])/u;

const ENV_PREFIX = /[A-Za-z][A-Za-z0-9]{0,20}(?:_[A-Za-z0-9]{1,20}){0,3}_$/;

/** "DB_PASSWORD=x" is found at "PASSWORD"; the finding covers the whole variable name. */
function withEnvPrefix(text: string, match: DetectorMatch): DetectorMatch {
  if (text[match.start - 1] !== '_') return match;
  const prefix = ENV_PREFIX.exec(text.slice(Math.max(0, match.start - 64), match.start))?.[0];
  if (!prefix) return match;
  const start = match.start - prefix.length;
  return { ...match, start, replacement: prefix + (match.replacement ?? '') };
}

function labelFor(name: string): string {
  const lower = name.toLowerCase();
  if (/p[a4@][s5$]{2}|pw|p\/w|pswd|пароль|пасс/.test(lower)) return 'password';
  if (/api/.test(lower)) return 'API key';
  return /token/.test(lower) ? 'token' : 'secret';
}

export const passwordAssignment: Detector = {
  name: 'password-assignment',
  description:
    'Passwords and keys written as assignments: "password: x", "pwd=x", "pw is x", "api_key=…", "secret=…", "token=…", "пароль: x"; a password named by what it opens ("the pass for the build server is x", "Пароль от стенда — x"); user/password pairs near "ssh"/"login" ("as root / toor"); password-shaped words a few words from a password, login, creds or admin-account cue in any order ("root / Tr0ub4dor&3", "Tr4cker$55 is the root password"); not "password: ******" or "password reset".',
  scope: 'segment',
  keywords: ['pass', 'pwd', 'пароль', 'key', 'secret', 'token', ...LOGIN_KEYWORDS, ...CUE_KEYWORDS, ...ACCESS_CODE_KEYWORDS, ...PASSWORD_FOR_TARGET_KEYWORDS, 'p4ss', 'pa$$', 'p@ss', 'p@$$', 'pa5s', 'pas5'],
  find(text, context) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(ASSIGNMENT)) {
      const [, name, codeSeparator, , bareSpace, rawValue] = m as unknown as [
        string, string, string | undefined, string | undefined, string | undefined, string,
      ];
      // "boarding pass: 12B", "day pass: $25": a bare "pass" is a password only in code.
      if (name.toLowerCase() === 'pass' && codeSeparator === undefined) continue;
      const label = labelFor(name);
      const { value, match } = assignmentMatch(text, m, rawValue, label);
      const minLength = label === 'password' ? 3 : 8;
      // "x=y" is how code and configs are written; "x: y" and "x is y" are also prose.
      if (!looksLikeSecretValue(value, minLength, codeSeparator === undefined)) continue;
      if (bareSpace !== undefined && (label !== 'password' || value.length < 6 || !PASSWORD_SHAPED.test(value))) continue;
      matches.push(withEnvPrefix(text, match));
    }
    const overlapsFound = (p: DetectorMatch) => matches.some((m) => m.start < p.end && p.start < m.end);
    // Each finder runs only where its own words occur (the detector's keywords are their union).
    const lower = text.toLowerCase();
    const has = (words: readonly string[]) => words.some((w) => lower.includes(w));
    if (has(LOGIN_PAIR_KEYWORDS)) for (const pair of loginPairs(text)) if (!overlapsFound(pair)) matches.push(pair);
    if (has(ACCESS_CODE_KEYWORDS)) for (const code of accessCodes(text)) if (!overlapsFound(code)) matches.push(code);
    const told: DetectorMatch[] = [];
    const named = has(PASSWORD_FOR_TARGET_KEYWORDS) ? passwordsForTarget(text) : [];
    const nearCue = has(CUE_KEYWORDS) ? passwordsNearCue(text) : [];
    for (const p of [...named, ...nearCue]) if (!overlapsFound(p) && !told.some((t) => t.start < p.end && p.start < t.end)) told.push(p);
    const found = [...matches, ...told];
    if (found.length === 0) return found;
    // A Wi-Fi password is the wifi-key rule's to name.
    const wifi = wifiKey.find(text, context);
    return found.filter((p) => !wifi.some((w) => w.start < p.end && p.start < w.end)).sort((a, b) => a.start - b.start);
  },
};
