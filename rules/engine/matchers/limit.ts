import twitterText from 'twitter-text';
import type { CheckContext } from '../types.ts';
import type { CompileEnv, Hit, PostNode } from './types.ts';

export interface LimitSpec {
  type: 'limit';
  measure: 'length' | 'hashtags' | 'mentions' | 'links';
  max: number | Record<string, number>;
}

/** Platform length and counts. X counts weighted length (twitter-text); elsewhere code points. */
export function compileLimit(spec: LimitSpec, env: CompileEnv): PostNode {
  return {
    scope: 'post',
    id: env.nextId(),
    run(post) {
      const max = limitFor(spec.max, post.context);
      if (max === undefined) return [];
      const hit = MEASURES[spec.measure](post.original, max, post.context);
      return hit ? [{ ...hit, vars: { ...hit.vars, max, platform: post.context.platform ?? '' } }] : [];
    },
  };
}

/** Most specific first: "linkedin.comment", then "linkedin", then "default". */
export function limitFor(max: LimitSpec['max'], context: CheckContext): number | undefined {
  if (typeof max === 'number') return max;
  const { platform, surface } = context;
  return (platform && surface ? max[`${platform}.${surface}`] : undefined) ?? (platform ? max[platform] : undefined) ?? max.default;
}

type Measure = (text: string, max: number, context: CheckContext) => Hit | undefined;

const MEASURES: Record<LimitSpec['measure'], Measure> = {
  length(text, max, context) {
    if (context.platform === 'x') {
      const parsed = twitterText.parseTweet(text);
      if (parsed.weightedLength <= max) return undefined;
      // parseTweet's valid range assumes X's own limit; recompute the cut for any other max.
      const cut = cutAtWeightedLength(text, max);
      return { start: cut, end: text.length, vars: { count: parsed.weightedLength, over: parsed.weightedLength - max } };
    }
    const codePoints = [...text];
    if (codePoints.length <= max) return undefined;
    const cut = codePoints.slice(0, max).join('').length;
    return { start: cut, end: text.length, vars: { count: codePoints.length, over: codePoints.length - max } };
  },
  hashtags: (text, max) => (countOf(text, /[#＃]/g) <= max ? undefined : beyond(twitterText.extractHashtagsWithIndices(text), max, text)),
  mentions: (text, max) => (countOf(text, /[@＠]/g) <= max ? undefined : beyond(twitterText.extractMentionsWithIndices(text), max, text)),
  links: (text, max) => beyond(twitterText.extractUrlsWithIndices(text), max, text),
};

/** A cheap upper bound on the number of entities: every hashtag has a "#", every mention an "@". */
function countOf(text: string, symbol: RegExp): number {
  return text.match(symbol)?.length ?? 0;
}

/** From the first entity over the limit to the last one. twitter-text indices count code points. */
function beyond(entities: { indices: [number, number] }[], max: number, text: string): Hit | undefined {
  if (entities.length <= max) return undefined;
  const toUnits = codePointToUnitIndex(text);
  return {
    start: toUnits(entities[max]!.indices[0]),
    end: toUnits(entities[entities.length - 1]!.indices[1]),
    vars: { count: entities.length, over: entities.length - max },
  };
}

function codePointToUnitIndex(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const units: number[] = [];
  let unit = 0;
  for (const ch of text) {
    units.push(unit);
    unit += ch.length;
  }
  units.push(unit);
  return (i) => units[Math.min(i, units.length - 1)]!;
}

function cutAtWeightedLength(text: string, max: number): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const safeMid = /[\uDC00-\uDFFF]/.test(text[mid] ?? '') ? mid - 1 : mid;
    if (safeMid <= low) break;
    if (twitterText.parseTweet(text.slice(0, safeMid)).weightedLength <= max) low = safeMid;
    else high = safeMid - 1;
  }
  return low;
}
