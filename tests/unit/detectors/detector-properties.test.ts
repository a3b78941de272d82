import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DETECTORS, type Detector } from '../../../rules/engine/detectors/index.ts';
import type { OrgProfile } from '../../../rules/engine/schema.ts';
import { NORTHWIND } from './detector-test-kit.ts';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
// Pieces that reach deep into the detectors' patterns, so random strings are not all rejected early.
const fragment = fc.constantFrom(
  '@', '.', '-', ' ', '\n', '(', ')', '+', '/', ':', '=', '_', '"', '#', '0', '1', '9', '42', '555', '2024',
  'AKIA', 'ASIA', 'ghp_', 'github_pat_', 'xoxb-', 'sk_live_', 'AIza', 'eyJ', 'hooks.slack.com/services/T',
  '-----BEGIN ', ' PRIVATE KEY-----', '-----END ', 'password', 'pwd=', 'пароль', 'wifi ', 'WIFI:T:WPA;S:a;P:',
  '://', 'user:pass@', 'key ', 'token ', 'Heron', 'H e r o n', '.corp', '.internal', 'intranet.', '10.', '192.168.',
  'internal only', 'confidential', 'under NDA', 'DE89', 'GB82', 'ул. ', ', д. ', ' Street', 'SSN ',
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.oneof(fragment, loneSurrogate, fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 80 }),
);
const org: fc.Arbitrary<OrgProfile> = fc.oneof(
  fc.constant(NORTHWIND),
  fc.record({
    codenames: fc.array(fc.string({ unit: fc.oneof(fragment, loneSurrogate, fc.string({ unit: 'binary', maxLength: 2 })), maxLength: 6 }), { maxLength: 3 }),
    internalDomains: fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 3 }),
  }),
);

function expectWellFormed(detector: Detector, input: string, profile: OrgProfile): void {
  const matches = detector.find(input, { org: profile, options: {} });
  for (const m of matches) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(input.length);
  }
  // Pure: the same text gives the same matches.
  expect(detector.find(input, { org: profile, options: {} })).toEqual(matches);
}

describe.each([...DETECTORS.values()])('$name on arbitrary text', (detector) => {
  it('never throws and keeps offsets inside the text', () => {
    fc.assert(fc.property(text, org, (input, profile) => expectWellFormed(detector, input, profile)), { numRuns: 300 });
  });

  it('handles a 100 kB draft of random Unicode with lone surrogates', () => {
    const big = fc.sample(fc.string({ unit: fc.oneof(fragment, loneSurrogate, fc.string({ unit: 'binary', maxLength: 4 })), minLength: 40_000, maxLength: 40_000 }), { numRuns: 1, seed: 7 })[0]!;
    expect(big.length).toBeGreaterThanOrEqual(100_000);
    expectWellFormed(detector, big.slice(0, 100_000), NORTHWIND);
  });

  it('declares lower-case keywords', () => {
    for (const keyword of detector.keywords ?? []) expect(keyword).toBe(keyword.toLowerCase());
  });
});
