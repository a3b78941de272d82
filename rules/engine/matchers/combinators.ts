import { countWords } from '../boundaries.ts';
import type { Hit, MatcherNode, PostNode, SegmentNode, SegmentInput, PostInput, CompileEnv } from './types.ts';

/** Reported where `if` matches, provided `and` matches too and `unless` does not — in the same sentence or post. */
export function compileConditional(
  parts: { if: MatcherNode; and?: MatcherNode; unless?: MatcherNode; scope: 'post' | 'sentence' },
  env: CompileEnv,
): MatcherNode {
  const children = [parts.if, parts.and, parts.unless].filter((n): n is MatcherNode => n !== undefined);
  const id = env.nextId();
  if (parts.scope === 'sentence' && children.every(isSegmentNode)) {
    const [ifNode, andNode, unlessNode] = [parts.if, parts.and, parts.unless] as (SegmentNode | undefined)[];
    return {
      scope: 'segment',
      id,
      // `unless` only ever takes hits away, so it is looked at last, where the others found some.
      run(segment: SegmentInput) {
        if (andNode && segment.hitsOf(andNode).length === 0) return [];
        const hits = segment.hitsOf(ifNode!);
        if (hits.length === 0 || (unlessNode && segment.hitsOf(unlessNode).length > 0)) return [];
        return hits;
      },
    };
  }
  return {
    scope: 'post',
    id,
    run(post: PostInput) {
      const hits = post.hitsOf(parts.if);
      if (hits.length === 0) return [];
      if (parts.and && post.hitsOf(parts.and).length === 0) return [];
      if (parts.unless && post.hitsOf(parts.unless).length > 0) return [];
      return hits;
    },
  };
}

/** A within N words of B (either order, same sentence); the hit spans both. */
export function compileProximity(a: MatcherNode, b: MatcherNode, within: number, env: CompileEnv): MatcherNode {
  const id = env.nextId();
  const pair = (hitsA: Hit[], hitsB: Hit[], text: string): Hit[] => {
    const hits: Hit[] = [];
    for (const x of hitsA) {
      const near = hitsB.find((y) => {
        const [left, right] = x.start <= y.start ? [x, y] : [y, x];
        return right.start >= left.end ? countWords(text.slice(left.end, right.start)) <= within : true;
      });
      if (near) hits.push({ start: Math.min(x.start, near.start), end: Math.max(x.end, near.end), vars: { ...near.vars, ...x.vars } });
    }
    return hits;
  };
  // B is looked for only where A is found: most sentences have neither, and A is usually the rarer.
  if (isSegmentNode(a) && isSegmentNode(b)) {
    return {
      scope: 'segment',
      id,
      run(segment) {
        const hitsA = segment.hitsOf(a);
        return hitsA.length === 0 ? hitsA : pair(hitsA, segment.hitsOf(b), segment.text);
      },
    };
  }
  const node: PostNode = {
    scope: 'post',
    id,
    run(post) {
      const hitsA = post.hitsOf(a);
      return hitsA.length === 0 ? hitsA : pair(hitsA, post.hitsOf(b), post.original);
    },
  };
  return node;
}

/** Wherever any child matches, each hit the child's own; sentence-level when every child is. */
export function compileAny(children: readonly MatcherNode[], env: CompileEnv): MatcherNode {
  const id = env.nextId();
  if (children.every(isSegmentNode)) {
    return { scope: 'segment', id, run: (segment) => gathered(children, (child) => segment.hitsOf(child)) };
  }
  return { scope: 'post', id, run: (post) => gathered(children, (child) => post.hitsOf(child)) };
}

/** Every child's hits, children in order, sorted by position; nothing is allocated when none has any (most sentences). */
function gathered<N>(children: readonly N[], hitsOf: (child: N) => Hit[]): Hit[] {
  let hits: Hit[] | undefined;
  for (const child of children) {
    const found = hitsOf(child);
    if (found.length > 0) (hits ??= []).push(...found);
  }
  return hits ? hits.sort((a, b) => a.start - b.start || b.end - a.end) : [];
}

function isSegmentNode(node: MatcherNode): node is SegmentNode {
  return node.scope === 'segment';
}
