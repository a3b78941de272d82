import { classifyBoundaries, type BoundarySide } from './regex-shape.ts';
import { WORD_CHAR } from './word-chars.ts';

export { isWordChar } from './word-chars.ts';

/** Word boundaries that work for Cyrillic and every other script, not just ASCII `\b`. */
export const BOUNDARY_BEFORE = `(?<!${WORD_CHAR})`;
export const BOUNDARY_AFTER = `(?!${WORD_CHAR})`;
const UNICODE_BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

const BOUNDARY_FOR_SIDE: Record<BoundarySide, string> = {
  'word-follows': BOUNDARY_BEFORE,
  'word-precedes': BOUNDARY_AFTER,
  unknown: UNICODE_BOUNDARY,
};

/**
 * Rewrites `\b` (outside character classes) in a pattern to a Unicode-aware boundary: one-sided
 * where the pattern itself puts a word character on one side (`\bbest`, `(?:a|b)\b`), which V8
 * compiles far faster, and two-sided elsewhere.
 */
export function unicodeWordBoundaries(pattern: string): string {
  let sides: Map<number, BoundarySide>;
  try {
    sides = classifyBoundaries(pattern);
  } catch {
    return twoSidedWordBoundaries(pattern);
  }
  let out = '';
  let from = 0;
  for (const [offset, side] of [...sides].sort(([a], [b]) => a - b)) {
    out += pattern.slice(from, offset) + BOUNDARY_FOR_SIDE[side];
    from = offset + 2;
  }
  return out + pattern.slice(from);
}

/** The plain rewrite, for source the shape reader cannot follow (the RegExp constructor then says why). */
export function twoSidedWordBoundaries(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      out += !inClass && next === 'b' ? UNICODE_BOUNDARY : ch + next;
      i++;
    } else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      out += ch;
    }
  }
  return out;
}

/** Counts words in a span, for "A within N words of B". */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
