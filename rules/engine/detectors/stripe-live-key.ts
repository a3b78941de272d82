import { patternDetector } from './pattern-detector.ts';
import { isDocumentedExample } from './documented-example.ts';
import { maskSecret } from './mask.ts';

export const stripeLiveKey = patternDetector({
  name: 'stripe-live-key',
  description: 'Stripe live secret keys (sk_live_…) and restricted keys (rk_live_…); test keys are not reported.',
  keywords: ['sk_live_', 'rk_live_'],
  // Live keys move real money; sk_test_ keys do not.
  pattern: /(?<![A-Za-z0-9_])([sr]k)_live_[0-9A-Za-z]{20,247}(?![A-Za-z0-9_])/g,
  skip: isDocumentedExample,
  label: (m) => (m[1] === 'sk' ? 'Stripe live secret key' : 'Stripe live restricted key'),
  replacement: (found) => maskSecret(found, 8),
});
