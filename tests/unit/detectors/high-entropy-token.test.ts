import { describe, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('high-entropy-token', () => {
  it.each([
    ['my api key is 8fJ2kLq9Zx7Pw3mN4vB6cT1r', '8fJ2kLq9Zx7Pw3mN4vB6cT1r'],
    ['Authorization: Bearer aB3dE5fG7hJ9kL1mN3pQ5rS7tU9', 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9'],
    ['токен: Zx9Qw8Er7Ty6Ui5Op4As3Df', 'Zx9Qw8Er7Ty6Ui5Op4As3Df'],
    ['Qm9vT2xhZ2V4cGxvcmVy+/Kz91== is the secret', 'Qm9vT2xhZ2V4cGxvcmVy+/Kz91=='],
    ['credentials for staging: p9X_2vLq-8RtY3nWk0Zs', 'p9X_2vLq-8RtY3nWk0Zs'],
  ])('finds the token in %j', (text, token) => {
    expectOne('high-entropy-token', text, token);
  });

  it.each([
    '8fJ2kLq9Zx7Pw3mN4vB6cT1r with no hint around it at all, nothing',
    'see https://github.com/org/repo/commit/9fceb02d0ae598e95dc970b74767f19372d61af8 key fix',
    'key: internationalization-localization',
    'Key takeaways from github.com/acme/repo/blob/main/src/Ab3Cd5Ef7Gh9Ij1Kl3.ts',
    'The key is consistency-and-patience-over-time',
    'api token AAAAAAAAAAAAAAAAAAAAAAAA1',
    'secret ingredient: HttpServerRequestHandlerFactory',
    'api key AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI (the Google detector names it)',
    'token: ghp_1234567890abcdefghijABCDEFGHIJ123456',
    'Key moment of the year #NorthwindEmployee2025',
    'API docs: /v1/users/abc123XYZ789def456GHI returns the user',
    'our api key naming: my-awesome-project-2024-prod',
    "Docs example: api_key='sk_test_ijoySjTneAAvIDAdn1Ay5XL8' is the public test key",
    // Keys marked as documentation samples stay quiet here too, not only in their own detector.
    'aws secret key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'api token 8fJ2kLq9Zx7Pw3mN4vB6cT1rEXAMPLE',
    'jwt.io sample token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    // A JWT header alone is encoded JSON, not a secret.
    'token header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 for HS256',
  ])('ignores %j', (text) => {
    expectNone('high-entropy-token', text);
  });
});
