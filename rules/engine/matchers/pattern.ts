import { unicodeWordBoundaries } from '../boundaries.ts';
import { MatcherError } from '../errors.ts';
import type { Hit, SegmentNode, CompileEnv } from './types.ts';
import { compileExceptions, exceptionTest, type Exceptions } from './exceptions.ts';
import { leadingLiterals, requiredLiterals } from './required-literals.ts';
import { once } from '../once.ts';

export interface PatternSpec {
  type: 'pattern';
  pattern: string;
  caseSensitive?: boolean;
  keywords?: string[];
  except?: string[];
}

export function compilePattern(spec: PatternSpec, env: CompileEnv): SegmentNode {
  const flags = spec.caseSensitive ? 'u' : 'iu';
  const regex = compileRegex(spec.pattern, `g${flags}`);
  const keywords = spec.keywords && env.needles.gate(spec.keywords.map((k) => ({ text: k.toLowerCase() })));
  // What the regex itself demands, so that a pattern without keywords (or with broad ones) is skipped too.
  const literals = requiredLiterals(spec.pattern);
  const implied = literals && env.needles.gate(literals.map((text) => ({ text, caseless: true })));
  // Where every match begins with one of a few pieces, the regex is tried only where one starts: a long
  // alternation behind a lookbehind is otherwise tried at every position of the sentence.
  const leading = leadingLiterals(spec.pattern);
  const starts = leading && env.needles.gate(leading.map((text) => ({ text, caseless: true })), { positional: true });
  const stickyRegex = once(() => compileRegex(spec.pattern, `y${flags}`));
  const exceptions = compileExceptions(spec.except);
  return {
    scope: 'segment',
    id: env.nextId(),
    run(segment) {
      if ((keywords && !segment.passes(keywords)) || (implied && !segment.passes(implied))) return [];
      if (!starts) return matchesOf(regex, segment.text, exceptions);
      if (!segment.passes(starts)) return [];
      // Offsets in the lower case are offsets in the text only when lower-casing kept the length (no "İ").
      if (segment.lower.length !== segment.text.length) return matchesOf(regex, segment.text, exceptions);
      return matchesAt(stickyRegex(), segment.startsOf(starts), segment.text, exceptions);
    },
  };
}

/** Every non-empty match not excused by an exception, as String.prototype.matchAll walks them (without its copy of the regex). */
function matchesOf(regex: RegExp, text: string, exceptions: Exceptions): Hit[] {
  const hits: Hit[] = [];
  const accept = acceptor(text, exceptions, hits);
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex = nextCodePoint(text, regex.lastIndex);
      continue;
    }
    accept(m);
  }
  return hits;
}

/**
 * The same matches as matchesOf, trying the sticky regex only at `starts` (ascending), which must
 * include every place a match can begin: the leftmost match after the last one begins at one of them.
 */
function matchesAt(sticky: RegExp, starts: readonly number[], text: string, exceptions: Exceptions): Hit[] {
  const hits: Hit[] = [];
  const accept = acceptor(text, exceptions, hits);
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) continue;
    accept(m);
    from = start + m[0].length;
  }
  return hits;
}

/** Adds a match to `hits` unless an exception excuses it (the exceptions are looked at only once a match asks). */
function acceptor(text: string, exceptions: Exceptions, hits: Hit[]): (m: RegExpExecArray) => void {
  let excepted: ((hit: Hit) => boolean) | undefined;
  return (m) => {
    const hit = { start: m.index, end: m.index + m[0].length, vars: { ...m.groups } };
    excepted ??= exceptionTest(text, exceptions);
    if (!excepted(hit)) hits.push(hit);
  };
}

/** The index after the code point at `index` (every pattern has the `u` flag). */
function nextCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
  return index + (pair ? 2 : 1);
}

export function compileRegex(source: string, flags: string): RegExp {
  try {
    return new RegExp(unicodeWordBoundaries(source), flags);
  } catch (error) {
    throw new MatcherError(`invalid regular expression /${source}/: ${(error as Error).message}`);
  }
}
