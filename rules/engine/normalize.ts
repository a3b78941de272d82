/**
 * Text as the matchers see it: NFKC, invisible characters removed, look-alike letters folded inside
 * mixed-script words, "(at)"/"[dot]" spellings resolved — with a map back to the original offsets, so
 * every finding still points at the text the employee typed.
 */
export interface NormalizedText {
  text: string;
  /** Maps a range [start, end) of `text` to the original range; end > start for non-empty ranges. */
  toOriginal(start: number, end: number): [number, number];
}

// Zero-width characters, soft hyphen, bidi controls, word joiner and BOM: invisible, used to split words.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const OBFUSCATED_SYMBOL_ANYWHERE = /[\[({]\s*(?:at|dot|собака|точка)\s*[\])}]/i;
const NEEDS_WORK = /[^\x09\x0A\x0D\x20-\x7E]|[\[({]\s*(?:at|dot)\s*[\])}]/i;

/** One character with its combining marks, or one invisible character, or a lone surrogate. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

const OBFUSCATED_SYMBOL = /\s*[\[({]\s*(at|dot|собака|точка)\s*[\])}]\s*/gi;

export function normalizeForMatching(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original)) return identity(original);
  // Most real drafts (dashes, curly quotes, emoji, Russian) only need look-alike folding, which keeps
  // every offset: skip the per-character pass for them.
  if (!INVISIBLE.test(original) && !OBFUSCATED_SYMBOL_ANYWHERE.test(original) && original.normalize('NFKC') === original) {
    return identity(foldSameLength(original));
  }

  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (piece: string, from: number, to: number) => {
    out.push(piece);
    for (let i = 0; i < piece.length; i++) {
      starts.push(from);
      ends.push(to);
    }
  };

  for (const m of original.matchAll(CLUSTER)) {
    const cluster = m[0];
    const from = m.index;
    const to = from + cluster.length;
    if (INVISIBLE.test(cluster) && cluster.length === 1) continue;
    emit(cluster.length === 1 && cluster < '\u0080' ? cluster : safeNfkc(cluster), from, to);
  }

  let text = foldSameLength(out.join(''));
  let startMap = starts;
  let endMap = ends;
  if (OBFUSCATED_SYMBOL_ANYWHERE.test(text)) {
    [text, startMap, endMap] = resolveObfuscatedSymbols(text, starts, ends);
  }
  return mapped(text, startMap, endMap, original.length);
}

function identity(text: string): NormalizedText {
  return { text, toOriginal: (start, end) => [start, end] };
}

function mapped(text: string, starts: number[], ends: number[], originalLength: number): NormalizedText {
  return {
    text,
    toOriginal(start, end) {
      const from = start < starts.length ? starts[start]! : originalLength;
      const to = end > start ? ends[end - 1]! : from;
      return [from, to];
    },
  };
}

function safeNfkc(cluster: string): string {
  // A lone surrogate cannot be normalised meaningfully; keep it so offsets stay whole.
  if (/[\uD800-\uDFFF]/.test(cluster) && !/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(cluster)) return cluster;
  return cluster.normalize('NFKC');
}

function resolveObfuscatedSymbols(text: string, starts: number[], ends: number[]): [string, number[], number[]] {
  const pieces: string[] = [];
  const newStarts: number[] = [];
  const newEnds: number[] = [];
  let last = 0;
  const keep = (from: number, to: number) => {
    pieces.push(text.slice(from, to));
    for (let i = from; i < to; i++) {
      newStarts.push(starts[i]!);
      newEnds.push(ends[i]!);
    }
  };
  for (const m of text.matchAll(OBFUSCATED_SYMBOL)) {
    keep(last, m.index);
    pieces.push(/^(?:at|собака)$/i.test(m[1]!) ? '@' : '.');
    newStarts.push(starts[m.index]!);
    newEnds.push(ends[m.index + m[0].length - 1]!);
    last = m.index + m[0].length;
  }
  keep(last, text.length);
  return [pieces.join(''), newStarts, newEnds];
}

// Cyrillic and Greek letters that look like Latin ones, and back.
const TO_LATIN: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ο: 'o', ν: 'v', ι: 'i', κ: 'k', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const TO_CYRILLIC: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в',
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х',
};
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

const CURLY_APOSTROPHES = /[\u2018\u2019\u02BC\u2032]/g;

/** Foldings that keep every offset: look-alike letters, and the apostrophes phones type ("we’re"). */
function foldSameLength(text: string): string {
  return foldLookAlikes(text).replace(CURLY_APOSTROPHES, "'");
}

/** In a word that mixes scripts, fold to Cyrillic if it has a letter only Cyrillic has, else to Latin. */
function foldLookAlikes(text: string): string {
  if (!/[\u0370-\u052F]/.test(text)) return text;
  return text.replace(WORD, (word) => {
    if (!LATIN.test(word) || !CYRILLIC_OR_GREEK.test(word)) return word;
    const cyrillicOnly = [...word].some((ch) => /\p{Script=Cyrillic}/u.test(ch) && !(ch in TO_LATIN));
    const table = cyrillicOnly ? TO_CYRILLIC : TO_LATIN;
    return [...word].map((ch) => table[ch] ?? ch).join('');
  });
}
