import { describe, expect, it } from 'vitest';
import { detector, expectNone, expectOne } from './detector-test-kit.ts';

const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1234567890abcdef\nabcdefABCDEF0123456789+/\n-----END RSA PRIVATE KEY-----';

describe('private-key', () => {
  it('sees the whole post, since keys span lines', () => {
    expect(detector('private-key').scope).toBe('post');
  });

  it.each([
    [`oops:\n${PEM}\nbye`, PEM],
    ['-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\nthanks all', '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU'],
    ['just the header -----BEGIN PRIVATE KEY----- lol', '-----BEGIN PRIVATE KEY-----'],
    ['—–BEGIN EC PRIVATE KEY—– MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5 rest', '—–BEGIN EC PRIVATE KEY—– MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5'],
    [
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG\nlQOYBF0abcdefghijklmnop\n-----END PGP PRIVATE KEY BLOCK-----',
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG\nlQOYBF0abcdefghijklmnop\n-----END PGP PRIVATE KEY BLOCK-----',
    ],
    [
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nMIIFDjBABgkqhkiG9w0BBQ0wMzAbBgkq\n\nmore text',
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nMIIFDjBABgkqhkiG9w0BBQ0wMzAbBgkq',
    ],
    [
      '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\nBKcwggSjAgEAAoIBAQC7", oops',
      '-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\nBKcwggSjAgEAAoIBAQC7',
    ],
  ])('finds the key in %j', (text, key) => {
    expectOne('private-key', text, key);
  });

  it.each([
    '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----',
    '-----BEGIN CERTIFICATE-----',
    'Never share your private key with anyone',
    'BEGIN PRIVATE KEY without the dashes is just words',
    'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ user@host',
  ])('ignores %j', (text) => {
    expectNone('private-key', text);
  });

  it('reports two keys in one post separately', () => {
    const text = `${PEM}\nand\n${PEM}`;
    expect(detector('private-key').find(text, { org: {}, options: {} })).toHaveLength(2);
  });
});
