/**
 * Packs compile in slices on the page: one leaf matcher per step, the same checker as a compile at
 * once, `ready` (or `failed`) exactly once, and a post that comes before the slices are done
 * compiles the rest at once rather than going unchecked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileInSlices, type CompileOutcome } from '../../../rules/engine/incremental.ts';
import { compilePacks, compilePacksInSteps, PackError, type Checker, type Pack } from '../../../rules/engine/index.ts';
import { loadPacks } from '../../../rules/engine/node.ts';
import { packOf } from '../engine/helpers.ts';
import { ManualClock } from './manual-clock.ts';

const packs = loadPacks(['rules/packs/examples/northwind.yaml']);
const ruleCount = packs.reduce((n, pack) => n + pack.rules.length, 0);
const texts = readFileSync('tests/corpus/posts.jsonl', 'utf8')
  .trim()
  .split('\n')
  .filter((_, i) => i % 50 === 0)
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** A manual clock whose time moves 1 ms each time it is read, so an 8 ms slice does a few steps. */
function tickingClock(): ManualClock {
  const clock = new ManualClock();
  clock.now = () => clock.time++;
  return clock;
}

/** compileInSlices on a ticking clock, recording what it reports. */
function start(toCompile: Pack[] = packs) {
  const clock = tickingClock();
  const log = { ready: [] as Checker[], failed: [] as unknown[] };
  const outcome: CompileOutcome = { ready: (c) => log.ready.push(c), failed: (e) => log.failed.push(e) };
  return { clock, log, pending: compileInSlices(toCompile, {}, outcome, clock) };
}

const findingsOf = (checker: Checker) => texts.map((text) => checker.check(text, { platform: 'x' }));

describe('compilePacksInSteps', () => {
  it('yields once per leaf matcher (several per rule) and ends with the checker compilePacks gives', () => {
    const steps = compilePacksInSteps(packs);
    let count = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) count++;
    expect(count).toBeGreaterThan(ruleCount);
    expect(texts.length).toBeGreaterThan(20);
    expect(findingsOf(next.value)).toEqual(findingsOf(compilePacks(packs)));
  });
});

describe('compileInSlices', () => {
  it('compiles over many tasks, none of them first, and calls ready once with an equal checker', () => {
    const { clock, log } = start();
    expect(log.ready).toEqual([]);
    let tasks = 0;
    while (clock.tick()) tasks++;
    expect(tasks).toBeGreaterThan(10);
    expect(log.ready).toHaveLength(1);
    expect(log.failed).toEqual([]);
    expect(findingsOf(log.ready[0]!)).toEqual(findingsOf(compilePacks(packs)));
  });

  it('finishNow (Post pressed before the packs are ready) compiles the rest at once; ready is still called once', () => {
    const { clock, log, pending } = start();
    clock.tick();
    clock.tick();
    expect(log.ready).toEqual([]);
    const checker = pending.finishNow();
    expect(checker).toBeDefined();
    expect(log.ready).toEqual([checker]);
    expect(clock.waiting).toBe(0);
    expect(pending.finishNow()).toBe(checker);
    expect(log.ready).toHaveLength(1);
    expect(findingsOf(checker!)).toEqual(findingsOf(compilePacks(packs)));
  });

  it('a pack that does not compile: failed once with the PackError, ready never, finishNow undefined', () => {
    const broken = [packOf([{ id: 't.rule', match: { type: 'terms', terms: ['x'] } }], { overrides: { 'no.such.rule': { severity: 'tip' } } })];
    const { clock, log, pending } = start(broken);
    while (clock.tick());
    expect(log.failed).toHaveLength(1);
    expect(log.failed[0]).toBeInstanceOf(PackError);
    expect(String(log.failed[0])).toMatch(/overrides unknown rule "no\.such\.rule"/);
    expect(log.ready).toEqual([]);
    expect(pending.finishNow()).toBeUndefined();
    expect(log.failed).toHaveLength(1);
  });

  it('cancel (newer packs arrived) stops it: no more slices, ready never called', () => {
    const { clock, log, pending } = start();
    clock.tick();
    pending.cancel();
    expect(clock.waiting).toBe(0);
    expect(log.ready).toEqual([]);
  });
});
