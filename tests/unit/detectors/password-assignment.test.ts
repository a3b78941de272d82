import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('password-assignment', () => {
  it.each([
    ['login with password: hunter2 ok?', 'password: hunter2', 'password'],
    ['my pwd=s3cret!x', 'pwd=s3cret!x', 'password'],
    ['Login: password: Winter2025! (temporary)', 'password: Winter2025!', 'password'],
    ['passwd = "Tr0ub4dor&3"', 'passwd = "Tr0ub4dor&3', 'password'],
    ['api_key=AbCdEf123456789', 'api_key=AbCdEf123456789', 'API key'],
    ['apikey: 9f8e7d6c5b4a', 'apikey: 9f8e7d6c5b4a', 'API key'],
    ['SECRET=abcdefgh12345', 'SECRET=abcdefgh12345', 'secret'],
    ['token=zyxwvuts98765', 'token=zyxwvuts98765', 'token'],
    ['пароль: qwerty123', 'пароль: qwerty123', 'password'],
    ['The password is hunter2.', 'password is hunter2', 'password'],
    ['DB pass=correcthorse', 'pass=correcthorse', 'password'],
    ['the jenkins admin password is still Spring2024.', 'password is still Spring2024', 'password'],
    ['Visitors: NW-Guest, password Northwind2026!', 'password Northwind2026!', 'password'],
  ])('finds the secret in %j', (text, found, label) => {
    expect(expectOne('password-assignment', text, found).label).toBe(label);
  });

  it.each([
    'password: ******',
    'Need a password reset link?',
    'I forgot my password again',
    'Password: use a manager',
    'The secret: hard work pays off',
    'api_key=YOUR_API_KEY',
    'password=${DB_PASSWORD}',
    'password: <your password>',
    'token: 5',
    'Passwords: never reuse them',
    'Your password is incorrect',
    'Boarding pass: 12B',
    'secret santa = fun',
    'Password 101: use a manager',
    'Your password 2FA setup',
    "stripe.Charge.create(api_key='sk_test_ijoySjTneAAvIDAdn1Ay5XL8')",
  ])('ignores %j', (text) => {
    expectNone('password-assignment', text);
  });

  it.each([
    ["ssh into 10.0.3.4 as root / toor if you need the logs", 'as root / toor'],
    ['VPN login admin:Adm1n2024 for the demo', 'login admin:Adm1n2024'],
    ['Заходите под guest/guest123, доступ до пятницы', 'под guest/guest123'],
  ])('finds a user/password pair next to a login word in %j', (text, found) => {
    expectOne('password-assignment', text, found);
  });

  it.each([
    'Works as fast / as cheap as before',
    'ssh in as root and check /var/log',
    'Logged in as admin: all good now',
    'login as guest / read-only for now',
  ])('ignores the pair-like %j', (text) => {
    expectNone('password-assignment', text);
  });

  it('keeps the name and hides the value in the suggestion', () => {
    expect(expectOne('password-assignment', 'pwd=hunter22', 'pwd=hunter22').replacement).toBe('pwd=••••••••');
  });
});
