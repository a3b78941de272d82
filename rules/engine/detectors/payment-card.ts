import type { Detector, DetectorMatch } from './types.ts';
import { passesLuhn } from './luhn.ts';

// 13–19 digits, optionally grouped by single spaces or dashes, not inside a longer number.
// Card networks (Visa, Mastercard, Amex, Discover, JCB, UnionPay, Mir, Maestro) issue from 2–6.
const CARD_CANDIDATE = /(?<![\d.,-])\d(?:[ -]?\d){12,18}(?!\d|[.,]\d)/g;

export const paymentCard: Detector = {
  name: 'payment-card',
  description: 'Payment card numbers: 13–19 digits (spaces or dashes allowed) from a card network range that pass the Luhn checksum.',
  scope: 'segment',
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(CARD_CANDIDATE)) {
      const digits = m[0].replace(/\D/g, '');
      if (!/^[2-6]/.test(digits) || /^(\d)\1+$/.test(digits) || !passesLuhn(digits)) continue;
      const start = m.index;
      matches.push({ start, end: start + m[0].length, label: 'payment card', replacement: `•••• ${digits.slice(-4)}` });
    }
    return matches;
  },
};
