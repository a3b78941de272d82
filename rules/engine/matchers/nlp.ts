import nlp from 'compromise';
import { MatcherError } from '../errors.ts';
import type { Hit, SegmentNode, CompileEnv } from './types.ts';

export type NlpDoc = ReturnType<typeof nlp>;

export interface NlpSpec {
  type: 'nlp';
  match: string;
  keywords?: string[];
}

export function parseNlp(text: string): NlpDoc {
  return nlp(text);
}

/** compromise match syntax (English). Runs only on segments that contain a keyword, when keywords are given. */
export function compileNlp(spec: NlpSpec, env: CompileEnv): SegmentNode {
  assertValidMatchSyntax(spec.match);
  const keywords = spec.keywords && env.needles.gate(spec.keywords.map((k) => ({ text: k.toLowerCase() })));
  const pattern = nlp.parseMatch(spec.match);
  return {
    scope: 'segment',
    id: env.nextId(),
    run(segment) {
      if (keywords && !segment.passes(keywords)) return [];
      return segment
        .nlp()
        .match(pattern)
        .json({ offset: true, terms: { offset: true } })
        .flatMap(toHit);
    },
  };
}

interface MatchJson {
  terms?: { offset?: { start: number; length: number } }[];
}

/** The span from the first term's start to the last term's end (compromise's own span includes trailing punctuation). */
function toHit(match: MatchJson): Hit[] {
  const first = match.terms?.[0]?.offset;
  const last = match.terms?.[match.terms.length - 1]?.offset;
  if (!first || !last) return [];
  return [{ start: first.start, end: last.start + last.length }];
}

const world = nlp.world() as { model: { one: { tagSet: Record<string, unknown> } } };
const KNOWN_TAGS = new Set(Object.keys(world.model.one.tagSet).map((t) => t.toLowerCase()));

function assertValidMatchSyntax(match: string): void {
  const closers: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const open: string[] = [];
  for (const ch of match) {
    if (ch in closers) open.push(closers[ch]!);
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (open.pop() !== ch) throw new MatcherError(`invalid compromise syntax in "${match}": unbalanced "${ch}"`);
    }
  }
  if (open.length > 0) throw new MatcherError(`invalid compromise syntax in "${match}": missing "${open.pop()}"`);
  for (const [, tag] of match.matchAll(/#([A-Za-z]+)/g)) {
    if (!KNOWN_TAGS.has(tag!.toLowerCase())) {
      throw new MatcherError(`invalid compromise syntax in "${match}": unknown tag #${tag}`);
    }
  }
}
