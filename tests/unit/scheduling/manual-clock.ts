import type { SliceClock } from '../../../rules/engine/incremental.ts';

/** A clock whose time moves only when a unit runs, and whose later tasks run when the test says so. */
export class ManualClock implements SliceClock {
  time = 0;
  private queue: (() => void)[] = [];
  now = () => this.time;
  later(next: () => void) {
    this.queue.push(next);
    return () => {
      this.queue = this.queue.filter((task) => task !== next);
    };
  }
  get waiting(): number {
    return this.queue.length;
  }
  /** Runs the next queued task; false when none is queued. */
  tick(): boolean {
    const task = this.queue.shift();
    task?.();
    return task !== undefined;
  }
}
