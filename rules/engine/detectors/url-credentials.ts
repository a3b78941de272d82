import type { Detector, DetectorMatch } from './types.ts';
import { looksLikeSecretValue } from './secret-value.ts';
import { HIDDEN_VALUE } from './mask.ts';

// scheme://user:password@host — user and password never contain "/", "@" or spaces.
const URL_WITH_PASSWORD = /(?<![\p{L}\p{N}_])[a-z][a-z0-9+.-]{1,15}:\/\/([^\s/?#@:]{0,128}):([^\s/?#@]{1,256})@[\p{L}\p{N}.-]{1,253}/giu;

export const urlCredentials: Detector = {
  name: 'url-credentials',
  description: 'URLs with a user name and password in them (scheme://user:pass@host), e.g. database connection strings.',
  scope: 'segment',
  keywords: ['://'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(URL_WITH_PASSWORD)) {
      const password = m[2]!;
      if (!looksLikeSecretValue(decodeURIComponentSafe(password), 1, false)) continue;
      const passwordStart = m.index + m[0].indexOf('://') + 3 + m[1]!.length + 1;
      const replacement = text.slice(m.index, passwordStart) + HIDDEN_VALUE + text.slice(passwordStart + password.length, m.index + m[0].length);
      matches.push({ start: m.index, end: m.index + m[0].length, label: 'password in a URL', replacement });
    }
    return matches;
  },
};

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
