import type { OrgProfile } from '../schema.ts';
import { stem } from './stem.ts';

/**
 * The profile's names become placeholders before anything is learned from or scored on a text: the
 * core pack serves every organisation, so the model learns "⟨product⟩ saved my weekend", never
 * "Northwind Vault saved my weekend".
 */
const PLACEHOLDER_OF: readonly [keyof OrgProfile, string][] = [
  ['products', '⟨product⟩'],
  ['codenames', '⟨codename⟩'],
  ['competitors', '⟨competitor⟩'],
  ['name', '⟨org⟩'],
  ['aliases', '⟨org⟩'],
  ['handles', '⟨handle⟩'],
  ['ticker', '⟨ticker⟩'],
  ['internalDomains', '⟨domain⟩'],
  ['disclosureTags', '⟨disclosure⟩'],
  ['officialHashtags', '⟨hashtag⟩'],
];

/** Words that introduce a codename or product rather than name it: "Project Heron" is also called "Heron". */
const NAME_PREFIXES = new Set(['project', 'operation', 'program', 'codename']);

/** Digits and symbols people put for letters to disguise a name ("C0ntoso"). */
const LOOK_ALIKES: Record<string, string> = { o: '[o0]', i: '[i1!]', l: '[l1]', e: '[e3]', a: '[a4@]', s: '[s5$]', t: '[t7]' };

interface NameMask {
  /** Every listed name, case-insensitive, also disguised or written without spaces ("#NorthwindVault"). */
  names: RegExp | undefined;
  /** The capitalised short form of a multi-word product or codename ("Vault", "Heron"), case-sensitive. */
  shortForms: RegExp | undefined;
  /** Each name as a whole-string pattern with its placeholder, longest first: which name a match was. */
  entries: { whole: RegExp; placeholder: string }[];
}

const masks = new WeakMap<OrgProfile, NameMask>();

function nameMask(org: OrgProfile): NameMask {
  let mask = masks.get(org);
  if (mask) return mask;
  const sourceOf = new Map<string, string>();
  const shortForms = new Map<string, string>();
  const orgWords = new Set([org.name ?? '', ...(org.aliases ?? [])].flatMap((n) => n.toLowerCase().split(/\s+/)));
  for (const [key, placeholder] of PLACEHOLDER_OF) {
    const value = org[key];
    const values = typeof value === 'string' ? (key === 'ticker' ? [`$${value}`, value] : [value]) : value ?? [];
    for (const name of values) {
      const source = disguisable(name.trim());
      // A name listed under two keys keeps the first, more specific, placeholder (products before the org name).
      if (source !== '' && !sourceOf.has(source)) sourceOf.set(source, placeholder);
      if (key !== 'products' && key !== 'codenames') continue;
      const distinctive = name.split(/\s+/).filter((w) => !orgWords.has(w.toLowerCase()) && !NAME_PREFIXES.has(w.toLowerCase()));
      if (distinctive.length === 1 && distinctive[0] !== name.trim()) shortForms.set(escape(distinctive[0]!), placeholder);
    }
  }
  const bySize = (map: Map<string, string>) => [...map].sort((a, b) => b[0].length - a[0].length);
  const alternation = (map: Map<string, string>, flags: string) =>
    map.size === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}_])(?:${bySize(map).map(([source]) => source).join('|')})(?:['’]s)?(?![\\p{L}\\p{N}_])`, flags);
  mask = {
    names: alternation(sourceOf, 'giu'),
    shortForms: alternation(shortForms, 'gu'),
    entries: [
      ...bySize(sourceOf).map(([source, placeholder]) => ({ whole: new RegExp(`^(?:${source})$`, 'iu'), placeholder })),
      ...bySize(shortForms).map(([source, placeholder]) => ({ whole: new RegExp(`^(?:${source})$`, 'u'), placeholder })),
    ],
  };
  masks.set(org, mask);
  return mask;
}

/** A regex source for a name in any case, its letters also as look-alike digits, its words also run together. */
function disguisable(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => [...word].map((c, i) => (i > 0 ? LOOK_ALIKES[c.toLowerCase()] : undefined) ?? escape(c)).join(''))
    .join('[\\s_-]*');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const URL = /\bhttps?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|app|ai|co|example)\b(?:\/\S*)?/giu;

/** The text with links and every name of the profile replaced by placeholders ("Northwind Vault" → "⟨product⟩"). */
export function maskOrgNames(text: string, org: OrgProfile): string {
  const { names, shortForms, entries } = nameMask(org);
  const placeholder = (match: string) => {
    const name = match.replace(/['’]s$/, '');
    return ` ${entries.find((entry) => entry.whole.test(name))?.placeholder ?? '⟨org⟩'} `;
  };
  let masked = text.replace(URL, ' ⟨url⟩ ');
  if (names) masked = masked.replace(names, placeholder);
  if (shortForms) masked = masked.replace(shortForms, placeholder);
  return masked;
}

const TOKEN = /⟨[a-z]+⟩|\$(?=\d)|%|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const NUMBER = /^\p{N}+$/u;

/** Stems of the words seen lately: drafts repeat their words from keystroke to keystroke. */
const stems = new Map<string, string>();
const STEM_CACHE_SIZE = 10_000;

function wordFeature(word: string): string {
  let feature = stems.get(word);
  if (feature === undefined) {
    if (word.startsWith('⟨')) feature = word;
    else if (word === '$') feature = '⟨money⟩';
    else if (word === '%') feature = '⟨pct⟩';
    else if (NUMBER.test(word)) feature = '⟨num⟩';
    else feature = stem(word.replace(/['’]s$/, '').replace(/['’]/g, ''));
    if (stems.size >= STEM_CACHE_SIZE) stems.clear();
    stems.set(word, feature);
  }
  return feature;
}

/** Lower-cased, stemmed word tokens; numbers, "$" before a number and "%" become ⟨num⟩, ⟨money⟩, ⟨pct⟩. */
export function tokens(maskedText: string): string[] {
  const out: string[] = [];
  for (const [raw] of maskedText.toLowerCase().matchAll(TOKEN)) out.push(wordFeature(raw));
  return out;
}

/** The model is English-only: a text with more Cyrillic than Latin letters is not scored. */
export function isMostlyCyrillic(text: string): boolean {
  return (text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) > (text.match(/[a-z]/giu)?.length ?? 0);
}

/** The distinct unigrams and bigrams of a text, after the profile's names are masked. */
export function features(text: string, org: OrgProfile): string[] {
  const words = tokens(maskOrgNames(text, org));
  const seen = new Set(words);
  for (let i = 1; i < words.length; i++) seen.add(`${words[i - 1]} ${words[i]}`);
  return [...seen];
}
