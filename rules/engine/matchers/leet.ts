import { escapeRegExp } from '../regex-literal.ts';

/**
 * Digits and symbols written for letters ("C0ntoso", "N0rthw1nd", "0spr3y"), folded back to letters in
 * a copy of the text of the same length, so every offset stays exact. Only the terms matchers that ask
 * for it read this copy; detectors and everything else see the text as typed.
 *
 * "1" stands for "l" or "i": it becomes AMBIGUOUS_ONE, which a folded term's "l" and "i" both accept.
 */
export const AMBIGUOUS_ONE = '\u0001';

/** Digits typed for the letters they look like; "1" stands for "l" or "i". Shared with the detectors that read disguises. */
export const LOOK_ALIKE_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'li', '3': 'e', '4': 'a', '5': 's', '7': 't' };

const FOLD: Record<string, string> = {
  ...Object.fromEntries(Object.entries(LOOK_ALIKE_DIGITS).map(([digit, letters]) => [digit, letters.length > 1 ? AMBIGUOUS_ONE : letters])),
  '@': 'a',
  $: 's',
};
const ANY_FOLDABLE = /[013457@$]/;
/** A foldable character right between letters (or their marks): necessary for a disguised word. */
const BETWEEN_LETTERS = /[\p{L}\p{M}][013457@$]+[\p{L}\p{M}]/u;
const TOKEN = /[\p{L}\p{M}\p{N}@$]+/gu;
const LETTER = /\p{L}/u;
/** Digits that never stand for letters: a word with one is a code ("i18n", "B2B", "K8s", "COVID19"). */
const CODE_DIGIT = /[2689]|(?![0-9])\p{N}/u;
/** Keys, hashes and ids are long; a disguised name is not. */
const MAX_TOKEN = 30;
/** Commit hashes and colours ("d0ef3e1", "C0FFEE") are hexadecimal through and through. */
const HEX = /^[0-9a-f]{6,}$/i;

/** The text with disguised words folded; the same string when there are none. */
export function foldLeet(text: string): string {
  if (!mayBeDisguised(text)) return text;
  return text.replace(TOKEN, (token, offset: number) => (isDisguisedWord(token) ? foldToken(token, text, offset) : token));
}

/** Cheap first: the plain character class is ten times faster than the Unicode one, and rarely matches. */
function mayBeDisguised(text: string): boolean {
  return ANY_FOLDABLE.test(text) && BETWEEN_LETTERS.test(text);
}

/**
 * A word mixing letters with look-alike digits, one of which sits between letters: "C0ntoso",
 * "0spr3y", "w00t" — never a number, a version ("v1", "3D", "4K", "Win10", "100ms", "1st") or a code.
 */
function isDisguisedWord(token: string): boolean {
  if (token.length > MAX_TOKEN || !ANY_FOLDABLE.test(token) || CODE_DIGIT.test(token) || HEX.test(token)) return false;
  const chars = [...token];
  const firstLetter = chars.findIndex((ch) => LETTER.test(ch));
  const lastLetter = chars.findLastIndex((ch) => LETTER.test(ch));
  return chars.some((ch, i) => i > firstLetter && i < lastLetter && ch in FOLD && firstLetter >= 0);
}

/** "@" and "$" count as letters only inside a word, never as a handle, a ticker, a price or an e-mail's "@". */
function foldToken(token: string, text: string, offset: number): string {
  const beforeDomain = /^\.\p{L}/u.test(text.slice(offset + token.length, offset + token.length + 2));
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const ch = token[i]!;
    const symbol = ch === '@' || ch === '$';
    const inside = i > 0 && i < token.length - 1;
    out += ch in FOLD && (!symbol || (inside && !(ch === '@' && beforeDomain))) ? FOLD[ch] : ch;
  }
  return out;
}

/** A term letter as the folded text may show it: "l" and "i" may also be a folded "1". */
export function leetLiteral(ch: string): string {
  return /^[lLiI]$/.test(ch) ? `[${ch}${AMBIGUOUS_ONE}]` : escapeRegExp(ch);
}

export interface FoldedView {
  readonly text: string;
  readonly lower: string;
}

/** The folded copy of a segment: the segment itself when nothing in it is disguised (almost always). */
export function foldedView(segment: FoldedView): FoldedView {
  if (!mayBeDisguised(segment.text)) return segment;
  const text = foldLeet(segment.text);
  return text === segment.text ? segment : { text, lower: text.toLowerCase() };
}
