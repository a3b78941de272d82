import { unicodeWordBoundaries } from '../boundaries.ts';
import { MatcherError } from '../errors.ts';
import type { Hit, SegmentNode, CompileEnv } from './types.ts';
import { compileExceptions, exceptionTest } from './exceptions.ts';
import { requiredLiterals } from './required-literals.ts';

export interface PatternSpec {
  type: 'pattern';
  pattern: string;
  caseSensitive?: boolean;
  keywords?: string[];
  except?: string[];
}

export function compilePattern(spec: PatternSpec, env: CompileEnv): SegmentNode {
  const regex = compileRegex(spec.pattern, spec.caseSensitive ? 'gu' : 'giu');
  const keywords = spec.keywords && env.needles.gate(spec.keywords.map((k) => ({ text: k.toLowerCase() })));
  // What the regex itself demands, so that a pattern without keywords (or with broad ones) is skipped too.
  const literals = requiredLiterals(spec.pattern);
  const implied = literals && env.needles.gate(literals.map((text) => ({ text, caseless: true })));
  const exceptions = compileExceptions(spec.except);
  return {
    scope: 'segment',
    id: env.nextId(),
    run(segment) {
      if ((keywords && !segment.passes(keywords)) || (implied && !segment.passes(implied))) return [];
      return matchesOf(regex, segment.text, exceptions);
    },
  };
}

/** Every non-empty match not excused by an exception, as String.prototype.matchAll walks them (without its copy of the regex). */
function matchesOf(regex: RegExp, text: string, exceptions: ReturnType<typeof compileExceptions>): Hit[] {
  const hits: Hit[] = [];
  let excepted: ((hit: Hit) => boolean) | undefined;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex = nextCodePoint(text, regex.lastIndex);
      continue;
    }
    const hit = { start: m.index, end: m.index + m[0].length, vars: { ...m.groups } };
    excepted ??= exceptionTest(text, exceptions);
    if (!excepted(hit)) hits.push(hit);
  }
  return hits;
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
