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

  it.each([
    'Build 10.4.2.118 is rolling out to the beta ring today',
    'Firmware 10.2.0.77 fixed the fan curve',
    'Release 172.16.3.9 of the agent is on the stable channel',
    'Changelog for 10.11.0.4 is short',
    'Upgraded the client to version 10.0.3.152',
    'We cut build number 10.8.1.203 last night',
    'Just patched to 192.168.0.4 this morning',
    '10.2.0.1 release notes are up',
    'Сборка 10.4.2.118 уже в бете',
  ])('ignores a version number named as one: %j', (text) => {
    expectNone('private-ip', text);
  });

  it.each([
    ['The build server lives at 10.4.2.118, ping me', '10.4.2.118'],
    ['Deploying release 3 to 10.20.1.5 tonight', '10.20.1.5'],
    ['pushing the build to 10.0.0.5 by hand', '10.0.0.5'],
    ['updated the DNS to 10.0.0.53', '10.0.0.53'],
    ['ssh 10.0.4.12 build box', '10.0.4.12'],
  ])('still finds an address near a version word in %j', (text, found) => {
    expectOne('private-ip', text, found);
  });
});
