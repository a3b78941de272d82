import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { twoSidedWordBoundaries, unicodeWordBoundaries } from '../../../rules/engine/boundaries.ts';
import { CORE_PACK_PATH } from '../../../rules/engine/node.ts';

const ONE_SIDED = /^\(\?<!\[\\p\{L\}\\p\{N\}\\p\{M\}_\]\)|\(\?!\[\\p\{L\}\\p\{N\}\\p\{M\}_\]\)$/;

function patternsIn(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => patternsIn(child, into));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') into.push(value);
      else patternsIn(value, into);
    }
  }
  return into;
}

const HAND_WRITTEN = [
  '\\bbest\\b', '\\b(?:a|b)\\b', 'x?\\b', '\\bs?-', '\\b(?:a|)\\b', 'ab\\b(?=c)', '(?<!\\bfoo)\\bbar',
  '[\\b]\\b-', '\\b\\d+\\b', '\\b\\u0041\\b', '\\b\\x20\\b', '\\b[a-z]+\\b', '\\b[^a-z]\\b', '\\b[!-z]\\b',
  '\\b\\p{L}+\\b', '\\b\\p{P}\\b', '\\b(?<word>go)+\\b', '\\b.\\b', '(?:x|y\\b)z?', '\\b(?:-a|b)',
];
const CORE_PATTERNS = patternsIn(parse(readFileSync(CORE_PACK_PATH, 'utf8')));
const ALPHABET = ['a', 'b', 'x', 'y', 'z', 'g', 'o', 's', 'е', 'é', '5', '_', '-', ' ', '.', '!', 'A', '\u0301', 'best', 'foo', 'bar', 'go'];

function matches(source: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, 'giu'))].map((m) => `${m.index}:${m[0]}`);
}

describe('unicodeWordBoundaries', () => {
  it('makes a boundary one-sided where the pattern puts a word character beside it', () => {
    expect(unicodeWordBoundaries('\\bbest\\b')).toMatch(/^\(\?<!.*\)best\(\?!.*\)$/);
    expect(unicodeWordBoundaries('\\b(?:great|fast) (?:support|docs)\\b')).toMatch(ONE_SIDED);
    expect(unicodeWordBoundaries('x?\\b')).toBe(twoSidedWordBoundaries('x?\\b'));
    expect(unicodeWordBoundaries('\\b[^a-z]')).toBe(twoSidedWordBoundaries('\\b[^a-z]'));
  });

  it('falls back to the two-sided rewrite for source it cannot read', () => {
    expect(unicodeWordBoundaries('\\b(unclosed')).toBe(twoSidedWordBoundaries('\\b(unclosed'));
  });

  it('leaves most boundaries of the core pack one-sided', () => {
    const rewritten = CORE_PATTERNS.map(unicodeWordBoundaries).join('');
    const twoSided = (rewritten.match(/\(\?:\(\?<=/g) ?? []).length;
    const all = CORE_PATTERNS.join('').split('\\b').length - 1;
    expect(all).toBeGreaterThan(50);
    expect(twoSided / all).toBeLessThan(0.2);
  });

  it.each([...HAND_WRITTEN, ...CORE_PATTERNS].map((p) => [p]))('matches exactly what the two-sided rewrite matches: %s', (pattern) => {
    const fast = unicodeWordBoundaries(pattern);
    const plain = twoSidedWordBoundaries(pattern);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET, ...wordsOf(pattern)), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(matches(fast, text)).toEqual(matches(plain, text));
      }),
      { numRuns: 150 },
    );
  });
});

/** Words of the pattern itself, so fuzzed text reaches past its first literal. */
function wordsOf(pattern: string): string[] {
  const words = pattern.replace(/\\[pPk]\{[^}]*\}|\\./g, ' ').match(/\p{L}{2,}/gu) ?? [];
  return [...new Set(words)].slice(0, 40).flatMap((w) => [w, ` ${w} `, `${w}s`]);
}
