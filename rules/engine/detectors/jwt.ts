import type { Detector, DetectorMatch } from './types.ts';
import { decodeBase64Url } from './base64url.ts';
import { isDocumentedExample } from './documented-example.ts';

// header.payload.signature; a JSON header always starts with '{"', which is "eyJ" in base64url.
const TOKEN = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,2000}\.[A-Za-z0-9_-]{2,8000}\.[A-Za-z0-9_-]{0,2000}(?![A-Za-z0-9_-])/g;

function headerHasAlg(token: string): boolean {
  const header = decodeBase64Url(token.slice(0, token.indexOf('.')));
  if (header === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(header);
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

export const jwt: Detector = {
  name: 'jwt',
  description: 'JSON Web Tokens: three base64url parts whose header decodes to JSON with an "alg".',
  scope: 'segment',
  keywords: ['eyj'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(TOKEN)) {
      if (!headerHasAlg(m[0]) || isDocumentedExample(m[0])) continue;
      matches.push({ start: m.index, end: m.index + m[0].length, label: 'JSON Web Token', replacement: 'eyJ••••••••' });
    }
    return matches;
  },
};
