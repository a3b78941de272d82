import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('aws-access-key-id', () => {
  it.each([
    ['key AKIAIOSFODNN7EXAMPLE oops', 'AKIAIOSFODNN7EXAMPLE'],
    ['ASIAY34FZKBOKMUTVV7A', 'ASIAY34FZKBOKMUTVV7A'],
    ['export AWS_ACCESS_KEY_ID="AKIA2E0A8F3B244C9986"', 'AKIA2E0A8F3B244C9986'],
    ['(AKIAJ5Q7R2D9EXAMPLE1)', 'AKIAJ5Q7R2D9EXAMPLE1'],
    ['id=A3T1ABCDEFGHIJKLMNOP', 'A3T1ABCDEFGHIJKLMNOP'],
  ])('finds the key id in %j', (text, key) => {
    expectOne('aws-access-key-id', text, key);
  });

  it.each([
    'AKIAIOSFODNN7EXAMPL',
    'AKIAIOSFODNN7EXAMPLE1',
    'xAKIAIOSFODNN7EXAMPLE',
    'akiaiosfodnn7example',
    'AKIA is a prefix, not a key',
    'AKIAiosfodnn7example',
  ])('ignores %j', (text) => {
    expectNone('aws-access-key-id', text);
  });

  it('suggests a masked key', () => {
    expect(expectOne('aws-access-key-id', 'AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE').replacement).toBe('AKIA••••••••');
  });
});
