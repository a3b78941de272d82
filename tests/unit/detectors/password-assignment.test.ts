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

  it.each([
    ['if root / Tr0ub4dor&3 still works on that box', 'Tr0ub4dor&3'],
    ['(login ops / Gr4fana-Edge!7) — bookmark it', 'login ops / Gr4fana-Edge!7'],
    ['the staging box still takes admin / Qu4ntum#77, rotate it', 'Qu4ntum#77'],
    ['default creds on the new NAS are admin Zp9!kLm2 until IT changes them', 'Zp9!kLm2'],
    ['Tr4cker$55 is still the root password on the old jenkins host', 'Tr4cker$55'],
    ['for the demo VM use user deploy and pass Dem0-Vm!9', 'Dem0-Vm!9'],
    ['Кто спрашивал доступ к стенду: админ / Qwe!2026rty', 'Qwe!2026rty'],
    ['creds: viewer / V1ewer!Board', 'V1ewer!Board'],
    ['логин ops, а парольчик такой: Sklad#2026', 'Sklad#2026'],
  ])('finds a password told near a cue, in any order: %j', (text, found) => {
    expect(expectOne('password-assignment', text, found).label).toBe('password');
  });

  it.each([
    'Use a password manager like 1Password or Bitwarden',
    'If your root password is still on a sticky note, fix that today',
    'Login issues on iOS 17.2 are fixed in the 4.8.1 release',
    'Admin / user roles are explained in the docs, section 3.2',
    'Still rotating passwords every 90 days? NIST SP 800-63B says no',
    'log in with SSO at https://x.example/Login?next=Ab3!x9',
    'Login on your iPhone15 works again',
    'Sign-in with OAuth2 and SHA-256 hashes, nothing fancy',
    'login works on x86_64 and arm64 builds now',
    'root cause: a bad config push. Tr0ub4dor&3 is a famous xkcd joke',
    'the demo password is AKIAIOSFODNN7EXAMPLE',
    'login as user/admin for read access',
  ])('ignores the cue-like %j', (text) => {
    expectNone('password-assignment', text);
  });

  it.each([
    ['accidentally committed DB_PASSWORD=Sup3rS3cret to the repo', 'DB_PASSWORD=Sup3rS3cret', 'password'],
    ['POSTGRES_PASSWORD: hunter22x', 'POSTGRES_PASSWORD: hunter22x', 'password'],
    ['export SMTP_PASS=Mail2026!', 'SMTP_PASS=Mail2026!', 'password'],
    ['MY_API_KEY=abcd1234efgh5678', 'MY_API_KEY=abcd1234efgh5678', 'API key'],
    ['Door code for the Lisbon office changed to 4471#, tell visitors', '4471#', 'access code'],
    ['Код от домофона в новом офисе: 2580, заходите', '2580', 'access code'],
    ['alarm PIN: 0852', '0852', 'access code'],
    ['Grafana account for partners: viewer_partner / Pa55-Partn3r', 'Pa55-Partn3r', 'password'],
  ])('finds env-style names, access codes and bare user / password pairs: %j', (text, found, label) => {
    expect(expectOne('password-assignment', text, found).label).toBe(label);
  });

  it.each([
    'DB_PASSWORD now comes from the environment, not the repo',
    'db_password_hash is a column',
    'Reminder: your door badge PIN is personal, never share it',
    'We changed the door code in 2024 after the audit',
    'door codes rotate every 30 days',
    'CI/CD and TCP/IP and and/or, 24/7',
    'see docs/Setup-Guide2! for more',
  ])('ignores the near miss %j', (text) => {
    expectNone('password-assignment', text);
  });

  it.each([
    ['posted her details in a public reply 🤦 dana.whitfield@hotmail.com / Blue-Otter-88. please nobody try them', 'Blue-Otter-88'],
    ['jenkins.corp.northwind.example → admin / hunter-Prod-77. please do not change it', 'hunter-Prod-77'],
    ['the kiosk account is kiosk01 / Happy-Cactus-9, write it down', 'Happy-Cactus-9'],
  ])('finds a hyphenated passphrase after a login and a slash in %j', (text, found) => {
    expectOne('password-assignment', text, found);
  });

  it.each([
    'Supports iOS / Android-14 and up, see the docs',
    'Moving from Windows / Server-2019 to Linux this year',
    'Contact sales@northwind.example / Mon-Fri 9-17 for pricing',
    'Tested on macOS / Sonoma-14 and it works',
    'ops@northwind.example / Wi-Fi 6 setup guide',
  ])('ignores a slash before a product and version in %j', (text) => {
    expectNone('password-assignment', text);
  });

  it('keeps the name and hides the value in the suggestion', () => {
    expect(expectOne('password-assignment', 'pwd=hunter22', 'pwd=hunter22').replacement).toBe('pwd=••••••••');
  });
});
