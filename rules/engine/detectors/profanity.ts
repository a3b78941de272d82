import type { Detector, DetectorMatch } from './types.ts';
import { escapeRegExp } from '../regex-literal.ts';
import { LOOK_ALIKE_DIGITS as LEET } from '../matchers/leet.ts';

// English swear words from the common public lists (the "seven words", British swearing, their compounds), by how
// safely each root can be read inside a longer word. Mild intensifiers ("damn", "hell", "bloody") are not here: "hell of
// a week" and "damn good coffee" are clean; the hostile-reply rule reads them where they are aimed at someone.
/** Roots that are rude wherever they occur in a word: "motherfucker", "clusterfuck", "bullshit", "dipshit". */
const ANYWHERE = ['fuck', 'shit', 'пизд', 'жоп'];
/** Roots that are rude at the start of a word with any ending ("bitchy", "cunts"); inside other words they are not (Scunthorpe). */
const WORD_START = [
  'bitch', 'bastard', 'cunt', 'twat', 'asshole', 'arsehole', 'motherf', 'wanker', 'cocksucker', 'dickhead', 'slut', 'whore',
  'бляд', 'блят', 'выбляд',
  'мудак', 'мудач', 'мудил', 'мудозвон', 'говн', 'говён', 'дерьм', 'залуп', 'пидор', 'пидар', 'пидр', 'гандон', 'гондон',
  'шлюх', 'сран', 'засран', 'засра', 'обосра', 'обоср', 'насрат', 'насрал', 'просра', 'хренов', 'хреново', 'хренотен',
  'охрен', 'нахрен', 'похрен', 'захрен', 'херов', 'херн', 'охере', 'охер',
];
/** Whole words, each spelled out. */
const WORDS = new Set([
  'crap', 'crappy', 'crapper', 'crapload', 'bollocks', 'bollocking', 'wank', 'wanks', 'wanking', 'wanky', 'piss', 'pisses',
  'pissing', 'pisshead', 'pisstake', 'pissy', 'bugger', 'buggered', 'buggering', 'sodding', 'arse', 'arses', 'arsed', 'asshat',
  'asshats', 'asswipe', 'asswipes', 'assclown', 'assclowns', 'smartass', 'fatass', 'goddamn', 'goddamned', 'goddammit',
  'goddamnit', 'wtf', 'stfu', 'gtfo',
  'бля', 'сука', 'суки', 'суке', 'суку', 'сукой', 'сучка', 'сучара', 'сучары', 'сучий', 'срать', 'срал', 'срут', 'срёт',
  'херня', 'хер', 'хера', 'херу', 'нахер', 'похер', 'манда', 'манды',
]);
/** Spelled with a symbol only, never as plain words: "d*ck", "a**" are rude, "Dick Fosbury", "ass" the animal are not. */
const MASKED_ONLY = new Set(['dick', 'dicks', 'cock', 'ass', 'asses', 'prick', 'pricks']);
/** Common hyphenated stand-ins: "f-ing", "a-hole". */
const HYPHENATED = new Set(['f-ing', 'f-in', 'f-ed', 'f-off', 'f-king', 'a-hole', 'a-holes', 'mf-er', 'b-tch', 's-hole']);
/** Words that merely contain a root: the mushroom's misspelling, a mis-hit ball, an engine, a verb, a city's nickname, Ebola, horseradish. */
const NOT_RUDE = [/^shi+tak/, /^mishit/, /^wankel/, /^bastardi[sz]/, /^ебург/, /^ебол/, /^хреновк/, /^хреновник/];

// Russian mat is built from a few roots with prefixes ("заебал", "отъебись", "охуеть", "нихуя"); the same letters sit
// inside everyday words ("себе", "небо", "хлеб", "страхуй", "выхухоль", "Хуан"), so a root counts only after one of
// these prefixes and before the letters its forms continue with.
const FUCK_PREFIXES = new Set([
  '', 'за', 'вы', 'на', 'по', 'от', 'отъ', 'у', 'съ', 'разъ', 'до', 'объ', 'при', 'недо', 'пере', 'подъ', 'про', 'изъ', 'въ',
  'взъ', 'долбо', 'долба',
]);
const FUCK_CONTINUES = new Set(['а', 'у', 'ы', 'и', 'л', 'н', 'ё', 'е', 'о', 'ь', 'ш']);
const DICK_PREFIXES = new Set(['', 'на', 'по', 'о', 'ни', 'за', 'до', 'от', 'рас', 'раз', 'с', 'вы', 'у', 'при', 'пере', 'недо', 'под', 'об']);
const DICK_CONTINUES = new Set(['й', 'е', 'ё', 'я', 'и', 'ю']);
/** "хрен" alone is horseradish; after these, or before these, it is a swear ("какого хрена", "хрен вам"). */
const HORSERADISH_SWEAR_BEFORE = new Set(['какого', 'каким', 'на', 'ни', 'до']);
const HORSERADISH_SWEAR_AFTER = new Set(['вам', 'тебе', 'им', 'ему', 'знает']);
const HORSERADISH = new Set(['хрен', 'хрена', 'хрену', 'хреном']);

