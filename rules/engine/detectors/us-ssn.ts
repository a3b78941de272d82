import type { Detector, DetectorMatch } from './types.ts';
import { hasNearby, wordsPattern } from './nearby.ts';
import { isIdentifierOrAmount } from './number-context.ts';

// AAA-GG-SSSS with the same separator twice, or nine bare digits (those only next to a context word).
const CANDIDATE = /(?<![\p{L}\p{N}_+\-.,/])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\p{L}\p{N}_]|[-.,/]\d)/gu;
const CONTEXT = wordsPattern(['ssn', 'ssns', 'social security', 'soc sec', 'social', 'taxpayer', 'itin', 'tin']);

/** Area 000, 666 and 900–999, group 00 and serial 0000 are never issued. */
export function isIssuableSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

export const usSsn: Detector = {
  name: 'us-ssn',
  description:
    'US Social Security numbers (AAA-GG-SSSS, never-issued ranges excluded); bare nine digits only next to "SSN" or "social security".',
  scope: 'segment',
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(CANDIDATE)) {
      const [found, area, separator, group, serial] = m as unknown as [string, string, string, string, string];
      const start = m.index;
      const end = start + found.length;
      if (!isIssuableSsn(area, group, serial) || isIdentifierOrAmount(text, start, end)) continue;
      if (separator === '' && !hasNearby(CONTEXT, text, start, end)) continue;
      matches.push({ start, end, label: 'US Social Security number', replacement: `•••-••-${serial}` });
    }
    return matches;
  },
};
