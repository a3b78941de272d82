import type { Detector, DetectorMatch } from './types.ts';
import { maskSecret } from './mask.ts';

// AWS key id prefixes: AKIA (long-term), ASIA (temporary) and the other IAM unique-id prefixes.
const PREFIXES = ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AIPA', 'ANPA', 'ANVA', 'AROA', 'APKA', 'ASCA', 'A3T'];
// Every id is 20 characters: "A3T" takes one more character to make a four-character prefix.
const PREFIX_PATTERN = PREFIXES.map((p) => (p.length === 3 ? `${p}[A-Z0-9]` : p)).join('|');
const KEY_ID = new RegExp(`(?<![A-Za-z0-9])(?:${PREFIX_PATTERN})[A-Z0-9]{16}(?![A-Za-z0-9])`, 'g');

export const awsAccessKeyId: Detector = {
  name: 'aws-access-key-id',
  description: 'AWS access key ids (AKIA…/ASIA…: a known prefix and 16 upper-case letters or digits).',
  scope: 'segment',
  keywords: PREFIXES.map((p) => p.toLowerCase()),
  find(text) {
    return [...text.matchAll(KEY_ID)].map(
      (m): DetectorMatch => ({ start: m.index, end: m.index + m[0].length, label: 'AWS access key id', replacement: maskSecret(m[0]) }),
    );
  },
};
