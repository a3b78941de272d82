import type { DetectorMatch } from './types.ts';
import { assignmentMatch, looksLikeSecretValue } from './secret-value.ts';

// A password named by what it opens, then its value: "the pass for the build server is jenkins-rules-42",
// "Root pw on the old NAS is still changeme-2019", "Пароль от стенда — stend-2024", "пасс от админки: adminka77".
// The words for a password include the short ones people type (pw, pwd, p/w, pword, pswd, пасс).
const PASSWORD_WORD = String.raw`(?:passwords?|passwd|pwd|pw|p/w|pword|pswd|pass|парол(?:ь|я)|пасс|пассворд)`;
const TARGET = String.raw`\s{1,2}(?:for|to|on|of|at|into|от|для|к|на|у)(?:\s{1,2}[\p{L}\p{N}._@'’-]{1,30}){1,4}?`;
// "is", "is still", "'s now", ":", "—", "=", "changed to", "теперь", "сменили на".
const SEPARATOR = String.raw`(?:\s{0,2}(?::|=)\s{0,2}|\s{1,2}(?:—|–|-)\s{1,2}|\s{1,2}(?:is|was|это)(?:\s{1,2}(?:still|now|just|literally|всё\s{1,2}ещё|теперь))?\s{1,2}|['’]s\s{1,2}(?:still\s{1,2}|now\s{1,2})?|\s{1,2}(?:changed|reset|set)\s{1,2}to\s{1,2}|\s{1,2}(?:теперь|(?:поменяли|сменили)\s{1,2}на)\s{1,2})`;
const WITH_TARGET = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(${PASSWORD_WORD})(?:${TARGET})?(?![\p{L}\p{N}])${SEPARATOR}(["'\x60«]?[^\s"'\x60«»]{1,64})`,
  'giu',
);
/** Lower-case substrings one of which every match contains. */
export const PASSWORD_FOR_TARGET_KEYWORDS = ['pass', 'pw', 'p/w', 'pword', 'pswd', 'парол', 'пасс'];

// "boarding pass for gate 12: B14", "day pass for the expo is €45": a pass that is a ticket.
const TICKET_PASS = /(?:boarding|day|season|bus|ski|backstage|press|media|festival|weekly|monthly|annual|vip|visitor|parking|rail|train|transit|museum|gym|park|hall|all-access|expo|event|conference|guest)\s{1,2}$/iu;
// A quantity, price or length is what a password is, not what it is: "password for the exam is 12 characters long".
const QUANTITY = /^[$€£¥₽]|^\d+(?:[.,]\d+)?(?:%|€|₽|[kKmM])?$/u;
const UNIT_AFTER = /^\s{1,2}(?:characters?|chars?|letters?|digits?|symbols?|long|minutes?|days?|символ\p{L}*|знак\p{L}*|цифр\p{L}*|букв\p{L}*)/iu;
const LETTERS_AND_DIGITS = /(?=[^]*\p{L})(?=[^]*\d)/u;

/** Passwords written with the short words or named by what they open; reported by password-assignment. */
export function passwordsForTarget(text: string): DetectorMatch[] {
  const matches: DetectorMatch[] = [];
  for (const m of text.matchAll(WITH_TARGET)) {
    const word = m[1]!.toLowerCase();
    const { value, match } = assignmentMatch(text, m, m[2]!, 'password');
    if (!looksLikeSecretValue(value, 4, true) || QUANTITY.test(value) || UNIT_AFTER.test(text.slice(match.end))) continue;
    // A bare "pass" is as often a ticket or a verb: it counts only before a letters-and-digits value of some length.
    if (word === 'pass' && (value.length < 6 || !LETTERS_AND_DIGITS.test(value) || TICKET_PASS.test(text.slice(0, m.index)))) continue;
    matches.push(match);
  }
  return matches;
}
