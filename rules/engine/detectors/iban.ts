import type { Detector, DetectorMatch } from './types.ts';

// IBAN lengths per country (SWIFT IBAN registry).
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18,
  FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23,
  IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27,
  MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28,
  PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27,
  SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

// Country, check digits, then up to 30 letters/digits, each optionally preceded by one space.
const CANDIDATE = /(?<![\p{L}\p{N}_])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}/gu;

/** ISO 7064 mod 97-10 over the rearranged IBAN, computed piecewise to stay within number precision. */
export function passesIbanChecksum(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/** The IBAN at the start of the candidate, cut to its country's length at a group boundary. */
function ibanAt(text: string, index: number, candidate: string): DetectorMatch | undefined {
  const length = IBAN_LENGTH[candidate.slice(0, 2)];
  if (length === undefined) return undefined;
  let chars = 0;
  let end = 0;
  while (end < candidate.length && chars < length) {
    if (candidate[end] !== ' ') chars++;
    end++;
  }
  if (chars < length) return undefined;
  const next = text[index + end];
  if (next !== undefined && /[\p{L}\p{N}_]/u.test(next)) return undefined;
  const compact = candidate.slice(0, end).replace(/ /g, '');
  if (!passesIbanChecksum(compact)) return undefined;
  return { start: index, end: index + end, label: 'IBAN', replacement: `${compact.slice(0, 4)} •••• ${compact.slice(-4)}` };
}

export const iban: Detector = {
  name: 'iban',
  description: 'International bank account numbers (IBAN): known country, its exact length, mod-97 check; spaces allowed.',
  scope: 'segment',
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(CANDIDATE)) {
      const match = ibanAt(text, m.index, m[0]);
      if (match) matches.push(match);
    }
    return matches;
  },
};
