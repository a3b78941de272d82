import { isWordChar } from '../boundaries.ts';
import type { OrgProfile } from '../schema.ts';
import type { CompileEnv, Hit, SegmentInput, SegmentNode } from './types.ts';
import { compileExceptions, exceptionTest } from './exceptions.ts';
import { misspellingFinder } from './misspelled.ts';
import { escapeRegExp } from '../regex-literal.ts';
import { expandTerm } from './term-placeholders.ts';
import { foldLeet, leetLiteral } from './leet.ts';
import { MatcherError } from '../errors.ts';
import { once } from '../once.ts';
import { caselessKey, caselessPieceChar, type Needle } from './needles.ts';

export interface TermsSpec {
  type: 'terms';
  terms?: string[] | Record<string, string>;
  from?: `org.${string}`[];
  caseSensitive?: boolean;
  inflect?: boolean;
  spaced?: boolean;
  except?: string[];
  misspelled?: boolean;
  leet?: boolean | 'only';
}

export function compileTerms(spec: TermsSpec, env: CompileEnv): SegmentNode {
  const id = env.nextId();
  if (spec.misspelled && spec.leet !== undefined) throw new MatcherError('"leet" and "misspelled" cannot be combined');
  const terms = collectTerms(spec, env.org);
  if (terms.length === 0) return { scope: 'segment', id, run: () => [] };
  if (spec.misspelled) {
    const findMisspellings = misspellingFinder(terms.map((t) => t.text));
    return { scope: 'segment', id, run: (segment) => findMisspellings(segment.text) };
  }
  // Every term is looked for in the typed text; terms that may be disguised also in the folded copy,
  // where only hits on folded words are new. So folding only adds hits ("sales@contoso" folds into one
  // word), never loses one, and a draft without disguised words is scanned once.
  const typed = spec.leet === 'only' ? undefined : compileScanner(terms, spec, false);
  const typedNeedles = typed && !spec.spaced ? termNeedles(terms, spec) : undefined;
  // Where every needle is where its term begins, the gate also tells where the regex needs to be tried.
  const positional = typedNeedles?.every((n) => n.atTermStart) === true;
  const typedGate = typedNeedles && env.needles.gate(typedNeedles, { positional });
  // Offsets in the lower case are offsets in the text only when lower-casing kept the length (no "İ").
  const startsOf = (segment: SegmentInput) =>
    positional && typedGate && segment.lower.length === segment.text.length ? segment.startsOf(typedGate) : undefined;
  const disguised = compileScanner(terms.filter((t) => t.leet), spec, true);
  const exceptions = compileExceptions(spec.except);

  return {
    scope: 'segment',
    id,
    run(segment) {
      let hits = typed && (!typedGate || segment.passes(typedGate)) ? typed.scan(segment, startsOf(segment)) : [];
      if (disguised) {
        const folded = segment.folded();
        if (folded.text !== segment.text && disguised.passes(folded)) {
          hits = [...hits, ...disguised.scan(folded).filter((hit) => changedBetween(segment.text, folded.text, hit))];
        }
      }
      if (hits.length === 0) return hits;
      const excepted = exceptionTest(segment.text, exceptions);
      return hits.filter((hit) => !excepted(hit));
    },
  };
}

function changedBetween(typed: string, folded: string, hit: Hit): boolean {
  return typed.slice(hit.start, hit.end) !== folded.slice(hit.start, hit.end);
}

interface Term {
  text: string;
  replacement?: string;
  /** Also matched where digits stand for its letters ("C0ntoso"). */
  leet: boolean;
}

interface Scanner {
  /** False when a cheap look at the view rules every term out (see literalPieces). */
  passes(view: { lower: string }): boolean;
  /** Hits in the view; only matches beginning at `starts` (ascending) when given, which must include every place a hit can begin. */
  scan(view: { text: string; lower: string }, starts?: readonly number[]): Hit[];
}

