import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('payment-card', () => {
  it.each([
    ['card 4111 1111 1111 1111 exp 12/27', '4111 1111 1111 1111'],
    ['5500-0000-0000-0004', '5500-0000-0000-0004'],
    ['Amex 3782 822463 10005 works', '3782 822463 10005'],
    ['pay with 4012888888881881.', '4012888888881881'],
    ['Discover 6011 0009 9013 9424?', '6011 0009 9013 9424'],
  ])('finds the card in %j', (text, card) => {
    expectOne('payment-card', text, card);
  });

  it.each([
    '4111 1111 1111 1112',
    '1234 5678 9012 3456',
    'Loyalty number 8000 0000 0000 0003',
    '0000 0000 0000 0000',
    'Our revenue was 4,111,111,111,111,111 rupiah',
    'tracking 9400 1000 0000 0000 0000 00',
    'version 4111.1111.1111.1111',
  ])('ignores %j', (text) => {
    expectNone('payment-card', text);
  });

  it('keeps only the last four digits in the suggestion', () => {
    expect(expectOne('payment-card', '4111 1111 1111 1111', '4111 1111 1111 1111').replacement).toBe('•••• 1111');
  });
});
