import { describe, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

const KEY = 'AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI';

describe('google-api-key', () => {
  it.each([
    [`maps key ${KEY}`, KEY],
    [`?key=${KEY}&q=x`, KEY],
    [`"${KEY}"`, KEY],
    [`${KEY}.`, KEY],
    ['AIzaSyA_0123456789abcdefghijABCDEFGHIJ_', 'AIzaSyA_0123456789abcdefghijABCDEFGHIJ_'],
  ])('finds the key in %j', (text, key) => {
    expectOne('google-api-key', text, key);
  });

  it.each([
    'AIzaShort',
    `x${KEY}`,
    `${KEY}x`,
    'aizasyddi0hcztE6vySjMm-WEfRq3CPzqKqqsHI',
    'Google keys begin with AIza',
  ])('ignores %j', (text) => {
    expectNone('google-api-key', text);
  });
});
