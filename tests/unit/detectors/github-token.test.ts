import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

const CLASSIC = 'ghp_1234567890abcdefghijABCDEFGHIJ123456';
const FINE_GRAINED = `github_pat_11ABCDEFG0123456789abc_${'a1B2c3D4e5'.repeat(5)}abcdefghi`;

describe('github-token', () => {
  it.each([
    [`token: ${CLASSIC}`, CLASSIC, 'GitHub token'],
    [`GH_TOKEN=${CLASSIC.replace('ghp_', 'gho_')}`, CLASSIC.replace('ghp_', 'gho_'), 'GitHub token'],
    [`"${CLASSIC.replace('ghp_', 'ghs_')}"`, CLASSIC.replace('ghp_', 'ghs_'), 'GitHub token'],
    [`${CLASSIC.replace('ghp_', 'ghr_')}.`, CLASSIC.replace('ghp_', 'ghr_'), 'GitHub token'],
    [`use ${FINE_GRAINED} for CI`, FINE_GRAINED, 'GitHub fine-grained token'],
  ])('finds the token in %j', (text, token, label) => {
    expect(expectOne('github-token', text, token).label).toBe(label);
  });

  it.each([
    'ghp_short',
    `x${CLASSIC}`,
    CLASSIC.replace('ghp_', 'ghx_'),
    'github_pat_ is how fine-grained tokens start',
    `${CLASSIC.slice(0, -1)}`,
    'see github.com/ghp_tools',
  ])('ignores %j', (text) => {
    expectNone('github-token', text);
  });
});
