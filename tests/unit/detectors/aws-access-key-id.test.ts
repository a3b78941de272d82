import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('aws-access-key-id', () => {
  it.each([
    ['key AKIAZ7Q4M2XW9RTB3K6N oops', 'AKIAZ7Q4M2XW9RTB3K6N'],
    ['ASIAY34FZKBOKMUTVV7A', 'ASIAY34FZKBOKMUTVV7A'],
    ['export AWS_ACCESS_KEY_ID="AKIA2E0A8F3B244C9986"', 'AKIA2E0A8F3B244C9986'],
    ['(AKIAJ5Q7R2D9EXAMPLE1)', 'AKIAJ5Q7R2D9EXAMPLE1'],
    ['id=A3T1ABCDEFGHIJKLMNOP', 'A3T1ABCDEFGHIJKLMNOP'],
  ])('finds the key id in %j', (text, key) => {
    expectOne('aws-access-key-id', text, key);
  });

  it.each([
    'AKIAZ7Q4M2XW9RTB3K6',
    'AKIAZ7Q4M2XW9RTB3K6N1',
    'xAKIAZ7Q4M2XW9RTB3K6N',
    'akiaiosfodnn7example',
    'AKIA is a prefix, not a key',
    'AKIAiosfodnn7example',
    // The samples printed in AWS documentation, and any id it marks as one.
    'the AWS docs sample key AKIAIOSFODNN7EXAMPLE',
    'AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE',
    'AKIAJ5Q7R2D9WEXAMPLE',
  ])('ignores %j', (text) => {
    expectNone('aws-access-key-id', text);
  });

  it('suggests a masked key', () => {
    expect(expectOne('aws-access-key-id', 'AKIAZ7Q4M2XW9RTB3K6N', 'AKIAZ7Q4M2XW9RTB3K6N').replacement).toBe('AKIA••••••••');
  });
});
