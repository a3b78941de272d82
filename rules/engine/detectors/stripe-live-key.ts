import type { Detector, DetectorMatch } from './types.ts';
import { maskSecret } from './mask.ts';

// Live secret (sk_live_) and restricted (rk_live_) keys move real money; sk_test_ keys do not.
const KEY = /(?<![A-Za-z0-9_])([sr]k)_live_[0-9A-Za-z]{20,247}(?![A-Za-z0-9_])/g;

export const stripeLiveKey: Detector = {
  name: 'stripe-live-key',
  description: 'Stripe live secret keys (sk_live_…) and restricted keys (rk_live_…); test keys are not reported.',
  scope: 'segment',
  keywords: ['sk_live_', 'rk_live_'],
  find(text) {
    return [...text.matchAll(KEY)].map(
      (m): DetectorMatch => ({
        start: m.index,
        end: m.index + m[0].length,
        label: m[1] === 'sk' ? 'Stripe live secret key' : 'Stripe live restricted key',
        replacement: maskSecret(m[0], 8),
      }),
    );
  },
};
