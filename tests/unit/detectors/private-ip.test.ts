import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('private-ip', () => {
  it.each([
    ['ssh 10.0.4.12 now', '10.0.4.12', 'private IP address'],
    ['db at 192.168.1.20:5432', '192.168.1.20:5432', 'private IP address'],
    ['subnet 172.20.3.0/24', '172.20.3.0/24', 'private IP address'],
    ['metadata at 169.254.169.254', '169.254.169.254', 'link-local IP address'],
    ['(172.31.255.255)', '172.31.255.255', 'private IP address'],
  ])('finds the address in %j', (text, found, label) => {
    expect(expectOne('private-ip', text, found).label).toBe(label);
  });

  it.each([
    '127.0.0.1 is home',
    'DNS 8.8.8.8',
    'version 10.2.3',
    '10.0.0.1.5',
    '172.32.0.1',
    '192.168.001.1',
    'v10.1.1.1',
    '10.300.0.1',
    'build 10.0.0.1a',
  ])('ignores %j', (text) => {
    expectNone('private-ip', text);
  });
});
