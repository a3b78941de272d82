import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

// The password-assignment detector reports passwords written with the short words (pw, p/w, pswd, пасс) and
// passwords named by what they open ("the pass for the build server is …", "Пароль от стенда — …").
describe('password-assignment: short words and a password named by its target', () => {
  it.each([
    ['ssh root@10.12.0.4, pw is hunter2-prod. don\'t judge me', 'pw is hunter2-prod'],
    ['jump box is bastion-2, user deploy, pw hunter7-staging, go wild', 'pw hunter7-staging'],
    ['the pass for the build server is jenkins-rules-42 btw', 'pass for the build server is jenkins-rules-42'],
    ['Passwd for the shared mailbox is now winter-sale-9, tell the team', 'Passwd for the shared mailbox is now winter-sale-9'],
    ['p/w for the test tenant: demo2025 (please don\'t change it)', 'p/w for the test tenant: demo2025'],
    ['Пароль от стенда — stend-2024, не благодарите', 'Пароль от стенда — stend-2024'],
    ['пасс от админки: adminka77', 'пасс от админки: adminka77'],
    ['логин admin, пасс qwerty-777, заходите кто хотел', 'пасс qwerty-777'],
    ["the pw's still summer-2024 on the kiosk box", "pw's still summer-2024"],
  ])('finds the password in %j', (text, found) => {
    expect(expectOne('password-assignment', text, found).label).toBe('password');
  });

  it.each([
    'The password for my bank has to be 12 characters, ugh',
    'Day pass for the expo is €45, worth it',
    'pw for the new hires will be sent by IT on Monday',
    'The pass to the lounge is included with Gold-tier status',
    'Password for the workshop slides: ask me in DMs',
    'Пароль для входа — ваш номер телефона, поменяйте его после первого входа',
    'Our password policy is NIST-800-63B based now',
    'pass on the left only, the right lane is for trucks-2 and buses',
    'Пароль к базе хранится в Vault, не в чате',
    'Got my season pass for 2025-26 today!',
    'boarding pass for gate 12: B14A22',
    'The pw field on the login page is broken on iOS-17',
    'My pw manager saved me again',
  ])('ignores the near miss %j', (text) => {
    expectNone('password-assignment', text);
  });

  it('hides only the value in the suggestion', () => {
    expect(expectOne('password-assignment', 'Пароль от стенда — stend-2024', 'Пароль от стенда — stend-2024').replacement).toBe(
      'Пароль от стенда — ••••••••',
    );
  });

  it.each([
    ['If anyone needs the staging db: user is app_rw, passw0rd is Kx9#mm2Lq', 'passw0rd is Kx9#mm2Lq'],
    ['the admin panel still accepts admin:admin123, someone please fix it', 'admin:admin123'],
    ['default creds on the new box: root:Tr0ub4dor', 'root:Tr0ub4dor'],
  ])('finds a disguised password word and an account:password pair in %j', (text, found) => {
    expect(expectOne('password-assignment', text, found).label).toBe('password');
  });

  it.each([
    'the admin panel listens on admin:8080 behind the VPN',
    'login page: https://admin:secret@ is how NOT to do it',
    'ssh login shows root:x:0:0:root in /etc/passwd, that x is no password',
    'admin: ops team, on-call this week',
  ])('ignores the account-like %j', (text) => {
    expectNone('password-assignment', text);
  });
});
