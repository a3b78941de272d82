/**
 * The slicing scheduler: slices stay within their budget (each does at least one unit), findings
 * are published once and only for a run that completed, a cancelled run stops at once, and the
 * pre-post check (cancel, then check at once) gets the full findings.
 */
import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../../rules/engine/incremental.ts';
import { ManualClock } from './manual-clock.ts';
import type { CheckRun } from '../../../rules/engine/check.ts';
import { compilePacks } from '../../../rules/engine/index.ts';
import { loadPacks } from '../../../rules/engine/node.ts';
import type { Finding } from '../../../rules/engine/types.ts';

const FINDINGS = [{ ruleId: 'r' } as Finding];

/** `units` units of `cost` ms each on the manual clock; records which slice ran each unit. */
function fakeRun(clock: ManualClock, units: number, cost: number) {
  const log = { stepped: 0, finished: 0 };
  const run: CheckRun = {
    step() {
      if (log.stepped === units) return false;
      log.stepped++;
      clock.time += cost;
      return true;
    },
    finish() {
      log.finished++;
      return FINDINGS;
    },
  };
  return { run, log };
}

describe('runInSlices', () => {
  it('does units until the budget is spent, then continues in a later task and publishes once', () => {
    const clock = new ManualClock();
    const { run, log } = fakeRun(clock, 10, 3);
    const published: Finding[][] = [];
    runInSlices(run, (f) => published.push(f), { clock, budgetMs: 8 });
    expect(log.stepped).toBe(3); // 3 + 3 + 3 ms: the third unit ends past the 8 ms budget
    expect(published).toEqual([]);
    let slices = 1;
    while (clock.tick()) slices++;
    expect(slices).toBe(4);
    expect(log.stepped).toBe(10);
    expect(published).toEqual([FINDINGS]);
    expect(clock.waiting).toBe(0);
  });

  it('runs at least one unit per slice even when one unit exceeds the budget', () => {
    const clock = new ManualClock();
    const { run, log } = fakeRun(clock, 3, 50);
    runInSlices(run, () => {}, { clock, budgetMs: 8 });
    expect(log.stepped).toBe(1);
    clock.tick();
    expect(log.stepped).toBe(2);
  });

  it('publishes in the same task when the work fits in the first slice', () => {
    const clock = new ManualClock();
    const { run } = fakeRun(clock, 2, 1);
    const published: Finding[][] = [];
    runInSlices(run, (f) => published.push(f), { clock });
    expect(published).toEqual([FINDINGS]);
    expect(clock.waiting).toBe(0);
  });

  it('waits for the clock before the first slice when asked to', () => {
    const clock = new ManualClock();
    const { run, log } = fakeRun(clock, 2, 1);
    runInSlices(run, () => {}, { clock, startNow: false });
    expect(log.stepped).toBe(0);
    clock.tick();
    expect(log.stepped).toBe(2);
  });

  it('stops a cancelled run (the text changed): no more units, nothing published', () => {
    const clock = new ManualClock();
    const { run, log } = fakeRun(clock, 10, 5);
    const published: Finding[][] = [];
    const check = runInSlices(run, (f) => published.push(f), { clock, budgetMs: 8 });
    const before = log.stepped;
    check.cancel();
    expect(clock.waiting).toBe(0);
    while (clock.tick());
    expect(log.stepped).toBe(before);
    expect(log.finished).toBe(0);
    expect(published).toEqual([]);
  });


  it('stops at once when one of its own steps cancels it (the packs became ready and every composer is re-checked)', () => {
    const clock = new ManualClock();
    const { run, log } = fakeRun(clock, 10, 1);
    const published: Finding[][] = [];
    const cancelling: CheckRun = {
      step: () => {
        const more = run.step();
        if (log.stepped === 2) check.cancel();
        return more;
      },
      finish: run.finish,
    };
    const check = runInSlices(cancelling, (f) => published.push(f), { clock, budgetMs: 8, startNow: false });
    while (clock.tick());
    expect(log.stepped).toBe(2);
    expect(log.finished).toBe(0);
    expect(published).toEqual([]);
  });
  it('Post pressed mid-run: the run is cancelled and a check at once gives the findings of a full check', () => {
    const packs = loadPacks([]);
    const checker = compilePacks(packs);
    const text = 'Call me at +1 415 555 0100 or mail jane.doe@gmail.com. Our product is the best in the world!';
    const clock = new ManualClock();
    const published: Finding[][] = [];
    const pending = runInSlices(checker.begin(text, { platform: 'x' }), (f) => published.push(f), { clock, budgetMs: 0 });
    expect(clock.waiting).toBe(1);
    pending.cancel();
    const atPost = checker.check(text, { platform: 'x' });
    expect(atPost).toEqual(compilePacks(packs).check(text, { platform: 'x' }));
    expect(atPost.length).toBeGreaterThan(0);
    while (clock.tick());
    expect(published).toEqual([]);
  });
});
