import type { Detector, DetectorMatch } from './types.ts';
import { looksLikeSecretValue, trimValue } from './secret-value.ts';
import { HIDDEN_VALUE } from './mask.ts';

const NAMES = [
  'password', 'passwd', 'passwort', 'pwd', 'pass', 'passphrase', 'пароль', 'api[_-]?key', 'apikey', 'api[_-]?secret',
  'secret', 'secret[_-]?key', 'client[_-]?secret', 'access[_-]?token', 'auth[_-]?token', 'token',
];
// name, separator ("=", ":", "is", "—"), value. The value runs to the next space or quote.
const ASSIGNMENT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(${NAMES.join('|')})(?![\p{L}\p{N}])["']?(?:(\s{0,2}(?:=|:=|=>)\s{0,2})|(\s{0,2}(?::|—|–|-)\s{1,2}|:|\s{1,2}is\s{1,2}|\s{1,2}это\s{1,2}))(["'\x60«]?[^\s"'\x60«»]{1,130})`,
  'giu',
);

function labelFor(name: string): string {
  const lower = name.toLowerCase();
  if (/pass|pwd|пароль/.test(lower)) return 'password';
  if (/api/.test(lower)) return 'API key';
  return /token/.test(lower) ? 'token' : 'secret';
}

export const passwordAssignment: Detector = {
  name: 'password-assignment',
  description:
    'Passwords and keys written as assignments: "password: x", "pwd=x", "api_key=…", "secret=…", "token=…", "пароль: x" (not "password: ******" or "password reset").',
  scope: 'segment',
  keywords: ['pass', 'pwd', 'пароль', 'key', 'secret', 'token'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(ASSIGNMENT)) {
      const [found, name, codeSeparator, , rawValue] = m as unknown as [string, string, string | undefined, string, string];
      const value = trimValue(rawValue);
      // "boarding pass: 12B", "day pass: $25": a bare "pass" is a password only in code.
      if (name.toLowerCase() === 'pass' && codeSeparator === undefined) continue;
      const label = labelFor(name);
      const minLength = label === 'password' ? 3 : 8;
      // "x=y" is how code and configs are written; "x: y" and "x is y" are also prose.
      if (!looksLikeSecretValue(value, minLength, codeSeparator === undefined)) continue;
      const start = m.index;
      const valueStart = start + found.length - rawValue.length + rawValue.indexOf(value);
      const end = valueStart + value.length;
      matches.push({ start, end, label, replacement: text.slice(start, valueStart) + HIDDEN_VALUE });
    }
    return matches;
  },
};
