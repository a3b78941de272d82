/**
 * Work written as a generator that yields between its steps, so the same code can run at once
 * (drain) or a few steps at a time between other tasks (see incremental.ts).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now and returns the result. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Work done a step at a time: step() does one and says whether any is left; finish() does the rest and returns the result. */
export interface SteppedRun<T> {
  step(): boolean;
  finish(): T;
}
