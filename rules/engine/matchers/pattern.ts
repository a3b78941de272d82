import { unicodeWordBoundaries } from '../boundaries.ts';
import { MatcherError } from '../errors.ts';
import type { Hit, SegmentNode, CompileEnv } from './types.ts';
import { compileExceptions, exceptionTest } from './exceptions.ts';

export interface PatternSpec {
  type: 'pattern';
  pattern: string;
  caseSensitive?: boolean;
  keywords?: string[];
  except?: string[];
}

export function compilePattern(spec: PatternSpec, env: CompileEnv): SegmentNode {
  const regex = compileRegex(spec.pattern, spec.caseSensitive ? 'gu' : 'giu');
  const keywords = spec.keywords?.map((k) => k.toLowerCase());
  const exceptions = compileExceptions(spec.except);
  return {
    scope: 'segment',
    id: env.nextId(),
    run(segment) {
      if (keywords && !keywords.some((k) => segment.lower.includes(k))) return [];
      const hits: Hit[] = [];
      const excepted = exceptionTest(segment.text, exceptions);
      for (const m of segment.text.matchAll(regex)) {
        if (m[0].length === 0) continue;
        const hit = { start: m.index, end: m.index + m[0].length, vars: { ...m.groups } };
        if (!excepted(hit)) hits.push(hit);
      }
      return hits;
    },
  };
}

export function compileRegex(source: string, flags: string): RegExp {
  try {
    return new RegExp(unicodeWordBoundaries(source), flags);
  } catch (error) {
    throw new MatcherError(`invalid regular expression /${source}/: ${(error as Error).message}`);
  }
}
