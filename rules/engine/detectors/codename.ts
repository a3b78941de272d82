import type { Detector, DetectorMatch } from './types.ts';
import { cachedByList, escapeRegExp } from './org-terms.ts';

// Between letters of a codename people put spaces, dots, dashes or stars to slip past filters:
// "H e r o n", "H.e.r.o.n", "Project-Heron", "ProjectHeron".
const LETTER_GAP = String.raw`[\s.\-_*·•]?`;
const WORD_GAP = String.raw`[\s.\-_*·•]{0,3}`;

function spacedOut(codename: string): string {
  return codename
    .trim()
    .split(/\s+/)
    .map((word) => [...word].map(escapeRegExp).join(LETTER_GAP))
    .join(WORD_GAP);
}

const compileCodenames = cachedByList((codenames) => {
  const names = codenames.map((n) => n.trim()).filter((n) => n !== '').sort((a, b) => b.length - a.length);
  if (names.length === 0) return undefined;
  // One capture group per name, longest first, so the group that matched tells which name it was.
  const alternatives = names.map((n) => `(${spacedOut(n)})`).join('|');
  return { names, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu') };
});

export const codename: Detector = {
  name: 'codename',
  description:
    'The organisation\'s confidential codenames (org.codenames), case-insensitive, also spaced or dotted out ("H e r o n", "Project-Heron").',
  scope: 'segment',
  find(text, context) {
    const compiled = compileCodenames(context.org.codenames ?? []);
    if (!compiled) return [];
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(compiled.pattern)) {
      const name = compiled.names[m.slice(1).findIndex((group) => group !== undefined)];
      matches.push({ start: m.index, end: m.index + m[0].length, label: `codename “${name}”` });
    }
    return matches;
  },
};
