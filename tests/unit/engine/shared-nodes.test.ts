import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../../rules/engine/index.ts';
import { resolveAndCompile } from '../../../rules/engine/compile.ts';
import { packOf } from './helpers.ts';

const mention = { type: 'terms' as const, terms: ['Contoso'] };
const insult = { type: 'terms' as const, terms: ['garbage'] };

describe('a matcher used by several rules', () => {
  const pack = packOf([
    { id: 't.same', match: { type: 'conditional', scope: 'sentence', if: mention, and: insult } },
    { id: 't.again', category: 'competitors', match: { type: 'conditional', scope: 'sentence', if: mention, and: insult } },
    { id: 't.other', match: { type: 'conditional', scope: 'sentence', if: insult, and: mention } },
  ]);

  it('compiles to one node, so each sentence runs it once', () => {
    const [same, again, other] = resolveAndCompile([pack]).rules;
    expect(same!.node).toBe(again!.node);
    expect(other!.node).not.toBe(same!.node);
  });

  it('still reports a finding for every rule that uses it', () => {
    const findings = compilePacks([pack]).check('Contoso is garbage. Fine otherwise.');
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['t.again', 't.other', 't.same']);
  });
});
