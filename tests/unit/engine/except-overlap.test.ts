import { describe, expect, it } from 'vitest';
import { runPackExamples } from '../../../rules/engine/index.ts';
import { compileExceptions, exceptionTest } from '../../../rules/engine/matchers/exceptions.ts';
import { flagged, loadFixture, ruleChecker } from './helpers.ts';

describe('except phrases that overlap the hit', () => {
  it('excuse a hit they only overlap, not just one they contain', () => {
    const c = ruleChecker({ type: 'terms', terms: ['the best'], except: ['best practices'] });
    expect(flagged(c, 'Here are the best practices.')).toEqual([]);
    expect(flagged(c, 'We are the best. Practices differ.')).toEqual(['the best']);
  });

  it('still excuse a hit they contain, in any case when written in lower case', () => {
    const c = ruleChecker({ type: 'terms', terms: ['best'], except: ['all the best'] });
    expect(flagged(c, 'All the best, Dana')).toEqual([]);
    expect(flagged(c, 'All of the best ideas')).toEqual(['best']);
  });

  it('keep smart case: a capitalised phrase must match in case', () => {
    const c = ruleChecker({ type: 'terms', terms: ['blacklist'], except: ['The Blacklist'] });
    expect(flagged(c, 'Watching The Blacklist tonight.')).toEqual([]);
    expect(flagged(c, 'Add them to the blacklist.')).toEqual(['blacklist']);
  });

  it('do not excuse a hit they merely touch or that sits elsewhere in the sentence', () => {
    const c = ruleChecker({ type: 'pattern', pattern: '\\bkill(?:ing)?\\b', except: ['it'] });
    expect(flagged(c, 'killing it on stage')).toEqual(['killing']);
    const touching = ruleChecker({ type: 'terms', terms: ['best'], except: ['best practices'] });
    expect(flagged(touching, 'The best, best practices aside.')).toEqual(['best']);
  });

  it('work for pattern rules too', () => {
    const c = ruleChecker({ type: 'pattern', pattern: '\\bcrush(?:ing|ed)? (?:it|the \\w+)', except: ['crushing the competition'] });
    expect(flagged(c, 'We are crushing the competition lol')).toEqual([]);
    expect(flagged(c, 'We crushed it')).toEqual(['crushed it']);
  });
});

/** A phrase regex that counts how often the text is scanned for it. */
class CountingRegExp extends RegExp {
  scans = 0;
  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpMatchArray> {
    this.scans++;
    return super[Symbol.matchAll](text);
  }
}

describe('exceptionTest', () => {
  it('scans the text once for all hits, and not at all when nothing was hit', () => {
    const { phrases, anyPresent, none } = compileExceptions(['best practices']);
    const counting = new CountingRegExp(phrases()[0]!.source, phrases()[0]!.flags);
    const text = 'best practices, best practices and the best';
    const excepted = exceptionTest(text, { phrases: () => [counting], anyPresent, none });
    expect(counting.scans).toBe(0);
    expect([{ start: 0, end: 4 }, { start: 16, end: 20 }, { start: 39, end: 43 }].map(excepted)).toEqual([true, true, false]);
    expect(counting.scans).toBe(1);
  });

  it('does not look for each phrase where one pass finds none of them', () => {
    const exceptions = compileExceptions(['best practices', 'All the best', 'best regards']);
    const counting = exceptions.phrases().map((phrase) => new CountingRegExp(phrase.source, phrase.flags));
    const excepted = exceptionTest('the best team', { ...exceptions, phrases: () => counting });
    expect(excepted({ start: 4, end: 8 })).toBe(false);
    expect(counting.map((phrase) => phrase.scans)).toEqual([0, 0, 0]);
    // Smart case survives the joined pass: "All the best" is cased, so "all the best" does not excuse.
    expect(exceptionTest('all the best', exceptions)({ start: 8, end: 12 })).toBe(false);
    expect(exceptionTest('All the best', exceptions)({ start: 8, end: 12 })).toBe(true);
  });
});

describe('fixtures/except-overlap.yaml', () => {
  const { pack, checker } = loadFixture('except-overlap');

  it('passes its own examples', () => {
    expect(runPackExamples(checker, pack)).toEqual([]);
  });
});