function compileScanner(terms: Term[], spec: TermsSpec, leet: boolean): Scanner | undefined {
  if (terms.length === 0) return undefined;
  const compiled = terms.map((term) => {
    const body = termBody(leet ? foldLeet(term.text) : term.text, spec, leet);
    // Most terms never match, and building hundreds of these up front is most of a pack's compile time.
    const whole = once(() => new RegExp(`^(?:${body})$`, flags(spec, '')));
    return {
      term,
      body,
      matchesWhole: (matched: string) => whole().test(matched),
      boundaryBefore: isWordChar(term.text[0]),
      boundaryAfter: term.text.endsWith('*') || isWordChar(term.text[term.text.length - 1]),
    };
  });
  // Longest first, so "you guys" wins over "guys". Boundaries are checked in code rather than in the
  // regex: a lookbehind would stop V8 from scanning quickly for the first letters of the terms, and a
  // Unicode lookahead after each of hundreds of terms doubles what V8 spends compiling the lists.
  const longestFirst = [...compiled].sort((a, b) => b.body.length - a.body.length);
  const alternation = (list: readonly (typeof compiled)[number][]) => list.map((c) => c.body).join('|');
  const any = new RegExp(alternation(longestFirst), flags(spec, 'g'));
  // Lower-case pieces one of which must occur for any term to match (the cheap gitleaks-style prefilter);
  // the typed text is gated by the needle index instead (termNeedles), for every segment in one pass.
  const prefilter =
    !leet || spec.spaced || spec.caseSensitive || terms.length > PREFILTER_MAX_TERMS ? undefined : literalPieces(terms, spec, leet);
  // The same alternation tried at one position, where it finds what the scan would find from any earlier
  // position; only the terms beginning with the letter there (the needle index found one of them there).
  const termsAt = new Map<string, RegExp>();
  const anyAt = (text: string, start: number): RegExp => {
    const first = caselessKey(String.fromCodePoint(text.codePointAt(start)!).toLowerCase());
    let sticky = termsAt.get(first);
    if (!sticky) {
      const starting = longestFirst.filter((c) => firstLetterOf(c.term) === first);
      sticky = new RegExp(starting.length > 0 ? alternation(starting) : '(?!)', flags(spec, 'y'));
      termsAt.set(first, sticky);
    }
    return sticky;
  };
  /** The hit for a match at `start`, unless the term it is fails a word boundary. */
  const accepted = (matched: string, start: number, text: string): Hit | undefined => {
    const end = start + matched.length;
    const found = compiled.find((c) => c.matchesWhole(matched));
    const bounded =
      found !== undefined && !(found.boundaryBefore && isWordChar(text[start - 1])) && !(found.boundaryAfter && isWordChar(text[end]));
    return bounded ? { start, end, replacement: found.term.replacement, vars: { term: found.term.text } } : undefined;
  };
  /**
   * The hit for the match `m` at `start`; where `m` ends inside a word, a shorter term that ends with
   * a word inside it ("raising its" holds "raising" when "raising it" is a term too).
   */
  const hitAt = (m: RegExpExecArray, start: number, text: string): Hit | undefined => {
    const hit = accepted(m[0], start, text);
    if (hit || !isWordChar(text[start + m[0].length])) return hit;
    for (let end = start + m[0].length - 1; end > start; end--) {
      if (isWordChar(text[end]) || !isWordChar(text[end - 1])) continue;
      const shorter = accepted(text.slice(start, end), start, text);
      if (shorter) return shorter;
    }
    return undefined;
  };
  return {
    passes: ({ lower }) => !prefilter || prefilter.some((p) => lower.includes(p)),
    scan({ text }, starts) {
      const hits: Hit[] = [];
      if (starts) {
        let from = 0;
        for (const start of starts) {
          if (start < from) continue;
          const sticky = anyAt(text, start);
          sticky.lastIndex = start;
          const m = sticky.exec(text);
          const hit = m && hitAt(m, start, text);
          if (hit) {
            hits.push(hit);
            from = hit.end;
          }
        }
        return hits;
      }
      any.lastIndex = 0;
      for (let m = any.exec(text); m !== null; m = any.exec(text)) {
        const hit = hitAt(m, m.index, text);
        if (hit) {
          hits.push(hit);
          // The hit may be a shorter term than the match: go on from where it ends.
          any.lastIndex = hit.end;
        }
        // A match that fails its boundary may hide another one that passes: try again one character on.
        else any.lastIndex = m.index + 1;
      }
      return hits;
    },
  };
}

/** The lower-case first letter (code point) of a term, where its matches begin in a positional scan (see termNeedles). */
function firstLetterOf(term: Term): string {
  return String.fromCodePoint(term.text.trim().toLowerCase().codePointAt(0)!);
}

interface TermNeedle extends Needle {
  /** The needle is where the term's matches begin (not a piece from inside its first word). */
  atTermStart: boolean;
}

/**
 * For the needle index: the first word of each term (without the last letter, which an inflection
 * may change), lower-cased, where any match of the term begins — at a word start when the term
 * begins with a word character, as the scan demands. Cut to its longest run of characters that
 * caselessPieceChar allows (then no longer at the start); undefined when some term has none.
 */
function termNeedles(terms: readonly Term[], spec: Pick<TermsSpec, 'inflect'>): TermNeedle[] | undefined {
  const needles: TermNeedle[] = [];
  for (const term of terms) {
    const stem = term.text.endsWith('*');
    const words = (stem ? term.text.slice(0, -1) : term.text).trim().split(/\s+/);
    const first = (words.length === 1 && spec.inflect && !stem ? words[0]!.slice(0, -1) : words[0]!).toLowerCase();
    const run = longestRun(first, caselessPieceChar);
    if (run.length === 0) return undefined;
    needles.push({ text: run, caseless: true, wordStart: run === first && isWordChar(term.text[0]), atTermStart: run === first });
  }
  return needles;
}