/** Symbols people type for any letter to slip a swear word past a filter ("f***", "sh!t", "a$$"). */
const MASKS = new Set(['*', '#', '%', '@', '$', '!']);
const ALIGNABLE = [...new Set([...ANYWHERE, ...WORD_START, ...WORDS, ...MASKED_ONLY, 'еб', 'ёб', 'ху'])].sort((a, b) => b.length - a.length);

const EMPHASIS_OPENS = /(?:^|[\s(])\*+\p{L}/u;
/** Every hit holds a root or a symbol or digit standing for a letter: the engine skips sentences with none. */
const KEYWORDS = [...new Set([...ANYWHERE, ...WORD_START, ...WORDS, ...HYPHENATED, 'еб', 'ёб', 'ху', 'хрен', ...MASKS, ...Object.keys(LEET)])];
const TOKEN = /[\p{L}\d*#%@$!'’-]+/gu;
// A symbol or digit inside or at the end of a word ("sh*t", "f***", "sh1t"); not "@handle", "great!" or "Q3".
const DISGUISE = /\p{L}[*#%@$]|\p{L}!+\p{L}|\p{L}[013457]+\p{L}/u;
/** Read on the lower-cased text, without the slower case-insensitive matching. */
const ROOTS = new RegExp([...ANYWHERE, ...WORD_START, ...WORDS, ...HYPHENATED, 'еб', 'ёб', 'ху', 'хрен'].map((root) => escapeRegExp(root)).join('|'), 'u');

/**
 * Swear words in English and Russian, in any inflection and when disguised with symbols or digits ("f***ing",
 * "a**holes", "sh1t", "бл*ть"); never a word that merely contains the letters (Scunthorpe, cocktail, себе, страхуй).
 */
export const profanity: Detector = {
  name: 'profanity',
  description: 'Swear words in English and Russian in any inflection ("bitchy", "заебали", "охуеть"), and disguised with symbols or digits ("f***ing", "a**holes", "sh1t", "бл*ть"); not words that merely contain the letters (Scunthorpe, cocktail, shiitake, себе, страхуй) nor horseradish ("хрен с горчицей").',
  scope: 'segment',
  keywords: KEYWORDS,
  find(text) {
    if (!DISGUISE.test(text) && !ROOTS.test(text.toLowerCase())) return [];
    // Asterisks that open a word somewhere ("**Note**", "*really*") make closing ones emphasis too ("slash**").
    const emphasis = EMPHASIS_OPENS.test(text);
    const tokens = [...text.matchAll(TOKEN)].map((m) => trimToken(m[0], m.index, emphasis)).filter((t) => t !== undefined);
    const matches: DetectorMatch[] = [];
    tokens.forEach((token, i) => {
      const word = token.text.toLowerCase().replace(/’/g, "'");
      const masked = [...word].some((c) => MASKS.has(c) || LEET[c] !== undefined);
      // Symbols in an address, a path, a link, a glob or a member name are syntax ("kashi@corp.example", "a**/b").
      if (masked && partOfAddress(text, token)) return;
      let label: string | undefined;
      if (HYPHENATED.has(word)) label = 'masked profanity';
      else if (!masked) label = isRude(word, token.text, tokens[i - 1]?.text.toLowerCase(), tokens[i + 1]?.text.toLowerCase(), i === 0) ? 'profanity' : undefined;
      else if (word.split('-').some(unmasksToRude)) label = 'masked profanity';
      if (label) matches.push({ start: token.start, end: token.start + token.text.length, label });
    });
    return matches;
  },
};

interface Token {
  text: string;
  start: number;
}

/** Drops what is not part of the word: a handle or hashtag, sentence punctuation, emphasis around it ("*really*"). */
function trimToken(raw: string, start: number, emphasis: boolean): Token | undefined {
  if (/^[@#$][\p{L}\d_]/u.test(raw)) return undefined;
  let from = 0;
  let to = raw.length;
  while (from < to && !/[\p{L}\d]/u.test(raw[from]!)) from++;
  const emphasised = from > 0;
  while (to > from && (/[!'’-]/.test(raw[to - 1]!) || (emphasised && MASKS.has(raw[to - 1]!)) || (emphasis && raw[to - 1] === '*'))) to--;
  if (from >= to || !/\p{L}/u.test(raw.slice(from, to))) return undefined;
  return { text: raw.slice(from, to), start: start + from };
}

function partOfAddress(text: string, token: Token): boolean {
  const end = token.start + token.text.length;
  return (
    /[/\\.]/.test(text[token.start - 1] ?? '') ||
    /[/\\]/.test(text[end] ?? '') ||
    (token.text.includes('@') && text[end] === '.') ||
    // A member or an anchor ("Array#includes", "core-js#iterable"); a "#" for a letter leaves little after it ("f@#k").
    /\p{L}#\p{L}{4}/u.test(token.text)
  );
}

/** Whether a plain (unmasked) lower-case word is a swear word; `typed` keeps its case, for names. */
function isRude(word: string, typed: string, before: string | undefined, after: string | undefined, first: boolean): boolean {
  if (NOT_RUDE.some((re) => re.test(word))) return false;
  if (WORDS.has(word)) return true;
  if (ANYWHERE.some((root) => word.includes(root))) return true;
  if (WORD_START.some((root) => word.startsWith(root))) return !(word.startsWith('хренов') && /^\p{Lu}/u.test(typed) && !first);
  if (HORSERADISH.has(word)) return HORSERADISH_SWEAR_BEFORE.has(before ?? '') || HORSERADISH_SWEAR_AFTER.has(after ?? '');
  return russianRoot(word, ['еб', 'ёб'], FUCK_PREFIXES, FUCK_CONTINUES) || russianRoot(word, ['ху'], DICK_PREFIXES, DICK_CONTINUES);
}

/** A Russian mat root after a prefix its words take, followed by a letter its forms continue with. */
function russianRoot(word: string, roots: readonly string[], prefixes: ReadonlySet<string>, continues: ReadonlySet<string>): boolean {
  for (const root of roots) {
    for (let at = word.indexOf(root); at >= 0; at = word.indexOf(root, at + 1)) {
      if (prefixes.has(word.slice(0, at)) && continues.has(word[at + root.length] ?? '')) return true;
    }
  }
  return false;
}

/**
 * Whether a word with symbols or digits in it is a swear word disguised: some root lines up with it, each symbol standing
 * for one letter, each digit for the letter it looks like, and the word with that root's letters filled in is rude.
 */
function unmasksToRude(word: string): boolean {
  const chars = [...word];
  if (!chars.some((c) => /\p{L}/u.test(c)) || chars.length < 3) return false;
  for (const root of ALIGNABLE) {
    const rootChars = [...root];
    for (let at = 0; at + rootChars.length <= chars.length; at++) {
      const disguise = linesUp(chars, at, rootChars);
      if (disguise === undefined) continue;
      const filled = [...chars.slice(0, at), ...rootChars, ...chars.slice(at + rootChars.length)].join('');
      if ((MASKED_ONLY.has(filled) && maskedOnlyDisguise(chars, disguise)) || isRude(filled, filled, undefined, undefined, true)) return true;
    }
  }
  return false;
}

/**
 * A word that is rude only when masked needs a symbol, not a digit ("A55" is a phone model), and two letters typed ("a**"
 * is a glob as often as a swear word).
 */
function maskedOnlyDisguise(chars: readonly string[], disguise: 'symbol' | 'digit'): boolean {
  return disguise === 'symbol' && chars.filter((c) => /\p{L}/u.test(c)).length >= 2;
}

/**
 * How root lines up with chars at `at`: 'symbol' when a symbol stands in for one of its letters, 'digit' when only digits
 * do; undefined when it does not line up or nothing stands in. Its first letter is typed as it is ("f***", "п***ц"), so a
 * run of symbols alone ("Usage***", "Array#@@iterator") stands for nothing.
 */
function linesUp(chars: readonly string[], at: number, root: readonly string[]): 'symbol' | 'digit' | undefined {
  if (chars[at] !== root[0]) return undefined;
  let disguise: 'symbol' | 'digit' | undefined;
  for (let j = 1; j < root.length; j++) {
    const c = chars[at + j]!;
    if (c === root[j]) continue;
    if (MASKS.has(c)) disguise = 'symbol';
    else if (LEET[c]?.includes(root[j]!)) disguise ??= 'digit';
    else return undefined;
  }
  return disguise;
}
