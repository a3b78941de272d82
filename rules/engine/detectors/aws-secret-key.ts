import type { Detector, DetectorMatch } from './types.ts';
import { hasNearby, wordsPattern } from './nearby.ts';
import { shannonEntropy } from './entropy.ts';
import { maskSecret } from './mask.ts';
import { isDocumentedExample } from './documented-example.ts';

const SECRET = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{40}(?![A-Za-z0-9+/=])/g;
const CONTEXT = wordsPattern([
  'aws', 'amazon', 'secret', 'secret key', 'secret access key', 'aws_secret_access_key', 'secretaccesskey', 's3', 'iam',
]);

/** Random base64 has letters of both cases and digits, and high entropy; words and hex hashes do not. */
function looksRandom(candidate: string): boolean {
  return /[a-z]/.test(candidate) && /[A-Z]/.test(candidate) && /\d/.test(candidate) && shannonEntropy(candidate) > 4.2;
}

export const awsSecretKey: Detector = {
  name: 'aws-secret-key',
  description: 'AWS secret access keys: 40 random base64 characters with "aws" or "secret" nearby.',
  scope: 'segment',
  keywords: ['aws', 'amazon', 'secret', 's3', 'iam'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(SECRET)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!looksRandom(m[0]) || isDocumentedExample(m[0]) || !hasNearby(CONTEXT, text, start, end, { before: 60, after: 30 })) continue;
      matches.push({ start, end, label: 'AWS secret access key', replacement: maskSecret(m[0]) });
    }
    return matches;
  },
};
