import { describe, expect, it } from 'vitest';
import type { Category, Finding, Severity } from '../../rules/engine/types.ts';
import {
  evaluate,
  idsFlaggedFor,
  median,
  outcomeFromFindings,
  percentile,
  ratio,
  scorePeer,
  type Outcome,
} from '../eval/metrics.ts';
import { excerpt, formatRecallByLanguage, formatTable } from '../eval/report.ts';

function finding(ruleId: string, category: Category, severity: Severity): Finding {
  return { ruleId, category, severity, start: 0, end: 1, excerpt: 'x', message: 'm' };
}

function outcome(flagged: Partial<Record<Category, string[]>>, alarm = false): Outcome {
  const entries = Object.entries(flagged) as [Category, string[]][];
  return { flagged: new Map(entries), alarm, alarmedCategories: new Set(alarm ? entries.map(([category]) => category) : []) };
}

describe('outcomeFromFindings', () => {
  it('flags categories of non-praise findings only, with each rule id once', () => {
    const result = outcomeFromFindings([
      finding('core.guys', 'inclusive-language', 'tip'),
      finding('core.guys', 'inclusive-language', 'tip'),
      finding('core.disclosure-present', 'disclosure', 'praise'),
      finding('core.email', 'personal-data', 'block'),
    ]);
    expect([...result.flagged.keys()].sort()).toEqual(['inclusive-language', 'personal-data']);
    expect(result.flagged.get('inclusive-language')).toEqual(['core.guys']);
    expect(result.alarm).toBe(true);
    expect([...result.alarmedCategories]).toEqual(['personal-data']);
  });

  it('raises no alarm for tips and praise', () => {
    const result = outcomeFromFindings([finding('a', 'claims', 'tip'), finding('b', 'brand', 'praise')]);
    expect(result.alarm).toBe(false);
    expect(outcomeFromFindings([]).flagged.size).toBe(0);
  });
});

describe('evaluate', () => {
  const posts = [
    { id: 'x-001', labels: ['credentials'] as Category[] },
    { id: 'x-002', labels: ['credentials', 'personal-data'] as Category[] },
    { id: 'x-003', labels: [] as Category[] },
    { id: 'x-004', labels: [] as Category[] },
  ];
  const outcomes = new Map<string, Outcome>([
    ['x-001', outcome({ credentials: ['core.aws'] }, true)],
    ['x-002', outcome({ credentials: ['core.github'] }, true)],
    ['x-003', outcome({ credentials: ['core.entropy'] }, true)],
    ['x-004', outcome({ claims: ['core.superlative'] })],
  ]);
  const result = evaluate(posts, outcomes);
  const score = (category: Category) => result.categories.find((entry) => entry.category === category);

  it('counts true positives, false positives and misses per category', () => {
    expect(score('credentials')).toMatchObject({ support: 2, tp: 2, fp: 1, fn: 0, recall: 1 });
    expect(score('credentials')?.precision).toBeCloseTo(2 / 3);
    expect(score('personal-data')).toMatchObject({ support: 1, tp: 0, fp: 0, fn: 1, recall: 0, precision: undefined });
    expect(score('claims')).toMatchObject({ support: 0, tp: 0, fp: 1, fn: 0, precision: 0, recall: undefined });
  });

  it('micro-averages over all categories', () => {
    expect(result.micro).toMatchObject({ tp: 2, fp: 2, fn: 1, precision: 0.5 });
    expect(result.micro.recall).toBeCloseTo(2 / 3);
  });

  it('counts clean posts with a block or warn finding, not those with tips', () => {
    expect(result).toMatchObject({ cleanPosts: 2, cleanAlarms: 1, cleanAlarmShare: 0.5 });
  });

  it('counts clean posts with any finding, tips included', () => {
    expect(result).toMatchObject({ cleanNoticed: 2, cleanNoticedShare: 1 });
  });

  it('tells the recall that block and warn findings reach without the tips', () => {
    const tipOnly = evaluate(posts, new Map([...outcomes, ['x-001', outcome({ credentials: ['core.entropy'] })]]));
    const credentials = tipOnly.categories.find((entry) => entry.category === 'credentials');
    expect(credentials).toMatchObject({ tp: 2, alarmTp: 1, alarmRecall: 0.5, recall: 1 });
    expect(score('credentials')).toMatchObject({ alarmTp: 2, alarmRecall: 1 });
  });

  it('lists every miss and false alarm with the rules that fired', () => {
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { id: 'x-002', category: 'personal-data', kind: 'miss', ruleIds: [] },
        { id: 'x-003', category: 'credentials', kind: 'false-alarm', ruleIds: ['core.entropy'] },
        { id: 'x-004', category: 'claims', kind: 'false-alarm', ruleIds: ['core.superlative'] },
      ]),
    );
    expect(result.errors).toHaveLength(3);
  });

  it('refuses to score a post without an outcome', () => {
    expect(() => evaluate([{ id: 'li-009', labels: [] }], new Map())).toThrow(/li-009/);
  });
});

