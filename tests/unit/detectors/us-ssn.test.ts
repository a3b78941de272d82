import { describe, expect, it } from 'vitest';
import { isIssuableSsn } from '../../../rules/engine/detectors/us-ssn.ts';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('us-ssn', () => {
  it.each([
    ['SSN 123-45-6789', '123-45-6789'],
    ['her number is 536-22-1234, keep it safe', '536-22-1234'],
    ['123 45 6789', '123 45 6789'],
    ['my ssn is 123456789', '123456789'],
    ['Social Security: 078051120', '078051120'],
  ])('finds the SSN in %j', (text, ssn) => {
    expectOne('us-ssn', text, ssn);
  });

  it.each([
    '000-12-3456',
    '666-12-3456',
    '912-12-3456',
    '123-00-4567',
    '123-45-0000',
    '123456789 downloads',
    'order 123-45-6789',
    '123-45-67890',
    'Call 555-123-4567',
    '123-45 6789',
  ])('ignores %j', (text) => {
    expectNone('us-ssn', text);
  });

  it('knows the never-issued ranges', () => {
    expect(isIssuableSsn('899', '01', '0001')).toBe(true);
    expect(isIssuableSsn('900', '01', '0001')).toBe(false);
  });

  it('keeps only the serial in the suggestion', () => {
    expect(expectOne('us-ssn', 'SSN 123-45-6789', '123-45-6789').replacement).toBe('•••-••-6789');
  });
});
