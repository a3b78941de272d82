import type { Detector, DetectorMatch } from './types.ts';
import { cachedByList } from './org-terms.ts';
import { escapeRegExp } from '../regex-literal.ts';

// An optional scheme, sub-hosts, the host, an optional port and path: the whole link is reported.
const SCHEME = String.raw`(?:[a-z][a-z0-9+.-]{1,15}://)?`;
const SUB_HOSTS = String.raw`(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){0,10}`;
const PORT_AND_PATH = String.raw`(?::\d{1,5})?(?:[/?#][^\s<>"'«»]{0,2000})?`;
const BEFORE = String.raw`(?<![\p{L}\p{N}_.-])`;
const AFTER = String.raw`(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])`;

// Generic internal-only names: reserved or conventional private suffixes (lower case, as hosts are
// written), and intranet.* hosts.
const GENERIC_SUFFIXES = ['internal', 'corp', 'local', 'lan', 'intranet', 'localdomain', 'home.arpa'];
const GENERIC = new RegExp(
  `${BEFORE}${SCHEME}(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){1,10}(?:${GENERIC_SUFFIXES.map(escapeRegExp).join('|')})|intranet(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){2,10})${AFTER}${PORT_AND_PATH}`,
  'gu',
);

// Go links ("go/heron-roadmap") are short names that only resolve on the company network; "go/no-go" is a decision.
const GO_LINK = /(?<![\p{L}\p{N}_./-])(?:https?:\/\/)?go\/(?!(?:no|stop|wait|yes|and|or|slow|fast)(?:[^\p{L}\p{N}]|$))[a-z0-9][a-z0-9_-]{2,60}(?:\/[\w.-]{1,60}){0,5}(?![\p{L}\p{N}_-])/giu;

const compileOrgDomains = cachedByList((domains) => {
  // Profiles are filled in by hand: accept "*.corp.example", "https://corp.example/" and "corp.example.".
  const cleaned = domains
    .map((d) => d.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[/?#].*$/, '').replace(/^\*?\./, '').replace(/\.$/, ''))
    .filter((d) => d !== '');
  if (cleaned.length === 0) return undefined;
  const hosts = cleaned.map(escapeRegExp).join('|');
  return {
    hints: cleaned.map((d) => d.toLowerCase()),
    pattern: new RegExp(`${BEFORE}${SCHEME}${SUB_HOSTS}(?:${hosts})${AFTER}${PORT_AND_PATH}`, 'giu'),
  };
});
const GENERIC_HINTS = [...GENERIC_SUFFIXES.map((s) => `.${s}`), 'intranet.'];

/** The patterns worth running: a host can only be there if its text is (a cheap substring test). */
function patternsFor(text: string, org: ReturnType<typeof compileOrgDomains>): RegExp[] {
  const patterns: RegExp[] = [];
  const lower = text.toLowerCase();
  if (org && org.hints.some((hint) => lower.includes(hint))) patterns.push(org.pattern);
  if (GENERIC_HINTS.some((hint) => text.includes(hint))) patterns.push(GENERIC);
  if (lower.includes('go/')) patterns.push(GO_LINK);
  return patterns;
}

/** Punctuation that ends a sentence is not part of the link. */
function trimTrailingPunctuation(text: string, start: number, end: number): number {
  while (end > start && /[.,;:!?)\]]/.test(text[end - 1]!)) end--;
  return end;
}

export const internalHost: Detector = {
  name: 'internal-host',
  description:
    'Internal hosts and links: the org\'s internalDomains and any sub-host or URL on them, plus *.internal, *.corp, *.local, *.lan and intranet.* hosts, and go/ links.',
  scope: 'segment',
  find(text, context) {
    const org = compileOrgDomains(context.org.internalDomains ?? []);
    const matches: DetectorMatch[] = [];
    const seen = new Set<number>();
    for (const pattern of patternsFor(text, org)) {
      for (const m of text.matchAll(pattern)) {
        if (seen.has(m.index)) continue;
        seen.add(m.index);
        const end = trimTrailingPunctuation(text, m.index, m.index + m[0].length);
        matches.push({ start: m.index, end, label: 'internal host' });
      }
    }
    return matches.sort((a, b) => a.start - b.start);
  },
};
