import { describe, expect, it } from 'vitest';
import { runPackExamples } from '../../../rules/engine/index.ts';
import { flagged, loadFixture, oneRuleYaml, packErrorOf, ruleChecker } from './helpers.ts';

const insults = { type: 'terms' as const, terms: ['idiot', 'moron'] };
const shouting = { type: 'pattern' as const, pattern: '\\b[A-Z]{4,}\\b', caseSensitive: true };

describe('any', () => {
  it('matches wherever one of its matchers matches, each finding on that matcher’s own words', () => {
    const c = ruleChecker({ type: 'any', of: [insults, shouting] });
    expect(flagged(c, 'What an idiot. STOP NOW please. Moron!')).toEqual(['idiot', 'STOP', 'Moron']);
    expect(flagged(c, 'Idiotic, but fine. Stop now.')).toEqual([]);
  });

  it('reports a place two of its matchers share once, the longer match', () => {
    const c = ruleChecker({ type: 'any', of: [{ type: 'terms', terms: ['dumb'] }, { type: 'terms', terms: ['dumb idea'] }] });
    const findings = c.check('A dumb idea.');
    expect(findings.map((f) => [f.start, f.end])).toEqual([[2, 11]]);
  });

  it('keeps each matcher’s facts for the message and fix (a terms replacement)', () => {
    const c = ruleChecker({ type: 'any', of: [{ type: 'terms', terms: { guys: 'everyone' } }, shouting] }, { fix: '{replacement}' });
    const [finding] = c.check('Thanks guys');
    expect(finding?.fixes?.[0]?.replacement).toBe('everyone');
  });

  it('works as a sentence condition: the sentence needs one of the words', () => {
    const c = ruleChecker({
      type: 'conditional',
      scope: 'sentence',
      if: { type: 'terms', terms: ['Contoso'] },
      and: { type: 'any', of: [{ type: 'terms', terms: ['garbage'] }, { type: 'pattern', pattern: '\\bsucks?\\b' }] },
    });
    expect(flagged(c, 'Contoso sucks. Contoso is fine. Garbage day.')).toEqual(['Contoso']);
  });

  it('works inside proximity', () => {
    const c = ruleChecker({
      type: 'proximity',
      within: 2,
      a: { type: 'any', of: [{ type: 'terms', terms: ['Contoso'] }, { type: 'terms', terms: ['Fabrikam'] }] },
      b: { type: 'terms', terms: ['garbage'] },
    });
    expect(flagged(c, 'Fabrikam is garbage. Contoso, as I said many times before, garbage.')).toEqual(['Fabrikam is garbage']);
  });

  it('runs over the whole post when one of its matchers does (a limit)', () => {
    const c = ruleChecker({ type: 'any', of: [{ type: 'limit', measure: 'hashtags', max: 2 }, insults] });
    const text = 'Idiot. #a #b #c #d';
    expect(flagged(c, text)).toEqual(['Idiot', '#c #d']);
    expect(flagged(c, '#a #b fine')).toEqual([]);
  });

  it('rejects an empty list with the line of the rule', () => {
    const error = packErrorOf(oneRuleYaml('    match: { type: any, of: [] }\n'));
    expect(error.line).toBe(10);
    expect(error.ruleId).toBe('p.r');
    expect(error.reason).toMatch(/"any" needs at least one matcher in "of"/);
  });
});

describe('fixtures/any.yaml', () => {
  const { pack, checker } = loadFixture('any');

  it('passes its own examples', () => {
    expect(runPackExamples(checker, pack)).toEqual([]);
  });

  it('points at the e-mail or the phone number, whichever the sentence has', () => {
    const text = 'Write to dana.lee@example.com or call +44 20 7946 0958. The office line is 555 0199.';
    expect(flagged(checker, text)).toEqual(['dana.lee@example.com', '+44 20 7946 0958']);
  });
});
