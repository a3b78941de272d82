/**
 * Runs a CheckRun in short slices so a long or new draft never blocks the page for long: each slice
 * does units until its time budget is spent, then yields to the event loop. The findings are
 * published once, when the whole run is done. A run is cancelled when the text changes; when the
 * employee presses Post, the caller cancels it and checks at once (Checker.check), which reuses
 * every unit the run did.
 */
import type { CheckRun, TextRange } from './check.ts';
import type { Finding } from './types.ts';

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

/** `publish` is called once with the complete findings, unless the run is cancelled. */
export function runInSlices(
  run: CheckRun,
  publish: (findings: Finding[]) => void,
  { clock = browserClock, budgetMs = SLICE_BUDGET_MS, startNow = true }: SliceOptions = {},
): SlicedCheck {
  let cancelNext: (() => void) | undefined;
  const slice = () => {
    cancelNext = undefined;
    const deadline = clock.now() + budgetMs;
    let more: boolean;
    do more = run.step();
    while (more && clock.now() < deadline);
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

/** Resolves in a later task, so the work before and after it are separate tasks. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => browserClock.later(resolve));
}
