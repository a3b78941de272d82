import { splitSegments } from './segments.ts';

export interface Range {
  start: number;
  end: number;
}

/**
 * The sentence (or sentences, for a post-wide hit) around [start, end), on the same segments the
 * checker matches — without the spaces around it.
 */
export function sentenceAround(text: string, start: number, end: number): Range {
  const segments = splitSegments(text);
  const first = segments.find((s) => start < s.end) ?? segments[segments.length - 1];
  const last = [...segments].reverse().find((s) => s.start < Math.max(end, start + 1)) ?? first;
  let from = Math.min(first?.start ?? start, start);
  let to = Math.max(last?.end ?? end, end);
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/**
 * The sentence plus the spaces that separate it from the next sentence on its line — or from the
 * previous one when it ends the line — so removing it leaves the text tidy.
 */
export function withSeparatingSpace(text: string, sentence: Range): Range {
  let after = sentence.end;
  while (after < text.length && /[^\S\n]/.test(text[after]!)) after++;
  if (after > sentence.end && after < text.length && text[after] !== '\n') return { start: sentence.start, end: after };
  let before = sentence.start;
  while (before > 0 && /[^\S\n]/.test(text[before - 1]!)) before--;
  return { start: before, end: after };
}
