import { describe, expect, it } from 'vitest';
import { analyse, vulnerability } from '../../../rules/engine/redos.ts';

// Patterns that recheck's automaton checker decides in milliseconds, so no verdict here depends on a clock.
describe('ReDoS verdicts on one segment', () => {
  it('rejects exponential backtracking', () => {
    expect(vulnerability('(a+)+$', 'u')?.complexity.type).toBe('exponential');
  });

  it('rejects cubic backtracking: two overlapping runs, searched at every position', () => {
    const verdict = vulnerability('\\s*\\s*x', 'u');
    expect(verdict?.complexity).toMatchObject({ type: 'polynomial', degree: 3 });
  });

  it('allows a quadratic pattern: on one 1,000-character segment it costs about a million steps', () => {
    expect(analyse('\\s*x', 'u')).toMatchObject({ status: 'vulnerable', complexity: { type: 'polynomial', degree: 2 } });
    expect(vulnerability('\\s*x', 'u')).toBeUndefined();
  });

  it('allows a linear pattern', () => {
    expect(analyse('\\b(?:on|onto)\\b', 'iu').status).toBe('safe');
    expect(vulnerability('\\b(?:on|onto)\\b', 'iu')).toBeUndefined();
  });
});
