import { isWordChar } from '../word-chars.ts';
import { caselessKey, type Needle } from './needles.ts';

/**
 * Where in a sentence a term can begin: every position at which one of the needles (the first
 * word of each term, see termNeedles) starts, at a word start where the needle asks for one.
 * A terms list then tries its regex only there, instead of at every position of the sentence.
 */
export function termStartFinder(needles: readonly Needle[]): (segment: { text: string; lower: string }) => number[] | undefined {
  const byFirst = new Map<number, Needle[]>();
  for (const needle of needles) {
    const code = needle.text.charCodeAt(0);
    byFirst.set(code, [...(byFirst.get(code) ?? []), needle]);
  }
  return ({ text, lower }) => {
    // Positions in the lower case are positions in the text only when lower-casing kept the length (no "İ").
    if (lower.length !== text.length) return undefined;
    const key = caselessKey(lower);
    const starts: number[] = [];
    for (let at = 0; at < key.length; at++) {
      const candidates = byFirst.get(key.charCodeAt(at));
      if (candidates === undefined) continue;
      const wordStart = at === 0 || !isWordChar(key[at - 1]);
      if (candidates.some((n) => (wordStart || !n.wordStart) && key.startsWith(n.text, at))) starts.push(at);
    }
    return starts;
  };
}
