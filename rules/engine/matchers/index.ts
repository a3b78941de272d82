import type { Matcher, OrgProfile } from '../schema.ts';
import { compileAny, compileConditional, compileProximity } from './combinators.ts';
import { compileDetector } from './detector.ts';
import { compileLimit } from './limit.ts';
import { NeedleIndex } from './needles.ts';
import { compileNlp } from './nlp.ts';
import { compilePattern } from './pattern.ts';
import { compileTerms } from './terms.ts';
import type { CompileEnv, MatcherNode } from './types.ts';
import { drain, type Steps } from '../steps.ts';

export type { Hit, MatcherNode, SegmentNode, PostNode, SegmentInput, PostInput, CompileEnv } from './types.ts';

/** A fresh compilation: node ids from 0, no shared nodes yet, an empty prefilter index. */
export function newCompileEnv(org: OrgProfile): CompileEnv {
  let nextId = 0;
  return { org, nextId: () => nextId++, compiled: new Map(), needles: new NeedleIndex() };
}

/** Turns a matcher of a pack into an executable node; throws MatcherError with the reason. */
export function compileMatcher(matcher: Matcher, env: CompileEnv): MatcherNode {
  return drain(compileMatcherInSteps(matcher, env));
}

/** compileMatcher, yielding after each leaf it compiles (a term list, a pattern, a detector…): the unit of slicing. */
export function* compileMatcherInSteps(matcher: Matcher, env: CompileEnv): Steps<MatcherNode> {
  const key = JSON.stringify(matcher);
  let node = env.compiled.get(key);
  if (!node) {
    node = yield* compileNode(matcher, env);
    env.compiled.set(key, node);
  }
  return node;
}

function* compileNode(matcher: Matcher, env: CompileEnv): Steps<MatcherNode> {
  switch (matcher.type) {
    case 'conditional': {
      const condition = yield* compileMatcherInSteps(matcher.if, env);
      const and = matcher.and && (yield* compileMatcherInSteps(matcher.and, env));
      const unless = matcher.unless && (yield* compileMatcherInSteps(matcher.unless, env));
      return compileConditional({ if: condition, and, unless, scope: matcher.scope ?? 'post' }, env);
    }
    case 'proximity': {
      const a = yield* compileMatcherInSteps(matcher.a, env);
      const b = yield* compileMatcherInSteps(matcher.b, env);
      return compileProximity(a, b, matcher.within, env);
    }
    case 'any': {
      const children: MatcherNode[] = [];
      for (const child of matcher.of) children.push(yield* compileMatcherInSteps(child, env));
      return compileAny(children, env);
    }
    default: {
      const leaf = compileLeaf(matcher, env);
      yield;
      return leaf;
    }
  }
}

function compileLeaf(matcher: Exclude<Matcher, { type: 'conditional' | 'proximity' | 'any' }>, env: CompileEnv): MatcherNode {
  switch (matcher.type) {
    case 'terms':
      return compileTerms(matcher, env);
    case 'pattern':
      return compilePattern(matcher, env);
    case 'nlp':
      return compileNlp(matcher, env);
    case 'detector':
      return compileDetector(matcher, env);
    case 'limit':
      return compileLimit(matcher, env);
  }
}

/** Every regular expression a matcher carries, for the ReDoS check of `pack lint`. */
export function regexSources(matcher: Matcher): { source: string; flags: string }[] {
  switch (matcher.type) {
    case 'pattern':
      return [{ source: matcher.pattern, flags: matcher.caseSensitive ? 'u' : 'iu' }];
    case 'conditional':
      return [matcher.if, matcher.and, matcher.unless].flatMap((m) => (m ? regexSources(m) : []));
    case 'proximity':
      return [...regexSources(matcher.a), ...regexSources(matcher.b)];
    case 'any':
      return matcher.of.flatMap(regexSources);
    default:
      return [];
  }
}