describe('idsFlaggedFor', () => {
  it('lists the posts flagged for one category', () => {
    const outcomes = new Map<string, Outcome>([
      ['a', outcome({ respect: ['core.profanity'] })],
      ['b', outcome({ claims: ['core.superlative'] })],
      ['c', outcome({ respect: ['core.insult'], claims: ['core.absolute'] })],
    ]);
    expect([...idsFlaggedFor(outcomes, 'respect')]).toEqual(['a', 'c']);
  });
});

describe('scorePeer', () => {
  it('gives recall in its category and the false-alarm rate on posts without that label', () => {
    const posts = [
      { id: 'a', labels: ['respect'] as Category[] },
      { id: 'b', labels: ['respect', 'competitors'] as Category[] },
      { id: 'c', labels: ['competitors'] as Category[] },
      { id: 'd', labels: [] as Category[] },
    ];
    expect(scorePeer(posts, 'respect', new Set(['a', 'c']))).toEqual({
      category: 'respect',
      support: 2,
      tp: 1,
      recall: 0.5,
      negatives: 2,
      falseAlarms: 1,
      falseAlarmRate: 0.5,
    });
  });
});

describe('small helpers', () => {
  it('ratio has no value without a denominator', () => {
    expect(ratio(0, 0)).toBeUndefined();
    expect(ratio(1, 4)).toBe(0.25);
  });

  it('median of odd and even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('percentile is nearest-rank', () => {
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(percentile(values, 0.95)).toBe(10);
    expect(percentile(values, 0.5)).toBe(5);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 0.95)).toBeUndefined();
  });

  it('excerpt collapses whitespace, shows invisible characters and cuts long text', () => {
    expect(excerpt('Project He\u200bron\n\nships')).toBe('Project He\\u200bron ships');
    const cut = excerpt('a'.repeat(150));
    expect(cut).toHaveLength(100);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('formatTable aligns label columns left and figures right', () => {
    expect(formatTable(['name', 'n'], [['ab', '1'], ['a', '10']])).toBe(
      ['name   n', '----  --', 'ab     1', 'a     10'].join('\n'),
    );
  });

  it('formatRecallByLanguage shows recall with counts, and a dash where a language has no such post', () => {
    const posts = [
      { id: 'x-001', labels: ['brand'] as Category[] },
      { id: 'x-002', labels: ['brand'] as Category[] },
    ];
    const outcomes = new Map<string, Outcome>([
      ['x-001', outcome({ brand: ['core.brand'] })],
      ['x-002', outcome({})],
    ]);
    const table = formatRecallByLanguage([
      { lang: 'en', evaluation: evaluate(posts, outcomes) },
      { lang: 'ru', evaluation: evaluate([], outcomes) },
    ]);
    expect(table.split('\n').find((line) => line.startsWith('brand'))).toMatch(/^brand\s+0\.500 \(1\/2\)\s+—$/);
  });
});
