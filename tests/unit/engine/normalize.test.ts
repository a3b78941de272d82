import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../../rules/engine/normalize.ts';

function roundTrip(original: string, needle: string) {
  const n = normalizeForMatching(original);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const [start, end] = n.toOriginal(at, at + needle.length);
  return original.slice(start, end);
}

describe('normalizeForMatching', () => {
  it('leaves plain ASCII as it is', () => {
    expect(normalizeForMatching('Plain text, 123.').text).toBe('Plain text, 123.');
  });

  it('removes zero-width characters and soft hyphens, mapping back to the original span', () => {
    const original = 'Project He\u200Bro\u00ADn ships';
    expect(normalizeForMatching(original).text).toBe('Project Heron ships');
    expect(roundTrip(original, 'Heron')).toBe('He\u200Bro\u00ADn');
  });

  it('applies NFKC (full-width and mathematical letters)', () => {
    expect(normalizeForMatching('Ｈｅｒｏｎ').text).toBe('Heron');
    expect(roundTrip('go 𝐇𝐞𝐫𝐨𝐧 go', 'Heron')).toBe('𝐇𝐞𝐫𝐨𝐧');
  });

  it('folds Cyrillic look-alikes inside a Latin word, and Latin ones inside a Russian word', () => {
    expect(normalizeForMatching('Hеrоn').text).toBe('Heron'); // Cyrillic е and о
    expect(normalizeForMatching('привeт').text).toBe('привет'); // Latin e
    expect(normalizeForMatching('мама and papa').text).toBe('мама and papa');
  });

  it('resolves (at) and [dot] spellings', () => {
    const original = 'mail jane (at) example [dot] com now';
    expect(normalizeForMatching(original).text).toBe('mail jane@example.com now');
    expect(roundTrip(original, 'jane@example.com')).toBe('jane (at) example [dot] com');
  });

  it('keeps lone surrogates and maps every unit inside the original', () => {
    const original = 'a\uD800b\uDC00c😀';
    const n = normalizeForMatching(original);
    const [start, end] = n.toOriginal(0, n.text.length);
    expect([start, end]).toEqual([0, original.length]);
  });
});

describe('segments', () => {
  it('splits at sentence ends and lines, but not after common abbreviations', async () => {
    const { splitSegments } = await import('../../../rules/engine/segments.ts');
    const text = 'Meet at ул. Ленина, д. 5. Bring snacks, e.g. fruit!\nDr. Smith says hi.';
    expect(splitSegments(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Meet at ул. Ленина, д. 5.',
      ' Bring snacks, e.g. fruit!',
      'Dr. Smith says hi.',
    ]);
  });
});

describe('apostrophes', () => {
  it('folds curly apostrophes so "we’re" matches "we\'re", keeping offsets', () => {
    const n = normalizeForMatching('We’re acquiring — soon');
    expect(n.text).toBe("We're acquiring — soon");
    expect(n.toOriginal(0, 5)).toEqual([0, 5]);
  });
});
