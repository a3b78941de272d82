import type { Detector, DetectorMatch } from './types.ts';

// Local part and domain per the common subset of RFC 5322 that people actually write; the TLD is
// letters only so "v1.2@3.4" style strings do not count. Unicode letters are allowed (IDN).
// "icon@2x.png" is a file name, not an address.
const FILE_EXTENSION = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|pdf|js|ts|css|html?|json|txt)$/i;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}])/gu;

export const email: Detector = {
  name: 'email',
  description: 'E-mail addresses (also written as "name (at) host [dot] com").',
  scope: 'segment',
  keywords: ['@'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(EMAIL)) {
      const local = m[0].slice(0, m[0].indexOf('@'));
      if (local.startsWith('.') || local.endsWith('.') || local.includes('..') || FILE_EXTENSION.test(m[0])) continue;
      const domain = m[0].slice(local.length);
      matches.push({ start: m.index, end: m.index + m[0].length, label: 'e-mail address', replacement: `${local[0]}•••${domain}` });
    }
    return matches;
  },
};
