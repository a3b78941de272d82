import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePacks, type Checker } from '../../../rules/engine/index.ts';
import { loadPacks } from '../../../rules/engine/node.ts';

const packs = loadPacks(['rules/packs/examples/northwind.yaml']);
const checker: Checker = compilePacks(packs);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function assertWellFormed(text: string, platform?: 'x' | 'linkedin') {
  const findings = checker.check(text, { platform });
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    // Never between the two halves of a surrogate pair.
    for (const at of [f.start, f.end]) {
      expect(isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))).toBe(false);
    }
  }
}

const strange = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom('\u200B', '\u200F', '\u202E', '\u00AD', '\uD800', '\uDC00', '👩‍💻', '🇺🇦', 'é', 'е', ' ', '\n', '@', '.', '#', '(at)', '[dot]', 'Heron', '4111'), { maxLength: 120 }).map((a) => a.join('')),
);

describe('the engine never throws on text', () => {
  it('keeps offsets in range and on code-point boundaries for arbitrary Unicode', () => {
    fc.assert(fc.property(strange, fc.constantFrom(undefined, 'x' as const, 'linkedin' as const), assertWellFormed), { numRuns: 300 });
  });

  it('handles a 100 kB draft', () => {
    const big = 'Project Heron ships in March! jane@example.com 🎉 Тест с кириллицей. '.repeat(1500).slice(0, 100_000);
    assertWellFormed(big, 'linkedin');
    assertWellFormed('a'.repeat(100_000), 'x');
    assertWellFormed('\uD800'.repeat(50_000));
  });
});

describe('incremental checking', () => {
  it('gives the same findings from the cache as a fresh checker', () => {
    const fresh = () => compilePacks(packs);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Thanks jane@example.com.', ' Project Heron ships.', '\n', ' Fine day.', ' 4111 1111 1111 1111'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        checker.check(text.slice(0, Math.floor(text.length / 2)));
        expect(checker.check(text)).toEqual(fresh().check(text));
      }),
      { numRuns: 40 },
    );
  });
});
