/**
 * A check done in pieces (Checker.begin) must end with exactly the findings of a full check, however
 * far it was stepped, whichever part was edited first, and for post-scope rules that see the whole
 * text (limits, multi-line private keys, "anywhere in the post" conditions).
 */
import { describe, expect, it } from 'vitest';
import { compilePacks, type CheckContext, type Checker, type RuleInfo } from '../../../rules/engine/index.ts';
import { loadPacks } from '../../../rules/engine/node.ts';
import { changedRange } from '../../../rules/engine/incremental.ts';
import { createChecker } from '../../../rules/engine/check.ts';
import type { SegmentNode } from '../../../rules/engine/matchers/types.ts';

const packs = loadPacks(['rules/packs/examples/northwind.yaml']);
/** Checked in pieces; its caches fill up across the tests, like a composer's over an editing session. */
const incremental: Checker = compilePacks(packs);
/** A fresh checker per full check, so nothing it returns comes from a cache the pieces filled. */
const fullCheck = (text: string, context?: CheckContext) => compilePacks(packs).check(text, context);

const examples = incremental.rules.flatMap((r) => r.examples.bad);
const DRAFTS: [string, string, CheckContext][] = [
  ['every bad example of both packs, one per line', examples.join('\n'), { platform: 'linkedin' }],
  ['the same as one paragraph, on X (over the length limit)', examples.join(' '), { platform: 'x' }],
  [
    'a private key across lines, between sentences',
    'Here is the key for the demo. -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\n-----END OPENSSH PRIVATE KEY-----\nThanks all!',
    {},
  ],
  ['Russian with a phone number', 'Мы запустили новый продукт. Звоните +7 495 123-45-67, спросите Ивана.', { platform: 'linkedin', locale: 'ru' }],
];

function stepped(text: string, context: CheckContext, steps: number, focus?: { start: number; end: number }) {
  const run = incremental.begin(text, context, focus);
  for (let i = 0; i < steps && run.step(); i++);
  return run.finish();
}

describe('Checker.begin', () => {
  for (const [name, text, context] of DRAFTS) {
    it(`finishes with the findings of a full check: ${name}`, () => {
      const expected = fullCheck(text, context);
      expect(expected.length).toBeGreaterThan(0);
      expect(stepped(text, context, 0)).toEqual(expected);
      expect(stepped(text, context, 7)).toEqual(expected);
      expect(stepped(text, context, Infinity)).toEqual(expected);
    });
  }

  it('finishes with the findings of a full check after each edit of a draft typed key by key', () => {
    const draft = `${examples.slice(0, 12).join(' ')} And we crushed Acme Rockets.`;
    let before = '';
    for (let end = 1; end <= draft.length; end += 17) {
      const text = draft.slice(0, end);
      expect(stepped(text, { platform: 'x' }, Infinity, changedRange(before, text))).toEqual(fullCheck(text, { platform: 'x' }));
      before = text;
    }
  });

  it('does the segments touching the edit first, then the others in order', () => {
    const seen: string[] = [];
    const recorder: SegmentNode = { scope: 'segment', id: 0, run: (segment) => (seen.push(segment.text), []) };
    const info: RuleInfo = { id: 't.recorder', packId: 't', category: 'respect', severity: 'tip', message: 'm', why: 'w', examples: { bad: ['x'], good: ['y'] } };
    const checker = createChecker({ rules: [{ info, node: recorder }], ruleOrder: new Map([['t.recorder', 0]]), org: {}, packs: [] });
    const text = 'First about the weather. Second about lunch. Third about a launch.';
    const edited = text.indexOf('lunch');
    const run = checker.begin(text, {}, { start: edited, end: edited + 5 });
    while (run.step());
    expect(seen).toEqual([' Second about lunch.', 'First about the weather.', ' Third about a launch.']);
  });

  it('steps one unit per rule and segment, then reports none left', () => {
    const count = (text: string) => {
      const run = incremental.begin(text, {});
      let units = 0;
      while (run.step()) units++;
      expect(run.step()).toBe(false);
      return units;
    };
    const perSegment = count('One short sentence.');
    expect(perSegment).toBeGreaterThan(0);
    expect(count('One short sentence. Another one. And a third.')).toBe(3 * perSegment);
  });

  it('treats text that is not a string like check() does', () => {
    const run = incremental.begin(42 as unknown as string, {});
    expect(run.step()).toBe(false);
    expect(run.finish()).toEqual([]);
  });
});

describe('Checker.warmUp', () => {
  it('runs each rule twice on each of its own examples, as written and as a two-byte string', () => {
    const seen: string[] = [];
    const recorder: SegmentNode = { scope: 'segment', id: 0, run: (segment) => (seen.push(segment.text), []) };
    const info: RuleInfo = { id: 't.recorder', packId: 't', category: 'respect', severity: 'tip', message: 'm', why: 'w', examples: { bad: ['bad one'], good: ['good one'] } };
    const checker = createChecker({ rules: [{ info, node: recorder }], ruleOrder: new Map([['t.recorder', 0]]), org: {}, packs: [] });
    const run = checker.warmUp();
    while (run.step());
    expect(seen).toEqual(['bad one', 'bad one', 'good one', 'good one', 'bad one \u2014', 'bad one \u2014', 'good one \u2014', 'good one \u2014']);
    expect(run.finish()).toEqual([]);
  });

  it('changes no finding', () => {
    const checker = compilePacks(packs);
    const text = examples.join('\n');
    const run = checker.warmUp();
    while (run.step());
    expect(checker.check(text, { platform: 'x' })).toEqual(fullCheck(text, { platform: 'x' }));
  });
});

describe('changedRange', () => {
  it('is the inserted part of a typed character', () => {
    expect(changedRange('Hello world', 'Hello, world')).toEqual({ start: 5, end: 6 });
  });
  it('is empty at the place of a deletion', () => {
    expect(changedRange('Hello, world', 'Hello world')).toEqual({ start: 5, end: 5 });
  });
  it('covers a replaced word', () => {
    expect(changedRange('We love synergy here', 'We love teamwork here')).toEqual({ start: 8, end: 16 });
  });
  it('is empty for equal texts and the whole text when nothing came before', () => {
    expect(changedRange('same', 'same')).toEqual({ start: 4, end: 4 });
    expect(changedRange('', 'new')).toEqual({ start: 0, end: 3 });
  });
  it('does not overlap prefix and suffix when a repeated letter is typed', () => {
    expect(changedRange('aa', 'aaa')).toEqual({ start: 2, end: 3 });
  });
});
