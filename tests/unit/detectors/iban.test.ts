import { describe, expect, it } from 'vitest';
import { passesIbanChecksum } from '../../../rules/engine/detectors/iban.ts';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('iban', () => {
  it.each([
    ['Send it to DE89 3704 0044 0532 0130 00 thanks', 'DE89 3704 0044 0532 0130 00'],
    ['GB82WEST12345698765432', 'GB82WEST12345698765432'],
    ['IBAN: GB82 WEST 1234 5698 7654 32 AND thanks', 'GB82 WEST 1234 5698 7654 32'],
    ['FR14 2004 1010 0505 0001 3M02 606 (Paris)', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['NL91ABNA0417164300.', 'NL91ABNA0417164300'],
    ['Norway: NO9386011117947', 'NO9386011117947'],
  ])('finds the IBAN in %j', (text, iban) => {
    expectOne('iban', text, iban);
  });

  it.each([
    'DE89 3704 0044 0532 0130 01',
    'XX89370400440532013000',
    'DE8937040044053201300',
    'DE893704004405320130001',
    'SKU AB12 3456 7890 1234 5678',
    'DE89370400440532013000abc',
  ])('ignores %j', (text) => {
    expectNone('iban', text);
  });

  it('checks mod 97 over the rearranged number', () => {
    expect(passesIbanChecksum('GB82WEST12345698765432')).toBe(true);
    expect(passesIbanChecksum('GB83WEST12345698765432')).toBe(false);
  });

  it('suggests a masked IBAN', () => {
    expect(expectOne('iban', 'DE89370400440532013000', 'DE89370400440532013000').replacement).toBe('DE89 •••• 3000');
  });
});
