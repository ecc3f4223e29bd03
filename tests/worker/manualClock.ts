// A hand-driven wall clock for driver and host tests: time moves only when the test says, and animation ticks
// run only when the test flushes them.
import type { WallClock } from '../../src/worker/driver';

export class ManualClock implements WallClock {
  wall = 0;
  private queue: (() => void)[] = [];

  now(): number {
    return this.wall;
  }

  requestTick(cb: () => void): () => void {
    this.queue.push(cb);
    return () => {
      this.queue = this.queue.filter((c) => c !== cb);
    };
  }

  /** Ticks waiting to run. */
  get pending(): number {
    return this.queue.length;
  }

  /** Advance the wall clock by `ms` and run the ticks that were requested (one animation frame). */
  frame(ms = 16): void {
    this.wall += ms;
    const due = this.queue;
    this.queue = [];
    for (const cb of due) cb();
  }

  /** Run `n` frames of `ms` each. */
  frames(n: number, ms = 16): void {
    for (let i = 0; i < n; i++) this.frame(ms);
  }
}
