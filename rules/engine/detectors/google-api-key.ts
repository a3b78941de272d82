import { patternDetector } from './pattern-detector.ts';
import { isDocumentedExample } from './documented-example.ts';
import { maskSecret } from './mask.ts';

export const googleApiKey = patternDetector({
  name: 'google-api-key',
  description: 'Google API keys (AIza followed by 35 characters).',
  keywords: ['aiza'],
  pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
  skip: isDocumentedExample,
  label: 'Google API key',
  replacement: (found) => maskSecret(found),
});
