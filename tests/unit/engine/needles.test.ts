import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caselessKey, caselessPieceChar, NeedleIndex, type Needle } from '../../../rules/engine/matchers/needles.ts';
import { compileMatcher, type CompileEnv, type SegmentNode } from '../../../rules/engine/matchers/index.ts';
import { SegmentState } from '../../../rules/engine/segment-cache.ts';
import type { Matcher } from '../../../rules/engine/schema.ts';
import { isWordChar } from '../../../rules/engine/word-chars.ts';

/** What a gate means, written the slow way. */
function present(lower: string, needle: Needle): boolean {
  const text = needle.caseless ? caselessKey(lower) : lower;
  for (let i = text.indexOf(needle.text); i >= 0; i = text.indexOf(needle.text, i + 1)) {
    if (!needle.wordStart || i === 0 || !isWordChar(text[i - 1])) return true;
  }
  return false;
}

const letters = fc.constantFrom(...'aberw ou-.ᲀвс'.split(''));
const needleArb = fc.record({
  text: fc.string({ unit: letters, minLength: 1, maxLength: 3 }),
  wordStart: fc.boolean(),
  caseless: fc.boolean(),
});

describe('NeedleIndex', () => {
  it('passes a gate exactly when one of its needles is present, in one pass for all gates', () => {
    fc.assert(
      fc.property(fc.array(fc.array(needleArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.string({ unit: letters, maxLength: 30 }), (gates, lower) => {
        const index = new NeedleIndex();
        const ids = gates.map((needles) => index.gate(needles)!);
        const { passed } = index.scan(lower);
        return gates.every((needles, g) => (passed[ids[g]!.id] === 1) === needles.some((n) => present(lower, n)));
      }),
    );
  });

  it('never passes a gate without needles, and always one with an empty needle (as includes(""))', () => {
    const index = new NeedleIndex();
    const none = index.gate([])!;
    expect(index.gate([{ text: 'we' }, { text: '' }])).toBeUndefined();
    expect(index.scan('we all').passed[none.id]).toBe(0);
  });

  it('takes keywords as written: an upper-case one is never in the lower-cased sentence', () => {
    const index = new NeedleIndex();
    const upper = index.gate([{ text: 'AKIA' }])!;
    const lower = index.gate([{ text: 'akia' }])!;
    const { passed } = index.scan('akia1234');
    expect([passed[upper.id], passed[lower.id]]).toEqual([0, 1]);
  });

  it('counts a word-start needle only where no letter, digit or mark comes before it', () => {
    const index = new NeedleIndex();
    const our = index.gate([{ text: 'our', wordStart: true }])!;
    expect(index.scan('four hours').passed[our.id]).toBe(0);
    expect(index.scan('in "our" team').passed[our.id]).toBe(1);
  });

  it('tells a positional gate every place where one of its needles starts', () => {
    const index = new NeedleIndex();
    const terms = index.gate([{ text: 'we', wordStart: true }, { text: "we're", wordStart: true }, { text: '#', caseless: true }], { positional: true })!;
    const keywords = index.gate([{ text: 'we' }])!;
    const found = index.scan("we're sure we #won, owe");
    expect(found.starts[terms.id]).toEqual([0, 11, 14]);
    expect(found.starts[keywords.id]).toBeUndefined();
  });
});

/** Every code point that can be in a normalised segment (NFKC-stable), as one string. */
function everyStableCodePoint(): string {
  const out: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (ch.normalize('NFKC') === ch) out.push(ch);
  }
  return out.join('');
}

describe('caseless pieces', () => {
  const all = everyStableCodePoint();

  it('are found in the caseless key wherever a case-insensitive regex matches them', () => {
    const allowed = Array.from({ length: 0x2100 }, (_, code) => String.fromCharCode(code)).filter(caselessPieceChar);
    expect(allowed.length).toBeGreaterThan(140);
    const wrong: string[] = [];
    for (const ch of allowed) {
      for (const [x] of all.matchAll(new RegExp(ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'giu'))) {
        if (caselessKey(x.toLowerCase()) !== ch) wrong.push(`${ch} ~ U+${x.codePointAt(0)!.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keep word starts: lower case never turns a non-word character into a word character', () => {
    const wrong: string[] = [];
    for (const x of all) {
      const key = caselessKey(x.toLowerCase());
      if (!isWordChar(x.length === 1 ? x : x[1]) && isWordChar(key[key.length - 1])) wrong.push(x);
    }
    expect(wrong).toEqual([]);
  });

  it('take emoji, which have no case: a case-insensitive regex matches nothing else for them', () => {
    const emoji = /\p{Extended_Pictographic}/gu;
    const caseless = /\p{Extended_Pictographic}/giu;
    expect([...all.matchAll(caseless)].length).toBe([...all.matchAll(emoji)].length);
    expect(['🚀', '🤐', '⭐', '❤\ufe0f'].every((e) => [...e].every(caselessPieceChar))).toBe(true);
  });

  it('leave out letters that the caseless key cannot tell (Greek, long s, upper case)', () => {
    expect(['σ', 'ſ', 'A', 'İ', 'µ'].filter(caselessPieceChar)).toEqual([]);
    expect(['a', 'ß', 'в', '-', "'"].every(caselessPieceChar)).toBe(true);
  });
});

/**
 * A segment that runs every node without its prefilter and lets a terms list try every position (as
 * for a sentence whose lower case is longer, with an "İ"), to compare with the real one.
 */
class Ungated extends SegmentState {
  constructor(text: string) {
    super(text);
    Object.defineProperty(this, 'lower', { value: `${this.lower}\u0307` });
  }
  override passes(): boolean {
    return true;
  }
}

function segmentNode(matcher: Matcher): SegmentNode {
  let nextId = 0;
  const env: CompileEnv = { org: {}, nextId: () => nextId++, compiled: new Map(), needles: new NeedleIndex() };
  return compileMatcher(matcher, env) as SegmentNode;
}

describe('the terms prefilter and the places where a term can begin', () => {
  const terms = ['bad', 'our team', 'crap*', 'cherry-pick', 'city', 'сокращени*', '#fail', 'RIF', '🚀', 'to the 🌕'];
  const words = fc.constantFrom('bad', 'badge', 'Bad', 'our', 'hour', 'Our Team', 'our-team', 'team', 'crappy', 'cities', 'cherry-picked', 'Сокращения', 'сокращ', '#fail', 'rif', 'RIF', 'x', '🚀', '🚀🚀', 'to the 🌕');
  const text = fc.array(fc.oneof(words, fc.constantFrom(' ', '-', '.', '"', 'a', 'ᲀ')), { maxLength: 12 }).map((parts) => parts.join(''));

  for (const spec of [{ inflect: true }, { inflect: false }, { caseSensitive: true }]) {
    it(`never drops a hit (${JSON.stringify(spec)})`, () => {
      const node = segmentNode({ type: 'terms', terms, ...spec });
      fc.assert(
        fc.property(text, (t) => {
          expect(node.run(new SegmentState(t))).toEqual(node.run(new Ungated(t)));
        }),
      );
    });
  }

  it('skips a sentence where no term can begin, and only that', () => {
    const node = segmentNode({ type: 'terms', terms: ['our team', 'bad'] });
    const skipped = new Recording('four teams had a good day');
    expect(node.run(skipped)).toEqual([]);
    expect(skipped.answers).toEqual([false]);
    const scanned = new Recording('our team had a bad day');
    expect(node.run(scanned).map((h) => h.start)).toEqual([0, 15]);
    expect(scanned.answers).toEqual([true]);
  });
});

/** A segment that notes what its prefilters said. */
class Recording extends SegmentState {
  readonly answers: boolean[] = [];
  override passes(gate: Parameters<SegmentState['passes']>[0]): boolean {
    const answer = super.passes(gate);
    this.answers.push(answer);
    return answer;
  }
}
