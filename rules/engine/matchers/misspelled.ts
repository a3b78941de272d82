import type { Hit } from './types.ts';

/**
 * Finds a name written almost right: other spacing or hyphens ("Northwind-Edge", "NW-Cloud"), other
 * case inside it ("NorthWind"), or one typo in a name of six letters or more ("Nortwind Edge").
 * The exact spelling is never reported; the first letter must match in case, so everyday words
 * ("the north wind") are left alone.
 */
export function misspellingFinder(names: readonly string[]): (text: string) => Hit[] {
  const prepared = names.map((name) => {
    const letters = lettersOf(name);
    return { name, letters, wordCount: name.split(/[\s-]+/).length, allowedEdits: letters.length >= 6 ? 1 : 0 };
  });
  return (text) => {
    // The first letter must match in case: a text without any name's first letter has nothing to find.
    const candidates = prepared.filter(({ name }) => text.includes(name[0]!));
    if (candidates.length === 0) return [];
    const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return candidates.flatMap((candidate) => misspellingsOf(candidate, text, words));
  };
}

interface PreparedName {
  name: string;
  letters: string;
  wordCount: number;
  allowedEdits: number;
}

function misspellingsOf({ name, letters, wordCount, allowedEdits }: PreparedName, text: string, words: { start: number; end: number }[]): Hit[] {
  const hits: Hit[] = [];
  for (let first = 0; first < words.length; first++) {
    const start = words[first]!.start;
    // The cheapest test first: nearly every word starts with another letter than the name.
    if (text[start] !== name[0]) continue;
    for (let size = Math.max(1, wordCount - 1); size <= wordCount + 1 && first + size <= words.length; size++) {
      const end = words[first + size - 1]!.end;
      // Letters written can differ in number by one at most; separators take at most two characters a gap.
      const span = end - start;
      if (span < letters.length - 1 || span - 2 * (size - 1) > letters.length + 1) continue;
      const written = text.slice(start, end);
      if (written === name || !joinedBySeparators(text, words, first, size) || insideHandleOrLink(text, start, end)) continue;
      // A typo is accepted only word for word; split or joined words must keep every letter ("North wind").
      if (editDistanceAtMost(lettersOf(written), letters, size === wordCount ? allowedEdits : 0)) {
        hits.push({ start, end, replacement: name, vars: { term: name } });
      }
    }
  }
  return hits;
}

function lettersOf(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

function joinedBySeparators(text: string, words: { start: number; end: number }[], first: number, size: number): boolean {
  for (let i = first; i < first + size - 1; i++) {
    if (!/^[\s\-_.]{1,2}$/.test(text.slice(words[i]!.end, words[i + 1]!.start))) return false;
  }
  return true;
}

function insideHandleOrLink(text: string, start: number, end: number): boolean {
  return /[@#/.]/.test(text[start - 1] ?? '') || /^\.\p{L}/u.test(text.slice(end, end + 2));
}

/** Optimal string alignment distance ≤ max (one insertion, deletion, substitution or swap), first letter fixed. */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (a === b) return true;
  if (max === 0 || a[0] !== b[0] || Math.abs(a.length - b.length) > max) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) || // substitution
    restA.slice(1) === restB || // extra letter written
    restA === restB.slice(1) || // letter left out
    (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2)) // swapped pair
  );
}
