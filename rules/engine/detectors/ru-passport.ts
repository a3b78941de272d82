import type { Detector, DetectorMatch } from './types.ts';
import { hasNearby, wordsPattern } from './nearby.ts';
import { maskDigits } from './mask.ts';

// Series (4 digits, often written "45 10") and number (6 digits): "4510 723914", "45 10 № 723914".
const CANDIDATE = /(?<![\p{L}\p{N}_.,-])\d{2} ?\d{2} ?(?:№ ?)?\d{6}(?![\p{L}\p{N}_]|[.,-]\d)/gu;
const CONTEXT = wordsPattern(['паспорт', 'паспорта', 'паспортные', 'паспортом', 'серия', 'серии', 'passport']);

export const ruPassport: Detector = {
  name: 'ru-passport',
  description: 'Russian internal passport numbers (series 4 digits + number 6 digits) next to "паспорт", "серия" or "passport".',
  scope: 'segment',
  keywords: ['паспорт', 'сери', 'passport'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(CANDIDATE)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!hasNearby(CONTEXT, text, start, end)) continue;
      matches.push({ start, end, label: 'passport number', replacement: maskDigits(m[0], 2) });
    }
    return matches;
  },
};
