import type { Detector, DetectorMatch } from './types.ts';
import { cachedByList } from './org-terms.ts';
import { escapeRegExp } from '../regex-literal.ts';
import { LOOK_ALIKE_DIGITS } from '../matchers/leet.ts';
import { hasNearby, wordsPattern } from './nearby.ts';

// Between letters of a codename people put spaces, dots, dashes or stars to slip past filters:
// "H e r o n", "H.e.r.o.n", "Project-Heron", "ProjectHeron".
const LETTER_GAP = String.raw`[\s.\-_*·•]?`;
const WORD_GAP = String.raw`[\s.\-_*·•]{0,3}`;
// "Project Heron" is also talked about as just "Heron". Alone, that part is often an ordinary word
// ("The Heron's Cry"), so it counts only in capitals, with a version ("HERON", "Heron-2", "Heron v2"), or
// capitalised next to words about building software ("Heron's beta dashboard") and not after a word that
// makes it a bird ("a Heron", "the great Heron").
const GENERIC_PREFIX = /^(?:project|operation|codename|code name|проект|операция)\s+(?=\S)/i;
const VERSION_AFTER = /^[\s-]?v?\d/;
const WORK_CONTEXT = wordsPattern([
  // Not "release", "launch" or "pilot": books, films and the Heron drone have those too.
  'beta', 'alpha', 'dashboard', 'demo', 'roadmap', 'sprint', 'standup', 'stand-up', 'milestone', 'ships', 'shipping',
  'feature', 'features', 'build', 'prototype', 'rollout', 'deploy', 'API', 'UI', 'SDK', 'backend', 'frontend',
  'codebase', 'repo', 'spec', 'MVP', 'staging', 'QA', 'бета', 'демо', 'прототип',
]);
const WORK_WINDOW = { before: 30, after: 40 };
const BIRD_BEFORE = /(?:^|[^\p{L}])(?:a|an|grey|gray|great|blue|white|little|green|night|purple|wild)\s+$/iu;

interface Form {
  /** The codename as the profile spells it. */
  name: string;
  /** How it is written here: the full name or its distinctive part. */
  form: string;
  /** One-word forms are often ordinary words too ("osprey", "heron"): only capitalised ones count. */
  singleWord: boolean;
  /** The distinctive part of "Project Heron" written alone. */
  partial: boolean;
}

// Digits and symbols typed for letters: "H3r0n", "0spr3y", "Pr0ject", "Pr!ject".
const SYMBOLS_FOR: Readonly<Record<string, string>> = { a: '@', s: '$', i: '!', l: '|' };
const LOOK_ALIKES: Readonly<Record<string, string>> = Object.fromEntries(
  [...new Set(Object.values(LOOK_ALIKE_DIGITS).join(''))].map((letter) => [
    letter,
    Object.keys(LOOK_ALIKE_DIGITS).filter((digit) => LOOK_ALIKE_DIGITS[digit]!.includes(letter)).join('') + (SYMBOLS_FOR[letter] ?? ''),
  ]),
);

function letterPattern(char: string): string {
  const alike = LOOK_ALIKES[char.toLowerCase()];
  return alike ? `[${escapeRegExp(char + alike)}]` : escapeRegExp(char);
}

function spacedOut(form: string): string {
  return form
    .split(/\s+/)
    .map((word) => [...word].map(letterPattern).join(LETTER_GAP))
    .join(WORD_GAP);
}

/** Written with letters apart or digits for letters ("H.e.r.o.n", "H3r0n"): a disguise, never the ordinary word. */
function isDisguised(found: string, form: string): boolean {
  return found.replace(/\s+/g, ' ').toLowerCase() !== form.toLowerCase();
}

// The short form after a word for "project" or "codename" in English or Russian: "Проект Heron", "проектом Heron",
// "Операция «Heron»", "кодовое имя Osprey".
const NAMED_AS_PROJECT_BEFORE =
  /(?:^|[^\p{L}])(?:project|operation|codename|code\s{1,2}name|проект\p{L}{0,3}|операци\p{L}{1,2}|кодов\p{L}{2,3}\s{1,2}(?:имя|имени|названи\p{L}{1,2}))\s{1,3}[«"“'‘(]?$/iu;

function formsOf(codename: string): Form[] {
  const name = codename.trim().replace(/\s+/g, ' ');
  const distinctive = name.replace(GENERIC_PREFIX, '');
  return [...new Set([name, distinctive])].map((form) => ({
    name,
    form,
    singleWord: !form.includes(' '),
    partial: form !== name,
  }));
}

const compileCodenames = cachedByList((codenames) => {
  const forms = codenames
    .filter((n) => n.trim() !== '')
    .flatMap(formsOf)
    .sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return undefined;
  // One capture group per form, longest first, so the group that matched tells which it was.
  const alternatives = forms.map((f) => `(${spacedOut(f.form)})`).join('|');
  return { forms, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu') };
});

function isShouted(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** A capitalised short form talked about as a product in the making, not as the bird or word it also is. */
function atWork(text: string, start: number, end: number): boolean {
  return /^\p{Lu}/u.test(text[start] ?? '') && !BIRD_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && hasNearby(WORK_CONTEXT, text, start, end, WORK_WINDOW);
}

export const codename: Detector = {
  name: 'codename',
  description:
    'The organisation\'s confidential codenames (org.codenames), also spaced or dotted out ("H e r o n", "Project-Heron") or with digits for letters ("H3r0n"); the short form always when disguised or after a word for project ("Проект Heron"); "Project Heron" also as "HERON", "Heron-2" or a capitalised "Heron" next to work words ("Heron\'s beta dashboard"). Multi-word forms match in any case, one-word forms only capitalised (so the bird "osprey" is not codename "Osprey").',
  scope: 'segment',
  find(text, context) {
    const compiled = compileCodenames(context.org.codenames ?? []);
    if (!compiled) return [];
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(compiled.pattern)) {
      const form = compiled.forms[m.slice(1).findIndex((group) => group !== undefined)]!;
      const end = m.index + m[0].length;
      const named = isDisguised(m[0], form.form) || NAMED_AS_PROJECT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
      if (!named && form.singleWord && !/^\p{Lu}/u.test(m[0])) continue;
      if (!named && form.partial && !isShouted(m[0]) && !VERSION_AFTER.test(text.slice(end, end + 3)) && !atWork(text, m.index, end)) continue;
      matches.push({ start: m.index, end, label: `codename “${form.name}”` });
    }
    return matches;
  },
};
