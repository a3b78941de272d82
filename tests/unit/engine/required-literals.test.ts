import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unicodeWordBoundaries } from '../../../rules/engine/boundaries.ts';
import { caselessKey } from '../../../rules/engine/matchers/needles.ts';
import { leadingLiterals, requiredLiterals } from '../../../rules/engine/matchers/required-literals.ts';
import { loadCorePack } from '../../../rules/engine/node.ts';
import type { Matcher } from '../../../rules/engine/schema.ts';

describe('requiredLiterals', () => {
  it('reads the pieces every alternative must contain, lower-cased', () => {
    expect(requiredLiterals('\\b(?:Switch|mov)(?:ed|ing)\\b')).toEqual(['switched', 'switching', 'moved', 'moving']);
    expect(requiredLiterals("\\bisn['’]t (?:great|good)")).toEqual(["isn't great", "isn't good", 'isn’t great', 'isn’t good']);
    expect(requiredLiterals('\\?|\\b(?:shares|stocks?)\\b')).toEqual(['?', 'shares', 'stocks', 'stock']);
  });

  it('takes the most selective piece of a sequence, across lookarounds and boundaries', () => {
    expect(requiredLiterals('(?<!\\bnot )\\bwe\\s+(?:will|shall) win\\b')).toEqual(['will win', 'shall win']);
    expect(requiredLiterals('\\bfrom \\d+ ?(?:ms|s) to\\b')).toEqual(['from ']);
    expect(requiredLiterals('(?:a|b)+ guaranteed')).toEqual([' guaranteed']);
  });

  it('gives no prefilter when an alternative has no literal, or a literal it cannot tell by case', () => {
    expect(requiredLiterals('\\bbest\\b|\\d{4}')).toBeUndefined();
    expect(requiredLiterals('^\\s*(?:\\S+(?:\\s+|$)){1,12}$')).toBeUndefined();
    expect(requiredLiterals('(?:great)?\\s*\\p{L}+')).toBeUndefined();
    expect(requiredLiterals('σ')).toBeUndefined();
    expect(requiredLiterals('[a-z]+')).toBeUndefined();
  });

  it('gives no prefilter for source it does not read (back-references, modifiers, bad syntax)', () => {
    expect(requiredLiterals('(?i:word)')).toBeUndefined();
    expect(requiredLiterals('(a)\\1')).toEqual(['a']);
    expect(requiredLiterals('word)')).toBeUndefined();
    expect(requiredLiterals('(word')).toBeUndefined();
  });
});

describe('leadingLiterals', () => {
  it('reads the pieces every match begins with, past boundaries and lookbehinds', () => {
    expect(leadingLiterals('\\b(?<!\\bnot )(?:Great|good(?:ness)?)\\b')).toEqual(['great', 'goodness', 'good']);
    expect(leadingLiterals('\\bwhat an? (?:[\\p{L}-]+ )?product')).toEqual(['what an ', 'what a ']);
    expect(leadingLiterals('(?:ab|cd)+ \\d+')).toEqual(['ab', 'cd']);
    expect(leadingLiterals('\\b(?:nobody|no one) (?:else )?comes close|\\bnothing \\p{L}+ beats')).toEqual([
      'nobody else comes close', 'nobody comes close', 'no one else comes close', 'no one comes close', 'nothing ',
    ]);
  });

  it('gives none when a match could begin otherwise', () => {
    expect(leadingLiterals('(?:really )?great')).toEqual(['really great', 'great']);
    expect(leadingLiterals('(?:really )?\\p{L}+ly')).toBeUndefined();
    expect(leadingLiterals('\\d+ users')).toBeUndefined();
    expect(leadingLiterals('great|\\p{L}+ly good')).toBeUndefined();
    expect(leadingLiterals('[a-z]+ing')).toBeUndefined();
    expect(leadingLiterals('σ word')).toBeUndefined();
    expect(leadingLiterals('')).toBeUndefined();
  });
});

/** Every pattern of the core pack, compiled as the engine compiles it. */
function corePatterns(): { source: string; regex: RegExp }[] {
  const out: { source: string; regex: RegExp }[] = [];
  const walk = (m: Matcher) => {
    if (m.type === 'pattern') out.push({ source: m.pattern, regex: new RegExp(unicodeWordBoundaries(m.pattern), m.caseSensitive ? 'u' : 'iu') });
    if (m.type === 'conditional') [m.if, m.and, m.unless].forEach((c) => c && walk(c));
    if (m.type === 'proximity') [m.a, m.b].forEach(walk);
    if (m.type === 'any') m.of.forEach(walk);
  };
  loadCorePack().rules.forEach((r) => walk(r.match));
  return out;
}

/** Texts made of a pattern's own words and a few separators, as typed and in capitals. */
function textsOfItsOwnWords(source: string): fc.Arbitrary<string> {
  const words = [...new Set(source.match(/[\p{L}'’?#@.:%-]+/gu) ?? [])];
  return fc
    .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', '. ', '-', '5', 'ᲀ')), { maxLength: 10 })
    .chain((parts) => fc.constantFrom(parts.join(''), parts.join('').toUpperCase()));
}

describe('a prefilter read from a regex', () => {
  const patterns = corePatterns().flatMap(({ source, regex }) => {
    const pieces = requiredLiterals(source);
    return pieces ? [{ source, regex, pieces }] : [];
  });

  it('exists for most patterns of the core pack', () => {
    expect(patterns.length).toBeGreaterThan(40);
  });

  it('never rules out a text the regex matches (texts made of the pattern’s own words, in any case)', () => {
    for (const { source, regex, pieces } of patterns) {
      fc.assert(
        fc.property(textsOfItsOwnWords(source), (t) => {
          const key = caselessKey(t.toLowerCase());
          expect(!regex.test(t) || pieces.some((p) => key.includes(p)), `/${source}/ on "${t}"`).toBe(true);
        }),
        { numRuns: 60 },
      );
    }
  });
});

describe('the pieces a match begins with, read from a regex', () => {
  const patterns = corePatterns().flatMap(({ source, regex }) => {
    const pieces = leadingLiterals(source);
    return pieces ? [{ source, regex: new RegExp(regex.source, `${regex.flags}g`), pieces }] : [];
  });

  it('exist for many patterns of the core pack', () => {
    expect(patterns.length).toBeGreaterThan(40);
  });

  it('are where every match begins (texts made of the pattern’s own words, in any case)', () => {
    for (const { source, regex, pieces } of patterns) {
      fc.assert(
        fc.property(textsOfItsOwnWords(source), (t) => {
          const key = caselessKey(t.toLowerCase());
          for (const m of t.matchAll(regex)) {
            if (m[0].length === 0) continue;
            expect(pieces.some((p) => key.startsWith(p, m.index)), `/${source}/ on "${t}" at ${m.index}`).toBe(true);
          }
        }),
        { numRuns: 60 },
      );
    }
  });
});
