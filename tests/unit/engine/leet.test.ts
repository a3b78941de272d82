import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePacks, PackError, runPackExamples } from '../../../rules/engine/index.ts';
import { AMBIGUOUS_ONE, foldLeet } from '../../../rules/engine/matchers/leet.ts';
import { flagged, loadFixture, packOf, ruleChecker } from './helpers.ts';

const org = { name: 'Northwind Cloud', aliases: ['Northwind'], handles: ['@northwind'], competitors: ['Contoso', 'Fabrikam'], codenames: ['Osprey'] };
const shown = (text: string) => foldLeet(text).replaceAll(AMBIGUOUS_ONE, '¹');

describe('foldLeet', () => {
  it('folds words that mix letters with look-alike digits, keeping the length', () => {
    expect(shown('C0ntoso N0rthw1nd 0spr3y H3r0n w00t C@ntoso NW$CL')).toBe('Contoso Northw¹nd osprey Heron woot Cantoso NWsCL');
  });

  it('leaves numbers, versions, codes, tickers, prices, handles and hashes alone', () => {
    const ordinary =
      'v1.0 3D B2B 4K COVID-19 i18n K8s Win10 100ms 1st 4ever Q4 $NWCL $5 @northwind 4111 1111 1111 1111 +1 555 0100 ' +
      'C0FFEE d0ef3e1 Contos0 x64 MP3 2FA 10am 1x1';
    expect(foldLeet(ordinary)).toBe(ordinary);
  });

  it('keeps the "@" of an e-mail address', () => {
    expect(shown('j0hn@n0rthwind.com')).toBe('john@northwind.com');
  });

  it('never changes the length, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => foldLeet(text).length === text.length));
  });
});

describe('terms with digits for letters', () => {
  it('are on by default for names from the profile, with exact offsets', () => {
    const c = ruleChecker({ type: 'terms', from: ['org.competitors', 'org.name'] }, { org });
    expect(flagged(c, 'C0ntoso, F4br1kam and N0rthw1nd C1oud, even a\u200Bfter C0nt0s0.')).toEqual(['C0ntoso', 'F4br1kam', 'N0rthw1nd C1oud', 'C0nt0s0']);
  });

  it('read "1" as "l" or "i"', () => {
    const c = ruleChecker({ type: 'terms', terms: ['Heli', 'Lilo'], leet: true });
    expect(flagged(c, 'He11 He1i L1l0')).toEqual(['He1i', 'L1l0']);
  });

  it('are off by default for listed terms, handles, and exact-case lists', () => {
    expect(flagged(ruleChecker({ type: 'terms', terms: ['idiot'] }), '1d10t and id10t')).toEqual([]);
    expect(flagged(ruleChecker({ type: 'terms', terms: ['idiot'], leet: true }), 'what an id1ot')).toEqual(['id1ot']);
    expect(flagged(ruleChecker({ type: 'terms', from: ['org.handles'] }, { org }), 'ping @n0rthwind')).toEqual([]);
    expect(flagged(ruleChecker({ type: 'terms', from: ['org.competitors'], caseSensitive: true }, { org }), 'C0ntoso')).toEqual([]);
    expect(flagged(ruleChecker({ type: 'terms', from: ['org.competitors'], leet: false }, { org }), 'C0ntoso')).toEqual([]);
  });

  it('never lose a plain hit that folding would hide', () => {
    const c = ruleChecker({ type: 'terms', from: ['org.competitors'] }, { org });
    expect(flagged(c, 'mail sales@contoso or w1th@Contoso')).toEqual(['contoso', 'Contoso']);
  });

  it('with leet: only, report just the disguised spellings', () => {
    const c = ruleChecker({ type: 'terms', from: ['org.codenames'], leet: 'only' }, { org });
    expect(flagged(c, 'An osprey. Osprey. 0spr3y and OSPR3Y.')).toEqual(['0spr3y', 'OSPR3Y']);
  });

  it('do not hide anything from detectors, which see the text as typed', () => {
    const c = compilePacks([
      packOf(
        [
          { id: 't.names', match: { type: 'terms', from: ['org.competitors'] }, category: 'competitors' },
          { id: 't.card', match: { type: 'detector', detector: 'payment-card' }, category: 'personal-data' },
          { id: 't.mail', match: { type: 'detector', detector: 'email' }, category: 'personal-data' },
        ],
        { org },
      ),
    ]);
    const text = 'C0ntoso card 4111 1111 1111 1111, mail j0hn@c0nt0s0.com';
    expect(c.check(text).map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([
      ['t.names', 'C0ntoso'],
      ['t.card', '4111 1111 1111 1111'],
      ['t.mail', 'j0hn@c0nt0s0.com'],
      ['t.names', 'c0nt0s0'],
    ]);
  });

  it('find a disguised name wherever a digit sits between its letters, and flag only what folds back to it', () => {
    const c = ruleChecker({ type: 'terms', from: ['org.competitors'] }, { org: { competitors: ['Contoso'] } });
    const spellings: Record<string, string[]> = { c: ['c', 'C'], o: ['o', 'O', '0'], n: ['n', 'N'], t: ['t', 'T', '7'], s: ['s', 'S', '5', '$'] };
    const disguised = fc.tuple(...[...'contoso'].map((ch) => fc.constantFrom(...spellings[ch]!))).map((chars) => chars.join(''));
    const noise = fc.array(fc.constantFrom('x', '4', '1', '@', '$', '.', '-', 'ab', '2', '\u200B', ' '), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(noise, disguised, noise, (before, word, after) => {
        const text = `${before} ${word} ${after}`;
        const findings = c.check(text);
        const lastLetter = word.search(/\p{L}[^\p{L}]*$/u);
        const firstFoldable = word.search(/[0-9$]/);
        const expectFound = firstFoldable === -1 || firstFoldable < lastLetter;
        const at = before.length + 1;
        return (
          findings.every((f) => f.end <= text.length && foldLeet(text.slice(f.start, f.end)).toLowerCase() === 'contoso') &&
          findings.some((f) => f.start === at && f.end === at + word.length) === expectFound
        );
      }),
    );
  });

  it('cannot be combined with misspelled', () => {
    expect(() => ruleChecker({ type: 'terms', from: ['org.competitors'], misspelled: true, leet: true }, { org })).toThrow(PackError);
    expect(() => ruleChecker({ type: 'terms', from: ['org.competitors'], misspelled: true, leet: true }, { org })).toThrow(
      /"leet" and "misspelled" cannot be combined/,
    );
  });
});

describe('fixtures/leet.yaml', () => {
  const { pack, checker } = loadFixture('leet');

  it('passes its own examples', () => {
    expect(runPackExamples(checker, pack)).toEqual([]);
  });

  it('reports plain spellings through the detector, disguised ones through the terms', () => {
    expect(flagged(checker, 'Osprey, 0spr3y and Pr0ject H3r0n.')).toEqual(['Osprey', '0spr3y', 'Pr0ject H3r0n']);
  });
});
