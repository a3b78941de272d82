import type { Detector, DetectorMatch } from './types.ts';
import { hasNearby, wordsPattern } from './nearby.ts';
import { isIdentifierOrAmount } from './number-context.ts';
import { maskDigits } from './mask.ts';

// Digit groups joined by exactly one separator each (so every split is forced and matching stays
// linear); "(555)" groups may touch their neighbours: "+7(912)345-67-89".
const GROUP = String.raw`(?:\(\d{1,5}\)|\d{1,12})`;
const SEPARATOR = String.raw`(?:[ .\-]| - |(?<=\))|(?<=\d)(?=\())`;
const CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_#$€£¥₽/.,:@+\-])(?:\+ ?)?${GROUP}(?:${SEPARATOR}${GROUP}){0,7}`,
  'gu',
);
const GROUP_IN_CANDIDATE = /\(?(\d+)\)?/g;

const CONTEXT = wordsPattern([
  'call', 'calling', 'phone', 'phones', 'tel', 'telephone', 'mobile', 'cell', 'cellphone', 'whatsapp', 'viber',
  'signal', 'telegram', 'sms', 'text me', 'txt me', 'fax', 'reach me', 'ring me', 'dial', 'hotline',
  'позвоните', 'позвонить', 'звоните', 'звони', 'тел', 'телефон', 'телефону', 'моб', 'мобильный',
  'ватсап', 'вотсап', 'смс',
]);

interface Group {
  digits: string;
  paren: boolean;
  /** Offset of the group's end inside the candidate. */
  end: number;
}

type Strength = 'strong' | 'weak' | 'not-a-phone';

/** Whether these groups read as a phone number by shape alone, only with a context word, or never. */
function classify(plus: boolean, groups: readonly Group[], separators: readonly string[]): Strength {
  const lengths = groups.map((g) => g.digits.length);
  const digits = groups.map((g) => g.digits).join('');
  const shape = lengths.join('-');
  const first = digits[0];
  if (digits.length < 7 || digits.length > 15 || (plus && digits.length < 8)) return 'not-a-phone';
  // "+12 500 000 views": a round number grouped in thousands, not "+34 912 345 678".
  const thousands = groups.length >= 3 && lengths[0]! <= 3 && lengths.slice(1).every((l) => l === 3);
  if (thousands && digits.endsWith('000') && new Set(separators).size === 1) return 'not-a-phone';
  if (plus) return 'strong';
  const dateSeparators = separators.every((s) => s === '-' || s === '.' || s === '/');
  if (dateSeparators && ['4-2-2', '2-2-4', '2-2-2', '4-2'].includes(shape)) return 'not-a-phone';
  if (shape === '4-4' && groups.every((g) => /^(?:19|20)\d\d$/.test(g.digits))) return 'not-a-phone';
  if (separators.length > 0 && separators.every((s) => s === '.') && shape !== '3-3-4') return 'not-a-phone';
  // "(555) 123-4567", "8 (912) 345-67-89"; not "Smith (2019) 123 4567".
  const areaCode = groups.find((g) => g.paren);
  if (areaCode && !/^(?:19|20)\d\d$/.test(areaCode.digits) && digits.length >= 9 && digits.length <= 12) return 'strong';
  if (shape === '3-3-4' || (shape === '1-3-3-4' && first === '1')) return 'strong';
  if (shape === '3-3-2-2' || (shape === '1-3-3-2-2' && (first === '8' || first === '7'))) return 'strong';
  const trunkPrefixed = first === '0' && lengths[0]! >= 2 && lengths[0]! <= 5;
  if (trunkPrefixed && groups.length <= 4 && groups.length >= 2 && digits.length >= 10 && digits.length <= 11) {
    return 'strong';
  }
  // Plain digit runs and "1 234 567"-style thousands are phones only when the text says so.
  if (groups.length === 1 && digits.length < 9) return 'not-a-phone';
  return 'weak';
}

function parseGroups(candidate: string): { plus: boolean; groups: Group[]; separators: string[] } {
  const groups: Group[] = [];
  const separators: string[] = [];
  for (const m of candidate.matchAll(GROUP_IN_CANDIDATE)) {
    const previous = groups.at(-1);
    if (previous) separators.push(candidate.slice(previous.end, m.index).trim() || ' ');
    groups.push({ digits: m[1]!, paren: m[0].startsWith('('), end: m.index + m[0].length });
  }
  return { plus: candidate.startsWith('+'), groups, separators };
}

/**
 * The longest reading of the candidate that is a phone by shape, else the longest that is one by
 * context; trailing groups are dropped only at spaces ("call 555 123 4567 2 times").
 */
function bestReading(text: string, index: number, candidate: string): DetectorMatch | undefined {
  const { plus, groups, separators } = parseGroups(candidate);
  const after = text.slice(index + candidate.length, index + candidate.length + 2);
  // "…4567 2 times" is fine; "…89:AAH…" (a bot token), "…4567abc" or "…45.6" are no phone.
  if (/^[\p{L}_%]|^[.,:/-]?\d|^:[\p{L}_]/u.test(after)) return undefined;
  let weakEnd: number | undefined;
  for (let count = groups.length; count >= 1; count--) {
    if (count < groups.length && candidate[groups[count - 1]!.end] !== ' ') break;
    const end = index + groups[count - 1]!.end;
    const strength = classify(plus, groups.slice(0, count), separators.slice(0, count - 1));
    if (strength === 'strong') return phoneMatch(text, index, end);
    if (strength === 'weak' && weakEnd === undefined && hasNearby(CONTEXT, text, index, end)) weakEnd = end;
  }
  return weakEnd === undefined ? undefined : phoneMatch(text, index, weakEnd);
}

// Freephone ranges belong to businesses (a caller never pays), so they are never a person's number:
// NANP 800/833/844/855/866/877/888, UK 0800/0808, RU 8-800, DE/AT/FR/IT/ES/NL 0800 or 900…, and the
// universal +800. Digits as written, with the country code when there is a "+".
const FREEPHONE = /^(?:1?8(?:00|33|44|55|66|77|88)\d{7}|0800\d{4,8}|0808\d{6,7}|8800\d{7}|(?:44|49|43|33|39|34|31)800\d{5,8}|44808\d{6,7}|7800\d{7}|800\d{8})$/;

function isFreephone(candidate: string): boolean {
  return FREEPHONE.test(candidate.replace(/\D/g, ''));
}

function phoneMatch(text: string, start: number, end: number): DetectorMatch | undefined {
  if (isFreephone(text.slice(start, end))) return undefined;
  // "Tel. No. 020 7946 0018": a number word right after a phone word still introduces a phone.
  const phoneWordJustBefore = CONTEXT.test(text.slice(Math.max(0, start - 16), start));
  if (!phoneWordJustBefore && isIdentifierOrAmount(text, start, end)) return undefined;
  return { start, end, label: 'phone number', replacement: maskDigits(text.slice(start, end), 2) };
}

export const phone: Detector = {
  name: 'phone',
  description:
    'Phone numbers in international (+CC …) and national formats (US, UK, RU, DE…); unformatted digit runs only next to a word like "call" or "тел"; never freephone (toll-free) business lines.',
  scope: 'segment',
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(CANDIDATE)) {
      const match = bestReading(text, m.index, m[0]);
      if (match) matches.push(match);
    }
    return matches;
  },
};
