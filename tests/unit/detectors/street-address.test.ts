import { describe, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('street-address', () => {
  it.each([
    ['I live at 221B Baker Street.', '221B Baker Street'],
    ['HQ: 1600 Pennsylvania Ave NW, Washington', '1600 Pennsylvania Ave'],
    ['meet at 42 W 34th St. at noon', '42 W 34th St.'],
    ['Drop it at 10 Downing Street', '10 Downing Street'],
    ['She moved to 7 Maple Leaf Ln', '7 Maple Leaf Ln'],
    ['Адрес: ул. Ленина, д. 5, кв. 12', 'ул. Ленина, д. 5, кв. 12'],
    ['Живу на улица Тверская, дом 7', 'улица Тверская, дом 7'],
  ])('finds the address in %j', (text, address) => {
    expectOne('street-address', text, address);
  });

  it.each([
    '3 Ways to improve your onboarding',
    '10 Best Places to work in 2025',
    'In 2024 Main Street Bank grew fast',
    'ул. Ленина is very long',
    'We walked 5 miles down the road',
    'Top 5 tips: way more than you think',
    'Dr. Smith said 5 Dr. Jones agreed',
  ])('ignores %j', (text) => {
    expectNone('street-address', text);
  });
});
