import { describe, expect, it } from 'vitest';
import { planFixes } from '../../../demo/fix-plan.ts';
import { runPackExamples, type Finding } from '../../../rules/engine/index.ts';
import { loadFixture, oneRuleYaml, packErrorOf } from './helpers.ts';

const { pack, checker } = loadFixture('sentence-fix');

function only(text: string, ruleId: string, locale = 'en'): Finding[] {
  return checker.check(text, { locale }).filter((f) => f.ruleId === ruleId);
}

/** What every quick-fix path does (tip card, pre-post dialog, demo): replace the finding's range. */
function applied(text: string, finding: Finding): string {
  return text.slice(0, finding.start) + finding.fixes![0]!.replacement + text.slice(finding.end);
}

describe('{ rewrite: sentence, to }', () => {
  it('reports the sentence and rewrites it; the message still names the flagged words', () => {
    const text = 'Great quarter. Revenue will double next year! Thanks, team.';
    const [finding] = only(text, 'fixture.forecast');
    expect(text.slice(finding!.start, finding!.end)).toBe('Revenue will double next year!');
    expect(finding!.excerpt).toBe('Revenue will double next year!');
    expect(finding!.message).toBe('“will double” forecasts results; only the company does that.');
    expect(finding!.fixes).toEqual([{ label: 'Rewrite the sentence', replacement: "I'm excited about what Northwind Cloud is building." }]);
    expect(applied(text, finding!)).toBe("Great quarter. I'm excited about what Northwind Cloud is building. Thanks, team.");
  });

  it('labels the fix in the reader’s language', () => {
    const [finding] = only('Revenue will double!', 'fixture.forecast', 'ru');
    expect(finding!.fixes?.[0]?.label).toBe('Переписать предложение');
  });

  it('reports one finding for two hits in one sentence', () => {
    expect(only('Revenue will double and profit will triple. Fine.', 'fixture.forecast')).toHaveLength(1);
    expect(only('Revenue will double. Profit will triple.', 'fixture.forecast')).toHaveLength(2);
  });

  it('keeps its offsets on the typed text when normalisation removed or folded characters', () => {
    // Zero-width space and a ligature before the hit, a zero-width joiner inside it, Cyrillic "е" in "Rеvenue".
    const text = 'O\u200Bur ﬁrst year. Rеvenue will d\u200Double next year! Bye.';
    const [finding] = only(text, 'fixture.forecast');
    expect(text.slice(finding!.start, finding!.end)).toBe('Rеvenue will d\u200Double next year!');
    expect(finding!.message).toContain('“will d\u200Double”');
    expect(applied(text, finding!)).toBe("O\u200Bur ﬁrst year. I'm excited about what Northwind Cloud is building. Bye.");
  });

  it('can keep the sentence and add to it with {sentence}', () => {
    const text = 'Loved my free trip to Lisbon! Back to work.';
    const [finding] = only(text, 'fixture.sponsored');
    expect(applied(text, finding!)).toBe('Loved my free trip to Lisbon! #ad Back to work.');
  });
});

describe('{ remove: sentence }', () => {
  it('removes a sentence with the space before the next one', () => {
    const text = 'Big news soon. I can’t say more. Follow us!';
    const [finding] = only(text, 'fixture.insider');
    expect(finding!.fixes).toEqual([{ label: 'Drop the hint', replacement: '' }]);
    expect(applied(text, finding!)).toBe('Big news soon. Follow us!');
  });

  it('removes the last sentence of a line with the space before it, and leaves other lines alone', () => {
    const text = 'Big news soon. I can’t say more.\nSee you there.';
    const [finding] = only(text, 'fixture.insider');
    expect(applied(text, finding!)).toBe('Big news soon.\nSee you there.');
  });

  it('removes a post that is just that sentence', () => {
    const text = "I can't say more";
    expect(applied(text, only(text, 'fixture.insider')[0]!)).toBe('');
  });
});

describe('the demo’s quick-fix plan', () => {
  it('applies sentence fixes until the post is clean', () => {
    const bad = 'Big news soon. I can’t say more. Revenue will double next year!';
    const steps = planFixes(bad, null, (text) => checker.check(text));
    expect(steps.map((s) => s.step.kind)).toEqual(['fix', 'fix']);
    expect(steps[steps.length - 1]!.text).toBe("Big news soon. I'm excited about what Northwind Cloud is building.");
  });
});

describe('fixtures/sentence-fix.yaml', () => {
  it('passes its own examples', () => {
    expect(runPackExamples(checker, pack)).toEqual([]);
  });
});

const fixError = (fix: string) => packErrorOf(oneRuleYaml(`    match: { type: terms, terms: [x] }\n    fix: ${fix}\n`));

describe('sentence fixes of the wrong shape', () => {
  it('say what is wrong, with line and column', () => {
    expect(fixError('{ remove: paragraph }').message).toBe(
      'p.yaml:11:10: rule p.r: rules.0.fix: fix.remove takes only "sentence" (to remove the flagged words, write fix: "")',
    );
    expect(fixError('{ rewrite: sentence }').reason).toMatch(/\{ rewrite: sentence \} needs "to": the new sentence/);
    expect(fixError('{ rewrite: word, to: x }').reason).toMatch(/fix\.rewrite takes only "sentence"/);
    expect(fixError('{ remove: sentence, to: x }').reason).toBe('rules.0.fix: Unrecognized key: "to"');
    expect(fixError('{ with: x }').reason).toMatch(/a fix is text, \{ replacement: "…" \}, \{ rewrite: sentence, to: "…" \} or \{ remove: sentence \}/);
  });
});
