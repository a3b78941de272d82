import { describe, expect, it } from 'vitest';
import { nextPosition, previousPosition, progress } from '../../../demo/playlist.ts';

const counts = [3, 1, 2];

describe('presentation playlist', () => {
  it('walks every step of every scenario forwards and back', () => {
    const forward = [{ scenario: 0, step: 0 }];
    for (let i = 0; i < 5; i++) forward.push(nextPosition(forward.at(-1)!, counts));
    expect(forward).toEqual([
      { scenario: 0, step: 0 }, { scenario: 0, step: 1 }, { scenario: 0, step: 2 },
      { scenario: 1, step: 0 }, { scenario: 2, step: 0 }, { scenario: 2, step: 1 },
    ]);
    const back = [forward.at(-1)!];
    for (let i = 0; i < 5; i++) back.push(previousPosition(back.at(-1)!, counts));
    expect(back.reverse()).toEqual(forward);
  });

  it('stays put at either end', () => {
    expect(previousPosition({ scenario: 0, step: 0 }, counts)).toEqual({ scenario: 0, step: 0 });
    expect(nextPosition({ scenario: 2, step: 1 }, counts)).toEqual({ scenario: 2, step: 1 });
  });

  it('reports progress from 0 to 1', () => {
    expect(progress({ scenario: 0, step: 0 }, counts)).toBe(0);
    expect(progress({ scenario: 1, step: 0 }, counts)).toBeCloseTo(3 / 5);
    expect(progress({ scenario: 2, step: 1 }, counts)).toBe(1);
  });
});
