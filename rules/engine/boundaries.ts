/** Word boundaries that work for Cyrillic and every other script, not just ASCII `\b`. */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';
export const BOUNDARY_BEFORE = `(?<!${WORD_CHAR})`;
export const BOUNDARY_AFTER = `(?!${WORD_CHAR})`;
const UNICODE_BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

const IS_WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && IS_WORD_CHAR.test(ch);
}

/** Rewrites `\b` (outside character classes) in a pattern to the Unicode-aware boundary. */
export function unicodeWordBoundaries(pattern: string): string {
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
