import type { Detector, DetectorMatch } from './types.ts';
import { maskSecret } from './mask.ts';

const KEY = /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g;

export const googleApiKey: Detector = {
  name: 'google-api-key',
  description: 'Google API keys (AIza followed by 35 characters).',
  scope: 'segment',
  keywords: ['aiza'],
  find(text) {
    return [...text.matchAll(KEY)].map(
      (m): DetectorMatch => ({ start: m.index, end: m.index + m[0].length, label: 'Google API key', replacement: maskSecret(m[0]) }),
    );
  },
};
