import type { Detector, DetectorMatch } from './types.ts';

// Local part and domain per the common subset of RFC 5322 that people actually write; the TLD is
// letters only so "v1.2@3.4" style strings do not count. Unicode letters are allowed (IDN).
// The engine already turns "(at)" and "[dot]" into "@" and "."; the Russian "(собака)" and
// "(точка)" are read here.
const AT = String.raw`(?:@|\s?[(\[]собака[)\]]\s?)`;
const DOT = String.raw`(?:\.|\s?[(\[]точка[)\]]\s?)`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64})${AT}(?:${LABEL}${DOT}){1,10}\p{L}{2,24}(?![\p{L}\p{N}])`,
  'giu',
);
// Spelled out in plain words: "maya dot patel at gmail dot com", "ivan собака yandex точка ru". Only with a
// known top-level domain after the last "dot", so "meet at noon" or "dot at the end" are no address.
const WORD = String.raw`[\p{L}\p{N}_-]{1,40}`;
const SPOKEN_DOT = String.raw`\s(?:dot|точка)\s`;
const TLD = 'com|org|net|io|co|ru|uk|de|fr|nl|es|it|pl|eu|dev|app|me|info|biz|us|ca|au|ch|se|no|fi|dk|be|at|cz|ua|by|kz|рф';
const SPOKEN_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}_-])(${WORD}(?:${SPOKEN_DOT}${WORD}){0,3})\s(?:at|собака)\s(${WORD}(?:${SPOKEN_DOT}${WORD}){0,3}${SPOKEN_DOT}(?:${TLD}))(?![\p{L}\p{N}])`,
  'giu',
);

// "icon@2x.png" is a file name, not an address.
const FILE_EXTENSION = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|pdf|js|ts|css|html?|json|txt)$/i;

/** "postgres://user:pa55@db.host" holds a password, not an address (url-credentials reports it). */
function insideUrl(text: string, start: number): boolean {
  const word = text.slice(Math.max(0, start - 300), start).split(/\s/).pop() ?? '';
  return word.includes('://');
}

export const email: Detector = {
  name: 'email',
  description:
    'E-mail addresses (also written as "name (at) host [dot] com", "имя(собака)mail.ru" or "maya dot patel at gmail dot com"); not file names like icon@2x.png.',
  scope: 'segment',
  keywords: ['@', 'собака', ' dot ', ' точка '],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(EMAIL)) {
      const local = m[1]!;
      if (local.startsWith('.') || local.endsWith('.') || local.includes('..') || FILE_EXTENSION.test(m[0])) continue;
      if (insideUrl(text, m.index)) continue;
      const domain = m[0].slice(local.length);
      matches.push({ start: m.index, end: m.index + m[0].length, label: 'e-mail address', replacement: `${local[0]}•••${domain}` });
    }
    for (const m of text.matchAll(SPOKEN_EMAIL)) {
      const domain = m[2]!.replace(new RegExp(SPOKEN_DOT, 'giu'), '.');
      matches.push({ start: m.index, end: m.index + m[0].length, label: 'e-mail address', replacement: `${m[1]![0]}•••@${domain}` });
    }
    return matches.sort((a, b) => a.start - b.start);
  },
};
