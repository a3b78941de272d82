import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('stripe-live-key', () => {
  it.each([
    ['STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'Stripe live secret key'],
    ['rk_live_51HqLyjWDarjtT1zdp7dcAbCd in prod', 'rk_live_51HqLyjWDarjtT1zdp7dcAbCd', 'Stripe live restricted key'],
    ['"sk_live_51Nabcdefghijklmnopqrstuvwxyz0123456789"', 'sk_live_51Nabcdefghijklmnopqrstuvwxyz0123456789', 'Stripe live secret key'],
    ['key: sk_live_AAAABBBBCCCCDDDDEEEE1234.', 'sk_live_AAAABBBBCCCCDDDDEEEE1234', 'Stripe live secret key'],
    ['(sk_live_0123456789abcdefghij)', 'sk_live_0123456789abcdefghij', 'Stripe live secret key'],
  ])('finds the key in %j', (text, key, label) => {
    expect(expectOne('stripe-live-key', text, key).label).toBe(label);
  });

  it.each([
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    'pk_live_4eC39HqLyjWDarjtT1zdp7dc',
    'sk_live_short',
    'mysk_live_4eC39HqLyjWDarjtT1zdp7dc',
    'Keys start with sk_live_ in production',
  ])('ignores %j', (text) => {
    expectNone('stripe-live-key', text);
  });
});
