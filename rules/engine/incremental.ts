/**
 * Runs stepped work in short slices so it never blocks the page for long: each slice does steps
 * until its time budget is spent, then yields to the event loop. For a check (a CheckRun) the
 * findings are published once, when the whole run is done. A run is cancelled when the text
 * changes; when the employee presses Post, the caller cancels it and checks at once
 * (Checker.check), which reuses every unit the run did. Packs compile the same way
 * (compileInSlices), so a new pack never freezes the page either.
 */
import { compilePacksInSteps, type Checker, type CompileOptions, type Pack } from './index.ts';
import type { TextRange } from './check.ts';
import type { SteppedRun } from './steps.ts';

/** Well under the 50 ms that counts as a long task, so input and rendering stay smooth. */
export const SLICE_BUDGET_MS = 8;

export interface SliceClock {
  now(): number;
  /** Calls `next` in a later task; returns a function that cancels it. */
  later(next: () => void): () => void;
}

export interface SlicedCheck {
  /** Stops the run; nothing is published. */
  cancel(): void;
}

export interface SliceOptions {
  clock?: SliceClock;
  budgetMs?: number;
  /** Run the first slice in this task (the default) or leave it to the clock like the others. */
  startNow?: boolean;
}

/** `publish` is called once with the run's result, unless the run is cancelled. */
export function runInSlices<T>(
  run: SteppedRun<T>,
  publish: (result: T) => void,
  { clock = browserClock, budgetMs = SLICE_BUDGET_MS, startNow = true }: SliceOptions = {},
): SlicedCheck {
  let cancelNext: (() => void) | undefined;
  // A step may cancel its own run (finishing a compile refreshes every composer): the slice stops there.
  let cancelled = false;
  const slice = () => {
    cancelNext = undefined;
    const deadline = clock.now() + budgetMs;
    let more: boolean;
    do more = run.step();
    while (more && !cancelled && clock.now() < deadline);
    if (cancelled) return;
    if (more) {
      cancelNext = clock.later(slice);
      return;
    }
    publish(run.finish());
  };
  if (startNow) slice();
  else cancelNext = clock.later(slice);
  return {
    cancel() {
      cancelled = true;
      cancelNext?.();
      cancelNext = undefined;
    },
  };
}

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-visible'; signal: AbortSignal }): Promise<unknown>;
}

/** scheduler.postTask where the browser has it (no 4 ms clamping of nested timers), else setTimeout. */
export const browserClock: SliceClock = {
  now: () => performance.now(),
  later(next) {
    const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
    if (scheduler?.postTask) {
      const controller = new AbortController();
      scheduler.postTask(next, { priority: 'user-visible', signal: controller.signal }).catch(() => {});
      return () => controller.abort();
    }
    const timer = setTimeout(next, 0);
    return () => clearTimeout(timer);
  },
};

/** The part of `after` that differs from `before` (common prefix and suffix left out); empty range when equal. */
export function changedRange(before: string, after: string): TextRange {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = after.length;
  let beforeEnd = before.length;
  while (end > start && beforeEnd > start && before.charCodeAt(beforeEnd - 1) === after.charCodeAt(end - 1)) {
    end--;
    beforeEnd--;
  }
  return { start, end };
}

/** For work nobody waits for (warming up): when the browser is idle. */
export const idleClock: SliceClock = {
  now: () => performance.now(),
  later(next) {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => next());
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(next, 0);
    return () => clearTimeout(timer);
  },
};

export interface PendingCompile {
  /** Compiles one more step now (for a caller slicing its own work); false when none is left. */
  step(): boolean;
  /** The checker now: what is left is compiled in this task. Undefined when the packs failed to compile. */
  finishNow(): Checker | undefined;
  cancel(): void;
}

export interface CompileOutcome {
  ready(checker: Checker): void;
  /** A PackError, or an internal error of the compiler; `ready` is then never called. */
  failed(error: unknown): void;
}

/**
 * Compiles packs a few matchers per slice (see compilePacksInSteps); calls `ready` or `failed` once,
 * from a later task, or from finishNow when someone needs the checker before the slices are done.
 */
export function compileInSlices(
  packs: readonly Pack[],
  options: CompileOptions,
  outcome: CompileOutcome,
  clock: SliceClock = browserClock,
): PendingCompile {
  const steps = compilePacksInSteps(packs, options);
  let result: { checker?: Checker } | undefined;
  const run: SteppedRun<Checker | undefined> = {
    step() {
      if (result) return false;
      try {
        const next = steps.next();
        if (!next.done) return true;
        result = { checker: next.value };
      } catch (error) {
        result = {};
        outcome.failed(error);
      }
      return false;
    },
    finish() {
      while (run.step());
      return result?.checker;
    },
  };
  let published = false;
  const publish = (checker: Checker | undefined) => {
    if (published) return;
    published = true;
    if (checker) outcome.ready(checker);
  };
  const slices = runInSlices(run, publish, { clock, startNow: false });
  return {
    step: () => run.step(),
    finishNow() {
      slices.cancel();
      const checker = run.finish();
      publish(checker);
      return checker;
    },
    cancel: () => slices.cancel(),
  };
}
