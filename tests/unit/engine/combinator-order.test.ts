import { describe, expect, it } from 'vitest';
import { compileConditional, compileProximity } from '../../../rules/engine/matchers/combinators.ts';
import { newCompileEnv } from '../../../rules/engine/matchers/index.ts';
import type { Hit, SegmentInput, SegmentNode } from '../../../rules/engine/matchers/types.ts';

/** A leaf that finds `word` wherever it occurs and counts how often it is run. */
function countingLeaf(env: ReturnType<typeof newCompileEnv>, word: string) {
  const leaf = {
    runs: 0,
    node: {
      scope: 'segment',
      id: env.nextId(),
      run(segment: SegmentInput): Hit[] {
        leaf.runs++;
        const at = segment.text.indexOf(word);
        return at < 0 ? [] : [{ start: at, end: at + word.length }];
      },
    } satisfies SegmentNode,
  };
  return leaf;
}

/** Just enough of a segment for the combinators: memoised hits of other nodes. */
function segmentOf(text: string): SegmentInput {
  const hits = new Map<number, Hit[]>();
  return {
    text,
    lower: text.toLowerCase(),
    hitsOf(node) {
      if (!hits.has(node.id)) hits.set(node.id, node.run(this));
      return hits.get(node.id)!;
    },
  } as SegmentInput;
}

describe('combinators skip the work their result cannot need', () => {
  it('proximity looks for B only in sentences where A is found, and still pairs them', () => {
    const env = newCompileEnv({});
    const a = countingLeaf(env, 'leaked');
    const b = countingLeaf(env, 'passwords');
    const near = compileProximity(a.node, b.node, 3, env) as SegmentNode;

    expect(near.run(segmentOf('Our passwords are rotated every month.'))).toEqual([]);
    expect([a.runs, b.runs]).toEqual([1, 0]);

    expect(near.run(segmentOf('Someone leaked the admin passwords.'))).toEqual([{ start: 8, end: 34, vars: {} }]);
    expect([a.runs, b.runs]).toEqual([2, 1]);
  });

  it('a sentence conditional runs `unless` only where `and` and `if` both found something', () => {
    const env = newCompileEnv({});
    const condition = countingLeaf(env, 'Contoso');
    const and = countingLeaf(env, 'garbage');
    const unless = countingLeaf(env, 'not');
    const rule = compileConditional({ if: condition.node, and: and.node, unless: unless.node, scope: 'sentence' }, env) as SegmentNode;
    const runs = () => [condition.runs, and.runs, unless.runs];

    expect(rule.run(segmentOf('Contoso shipped a new release.'))).toEqual([]);
    expect(runs()).toEqual([0, 1, 0]);

    expect(rule.run(segmentOf('This release is garbage.'))).toEqual([]);
    expect(runs()).toEqual([1, 2, 0]);

    expect(rule.run(segmentOf('Contoso is garbage.'))).toEqual([{ start: 0, end: 7 }]);
    expect(runs()).toEqual([2, 3, 1]);

    expect(rule.run(segmentOf('Contoso is not garbage.'))).toEqual([]);
    expect(runs()).toEqual([3, 4, 2]);
  });
});
