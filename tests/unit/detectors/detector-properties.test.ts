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
  'not ', 'never ', 'terrible', 'good', 'does not work',
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

// One real hit per detector, to embed in noise.
const SAMPLES: Readonly<Record<string, string>> = {
  email: 'jane.doe@example.com',
  phone: '+7 912 345-67-89',
  'payment-card': '4111 1111 1111 1111',
  iban: 'DE89 3704 0044 0532 0130 00',
  'us-ssn': '536-22-1234',
  'street-address': '221B Baker Street',
  'ru-passport': 'паспорт 4510 723914',
  'aws-access-key-id': 'AKIAZ7Q4M2XW9RTB3K6N',
  'aws-secret-key': 'aws secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYzK3vQ8mRtY',
  'github-token': 'ghp_1234567890abcdefghijABCDEFGHIJ123456',
  'slack-token': 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
  'slack-webhook': 'https://hooks.slack.com/services/T0ABC1234/B0DEF5678/abcdefGHIJKL12345678mnop',
  'stripe-live-key': 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  'google-api-key': 'AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI',
  'vendor-token': 'glpat-x7Yz9AbC2dEf4GhI6jKl',
  jwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  'private-key': '-----BEGIN RSA PRIVATE KEY-----',
  'password-assignment': 'password: hunter2',
  'wifi-key': 'WPA key: correcthorse',
  'url-credentials': 'https://user:pass123@example.com',
  'high-entropy-token': 'api key 8fJ2kLq9Zx7Pw3mN4vB6cT1r',
  codename: 'Project Heron',
  'internal-host': 'wiki.corp.northwind.example',
  'private-ip': '10.0.4.12',
  'confidential-marker': 'internal only',
  'insider-source': 'internal memo says 20% cuts',
  'dated-plan': 'we will add SSO in March',
  'negative-sentiment': 'terrible',
  'personal-insult': 'you are an idiot',
  profanity: 'f***ing',
};
const neutral = fc.string({ unit: fc.constantFrom('x', 'y', 'z', ' ', '\n', '🙂', 'Ж', '!'), maxLength: 60 });

function expectWellFormed(detector: Detector, input: string, profile: OrgProfile): void {
  const matches = detector.find(input, { org: profile, options: {} });
  for (const m of matches) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(input.length);
  }
  // The keyword prefilter is sound: whatever the detector finds, the engine would have let it look.
  if (matches.length > 0 && detector.keywords) {
    const lower = input.toLowerCase();
    expect(detector.keywords.some((k) => lower.includes(k))).toBe(true);
  }
  // Pure: the same text gives the same matches.
  expect(detector.find(input, { org: profile, options: {} })).toEqual(matches);
}

describe.each([...DETECTORS.values()])('$name on arbitrary text', (detector) => {
  it('never throws and keeps offsets inside the text', () => {
    fc.assert(fc.property(text, org, (input, profile) => expectWellFormed(detector, input, profile)), { numRuns: 300 });
  });

  it('finds its sample amid neutral noise on both sides, offsets pointing at it', () => {
    const sample = SAMPLES[detector.name];
    expect(sample, `a sample for ${detector.name}`).toBeDefined();
    fc.assert(
      fc.property(neutral, neutral, (before, after) => {
        const input = `${before} ${sample} ${after}`;
        expectWellFormed(detector, input, NORTHWIND);
        const at = before.length + 1;
        const hits = detector.find(input, { org: NORTHWIND, options: {} });
        expect(hits.some((m) => m.start >= at && m.end <= at + sample!.length)).toBe(true);
      }),
      { numRuns: 100 },
    );
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
