import { describe, expect, test } from 'vitest';
import { computeBoxes, contains } from '../../components/geometry.ts';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('computeBoxes', () => {
  const editor = rect(100, 100, 400, 200);

  test('keeps one box per line and merges touching rects of the same line', () => {
    const boxes = computeBoxes([rect(120, 110, 160, 130), rect(160, 110, 200, 130), rect(100, 130, 150, 150)], editor);
    expect(boxes).toEqual([
      { left: 120, top: 110, width: 80, height: 20 },
      { left: 100, top: 130, width: 50, height: 20 },
    ]);
  });

  test('clips to the editor and drops what is scrolled out of it', () => {
    const boxes = computeBoxes([rect(380, 190, 450, 210), rect(120, 40, 160, 60)], editor);
    expect(boxes).toEqual([{ left: 380, top: 190, width: 20, height: 10 }]);
  });

  test('hit-testing includes the edges', () => {
    const box = { left: 10, top: 10, width: 20, height: 5 };
    expect(contains(box, 10, 15)).toBe(true);
    expect(contains(box, 31, 12)).toBe(false);
  });
});