/** The longest run of characters (code points) that `allowed` accepts (the first of equal length); "" when none. */
function longestRun(text: string, allowed: (ch: string) => boolean): string {
  let best = '';
  let run = '';
  for (const ch of text) {
    run = allowed(ch) ? run + ch : '';
    if (run.length > best.length) best = run;
  }
  return best;
}

/** Past this many terms, one regex scan is cheaper than looking for each term's first letters. */
const PREFILTER_MAX_TERMS = 12;

/** Profile lists of names, which people disguise ("C0ntoso"); handles, domains, tags and tickers spelled otherwise are other things. */
const NAME_FIELDS = new Set(['org.name', 'org.aliases', 'org.products', 'org.codenames', 'org.competitors']);

function collectTerms(spec: TermsSpec, org: OrgProfile): Term[] {
  const leetListed = spec.leet === true || spec.leet === 'only';
  const leetFromOrg = (ref: string) => leetListed || (spec.leet === undefined && !spec.caseSensitive && NAME_FIELDS.has(ref));
  const written = Array.isArray(spec.terms)
    ? spec.terms.map((text) => ({ text }))
    : Object.entries(spec.terms ?? {}).map(([text, replacement]) => ({ text, replacement }));
  const listed = written.flatMap((term) => expandTerm(term, org)).map((term) => ({ ...term, leet: leetListed }));
  const fromOrg = (spec.from ?? []).flatMap((ref) => {
    const value = org[ref.slice(4) as keyof OrgProfile];
    return (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((text) => ({ text, leet: leetFromOrg(ref) }));
  });
  return [...listed, ...fromOrg].filter((t) => t.text.trim().length > 0);
}

function flags(spec: Pick<TermsSpec, 'caseSensitive'>, extra: string): string {
  return (spec.caseSensitive ? 'u' : 'iu') + extra;
}

/**
 * A piece of each term that any match contains: up to four letters of its first word, before an
 * inflected ending ("city" → "cities") and, in folded text, without "l" or "i" (a "1" there).
 * Undefined when some term has no such piece.
 */
function literalPieces(terms: readonly Term[], spec: Pick<TermsSpec, 'inflect'>, leet: boolean): string[] | undefined {
  const pieces = terms.map((t) => {
    const text = (leet ? foldLeet(t.text) : t.text).toLowerCase();
    const stem = text.endsWith('*');
    const words = (stem ? text.slice(0, -1) : text).trim().split(/\s+/);
    const first = words.length === 1 && spec.inflect && !stem ? words[0]!.slice(0, -1) : words[0]!;
    const runs = leet ? first.split(/[li\u0001]/) : [first];
    return runs.reduce((a, b) => (b.length > a.length ? b : a), '').slice(0, 4);
  });
  return pieces.every((p) => p.length > 0) ? pieces : undefined;
}

const SEPARATOR_IN_SPACED = '[\\s.\\-_*·•]?';

/** The regex source of one term: stems ("word*"), flexible spaces, inflections, spaced-out letters, folded digits. */
function termBody(term: string, spec: Pick<TermsSpec, 'inflect' | 'spaced'>, leet: boolean): string {
  const stem = term.endsWith('*');
  const words = (stem ? term.slice(0, -1) : term).trim().split(/\s+/);
  const literal = (word: string) => [...word].map(leet ? leetLiteral : escapeRegExp);
  let body = spec.spaced ? literal(words.join('')).join(SEPARATOR_IN_SPACED) : words.map((w) => literal(w).join('')).join('[\\s\\u00A0-]+');
  if (stem) body += '[\\p{L}\\p{N}\\p{M}]*';
  else if (spec.inflect) body = inflected(body);
  return body;
}

/**
 * English plural, possessive and verb endings on the last word. Each alternation lists its longest ending
 * first: a match is bounded in code, not by the regex, so a shorter ending tried first ("sue" + "e" in
 * "sued") would be found, fail the boundary and never be retried with the longer one.
 */
function inflected(body: string): string {
  if (/[^aeiou]y$/i.test(body)) return `${body.slice(0, -1)}(?:ying|ies|ied|y's|y’s|y)`;
  if (/e$/i.test(body)) return `${body.slice(0, -1)}(?:e's|e’s|es|ed|ing|e)`;
  if (/(?:s|x|z|ch|sh)$/i.test(body)) return `${body}(?:ing|es|ed|'s|’s)?`;
  // A short verb ending consonant-vowel-consonant doubles it: ban → banned, stop → stopping.
  const doubled = /(?:^|[^aeiou])[aeiou]([bdgmnpt])$/i.exec(body);
  const doubledEndings = doubled ? `${doubled[1]}ing|${doubled[1]}ed|` : '';
  return `${body}(?:${doubledEndings}ing|s'|s’|'s|’s|es|ed|s)?`;
}
