import { patternDetector } from './pattern-detector.ts';
import { isDocumentedExample } from './documented-example.ts';
import { maskSecret } from './mask.ts';

// AWS key id prefixes: AKIA (long-term), ASIA (temporary) and the other IAM unique-id prefixes.
const PREFIXES = ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AIPA', 'ANPA', 'ANVA', 'AROA', 'APKA', 'ASCA', 'A3T'];
// Every id is 20 characters: "A3T" takes one more character to make a four-character prefix.
const PREFIX_PATTERN = PREFIXES.map((p) => (p.length === 3 ? `${p}[A-Z0-9]` : p)).join('|');

export const awsAccessKeyId = patternDetector({
  name: 'aws-access-key-id',
  description: 'AWS access key ids (AKIA…/ASIA…: a known prefix and 16 upper-case letters or digits).',
  keywords: PREFIXES.map((p) => p.toLowerCase()),
  pattern: new RegExp(`(?<![A-Za-z0-9])(?:${PREFIX_PATTERN})[A-Z0-9]{16}(?![A-Za-z0-9])`, 'g'),
  skip: isDocumentedExample,
  label: 'AWS access key id',
  replacement: (found) => maskSecret(found),
});
