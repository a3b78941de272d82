import type { DetectorMatch } from './types.ts';
import { isDocumentedExample } from './documented-example.ts';
import { HIDDEN_VALUE } from './mask.ts';
import { trimValue } from './secret-value.ts';

// A password told in prose, in any word order: "login ops / Gr4fana-Edge!7", "default creds are admin
// Zp9!kLm2", "Tr4cker$55 is still the root password", "пароль у админа — Qwe!2026rty". Without a
// separator to lean on, the value itself must look like a password no word, version or product name
// looks like (see passwordShaped), and sit a few words from a cue in the same clause.
const CUE = String.raw`(?:pass(?:word|words|wd|wort|phrase|code)?|pw|pwd|creds?|credentials|accounts?|log(?:-?in|on)s?|log\sin|sign[\s-]in|парол\p{L}*|логин\p{L}*|учётк\p{L}*|учетк\p{L}*)`;
// Well-known administrator accounts: "root / Tr0ub4dor&3", "admin:Qu4ntum#77", "админ / Qwe!2026rty".
const ACCOUNT = String.raw`(?:root|admin|administrator|postgres|ubuntu|ec2-user|guest|sysadmin|superuser|админ\p{L}*)`;
/** Lower-case substrings one of which every cue contains (the detector's keyword prefilter). */
export const CUE_KEYWORDS = ['pass', 'pw', 'cred', 'account', 'log', 'sign', '/', 'парол', 'логин', 'учётк', 'учетк', 'root', 'admin', 'админ', 'postgres', 'ubuntu', 'ec2-user', 'guest', 'superuser'];
// Not inside a link or path ("…/Login?next=…").
const CUE_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}_/.=?&@-])(?:${CUE}|${ACCOUNT})(?![\p{L}\p{N}])`, 'giu');
const ACCOUNT_WORD = new RegExp(String.raw`^${ACCOUNT}$`, 'iu');
// Words of the clause around a cue: up to this many on each side are read, never across . ! ? ; or a line end.
const WORDS_AFTER = 8;
const WORDS_BEFORE = 5;
const REACH = 160;
const CLAUSE_END = /[.!?;]\s|\n/;
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'g');
const WORD = /[^\s"'`«»“”()[\],]+/g;

const SYMBOL = /[^\p{L}\p{N}\-./_]/u;
// Also a line of /etc/passwd or a time with seconds ("root:x:0:0:root", "12:30:05"): two colons.
const NOT_A_VALUE = /:\/\/|^www\.|@.*\.|^[#@/~]|^v?\d+(?:[.,:/-]\d+)*$|:[^:]*:/iu;
// A digit between letters ("Tr0ub4dor", "V1ewer"): leetspeak, not "iPhone15", "OAuth2", "Win11".
const DIGIT_INSIDE_LETTERS = /\p{L}\d+\p{L}/u;

/**
 * True when a bare word looks like a password: 6–64 characters with letters, digits or symbols, and
 * at least three of lower case, upper case, digit, symbol; without a symbol, also mixed case and a
 * digit between letters. So "Gr4fana-Edge!7", "NwGuest_2026!", "Tr0ub4dorX" but not "SHA-256",
 * "iPhone15", "2FA", "800-63B", "x86", "Wi-Fi" or "v4.8.1".
 */
export function passwordShaped(word: string): boolean {
  if (word.length < 6 || word.length > 64 || NOT_A_VALUE.test(word) || isDocumentedExample(word)) return false;
  if (!/\p{L}/u.test(word)) return false;
  // "_" joins identifiers (x86_64, user_id2); beside capitals it is a password's symbol (NwGuest_2026).
  const symbol = SYMBOL.test(word) || (word.includes('_') && /\p{Lu}/u.test(word));
  const classes = [/\p{Ll}/u.test(word), /\p{Lu}/u.test(word), /\d/.test(word), symbol].filter(Boolean).length;
  if (classes < 3) return false;
  return symbol || DIGIT_INSIDE_LETTERS.test(word);
}

interface Word {
  text: string;
  start: number;
}

function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    // "admin:x", "/ x", "— x": separators stuck to a word are not part of it.
    const value = trimValue(m[0].replace(/^[:/=—–-]+/u, ''));
    if (value) words.push({ text: value, start: from + m.index + m[0].lastIndexOf(value) });
  }
  return words;
}

/** The clause's text within a few words of [start, end): never across a clause end, at most `reach` characters. */
function clauseAround(text: string, start: number, end: number, reach: number): { from: number; to: number } {
  const windowStart = Math.max(0, start - reach);
  let from = windowStart;
  for (const m of text.slice(windowStart, start).matchAll(CLAUSE_ENDS)) from = windowStart + m.index + m[0].length;
  const next = text.slice(end, end + reach).search(CLAUSE_END);
  return { from, to: next === -1 ? Math.min(text.length, end + reach) : end + next + 1 };
}

// "viewer_partner / Pa55-Partn3r": a user name, a slash and a password-shaped word need no other cue.
const SLASH_PAIR = /(?<![^\s(,:;—–])([\p{L}\p{N}._@-]{2,40})\s{1,2}\/\s{1,2}([^\s/,;()]{6,64})/gu;
// Generated passphrases, words joined by hyphens and a number ("Blue-Otter-88", "hunter-Prod-77"), pass only
// after a user that is a login: an e-mail address, an admin account, or a name with digits, dots or "_"
// ("kiosk01", "svc.backup"). "iOS / Android-14" and "Windows / Server-2019" are neither.
const PASSPHRASE = /^(?=[^]*\p{Lu})(?=[^]*\p{Ll})\p{L}{2,}(?:-\p{L}{2,})+-\d{1,4}$/u;
const LOGIN_NAME = /^[^@\s]+@[^@\s]+\.\p{L}{2,}$|[\d._]/u;

function passphraseAfterLogin(user: string, value: string): boolean {
  return PASSPHRASE.test(value) && (LOGIN_NAME.test(user) || ACCOUNT_WORD.test(user));
}

/** Password-shaped words a few words after or before a password, login or admin-account cue. */
export function passwordsNearCue(text: string): DetectorMatch[] {
  const found = new Map<number, DetectorMatch>();
  for (const cue of text.matchAll(CUE_WORD)) {
    const cueEnd = cue.index + cue[0].length;
    const clause = clauseAround(text, cue.index, cueEnd, REACH);
    // An account name is a cue only right before its password: "root / x", "admin:x", "admin x".
    const isAccount = ACCOUNT_WORD.test(cue[0]);
    const after = wordsIn(text, cueEnd, clause.to).slice(0, isAccount ? 1 : WORDS_AFTER);
    const before = isAccount ? [] : wordsIn(text, clause.from, cue.index).slice(-WORDS_BEFORE);
    for (const word of [...after, ...before]) {
      if (!passwordShaped(word.text)) continue;
      found.set(word.start, {
        start: word.start,
        end: word.start + word.text.length,
        label: 'password',
        replacement: HIDDEN_VALUE,
      });
    }
  }
  for (const pair of text.matchAll(SLASH_PAIR)) {
    const value = trimValue(pair[2]!);
    const start = pair.index + pair[0].length - pair[2]!.length;
    if (passwordShaped(value) || passphraseAfterLogin(pair[1]!, value)) found.set(start, { start, end: start + value.length, label: 'password', replacement: HIDDEN_VALUE });
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
