import { escapeRegExp } from '../regex-literal.ts';

/**
 * Context-word checks (Presidio-style): a weak pattern counts only when a word like "phone" or
 * "secret" is close by. `pattern` must not be global (a global regex keeps state between calls).
 */
export function textAround(text: string, start: number, end: number, before: number, after: number) {
  return { before: text.slice(Math.max(0, start - before), start), after: text.slice(end, end + after) };
}

export function hasNearby(
  pattern: RegExp,
  text: string,
  start: number,
  end: number,
  window: { before: number; after: number } = { before: 40, after: 25 },
): boolean {
  const { before, after } = textAround(text, start, end, window.before, window.after);
  return pattern.test(before) || pattern.test(after);
}

/** A word list as a Unicode-aware, case-insensitive, whole-word pattern. */
export function wordsPattern(words: readonly string[]): RegExp {
  const escaped = words.map((w) => escapeRegExp(w).replace(/ /g, '\\s{1,3}'));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
