import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('url-credentials', () => {
  it.each([
    ['DATABASE_URL=postgres://admin:S3cr3t!@db.example.com:5432/app', 'postgres://admin:S3cr3t!@db.example.com'],
    ['https://user:pass123@example.com/x', 'https://user:pass123@example.com'],
    ['redis://:hunter2@cache:6379', 'redis://:hunter2@cache'],
    ['mongodb+srv://app:p%40ss@cluster0.mongodb.net', 'mongodb+srv://app:p%40ss@cluster0.mongodb.net'],
    ['(ftp://bob:tops3cret@ftp.example.org)', 'ftp://bob:tops3cret@ftp.example.org'],
  ])('finds the credentials in %j', (text, found) => {
    expectOne('url-credentials', text, found);
  });

  it.each([
    'https://user:***@example.com',
    'https://user:<password>@host',
    'https://example.com/a:b@c',
    'ftp://anonymous@ftp.example.com',
    'postgres://user:${PASSWORD}@db',
    'see https://example.com:8080/path',
    'mailto:jane@example.com',
  ])('ignores %j', (text) => {
    expectNone('url-credentials', text);
  });

  it('hides the password in the suggestion', () => {
    const text = 'https://user:pass123@example.com';
    expect(expectOne('url-credentials', text, text).replacement).toBe('https://user:••••••••@example.com');
  });
});
