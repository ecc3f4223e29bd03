// Play / pause / speed: turns wall-clock time into simulated time, one step per animation tick. This is the
// ONLY place in the app that reads the wall clock; the engine only ever sees simulated milliseconds.
import type { Speed } from './protocol';

/** What the driver moves forward (the Simulation satisfies it). */
export interface DriverTarget {
  readonly now: number;
  advanceTo(ms: number): void;
  nextEventAt(): number | undefined;
}

/** Wall-clock access, injectable so tests can drive time by hand. */
export interface WallClock {
  /** monotonic wall ms */
  now(): number;
  /** run `cb` at the next animation tick; returns a cancel function */
  requestTick(cb: () => void): () => void;
}

/** A background tab resumes without a leap: a gap longer than this counts as this long (wall ms). */
export const MAX_TICK_WALL_MS = 100;
/** Wall-time budget per tick for "as fast as possible" (leaves room for posting the frame). */
export const FAST_BUDGET_WALL_MS = 12;

/**
 * simAdvance: simulated ms to add for `elapsedWallMs` at `speed`, carrying the fraction so slow speeds are
 * exact over time. Example: 0.25× with 16 ms ticks → 4 ms per tick; 0.25× with 10 ms ticks → 2.5 → 2, carry
 * 0.5, then 3 (2.5 + 0.5), carry 0. A gap above MAX_TICK_WALL_MS counts as MAX_TICK_WALL_MS.
 */
export function simAdvance(
  elapsedWallMs: number,
  speed: number,
  carry: number,
): { ms: number; carry: number } {
  const wall = Math.min(Math.max(elapsedWallMs, 0), MAX_TICK_WALL_MS);
  const exact = wall * speed + carry;
  const ms = Math.floor(exact);
  return { ms, carry: exact - ms };
}

/** The default wall clock: performance.now and requestAnimationFrame (in workers too), else a 16 ms timer. */
export function browserWallClock(): WallClock {
  const g = globalThis as typeof globalThis & {
    requestAnimationFrame?: (cb: () => void) => number;
    cancelAnimationFrame?: (h: number) => void;
  };
  return {
    now: () => performance.now(),
    requestTick(cb) {
      if (typeof g.requestAnimationFrame === 'function' && typeof g.cancelAnimationFrame === 'function') {
        const h = g.requestAnimationFrame(cb);
        return () => g.cancelAnimationFrame?.(h);
      }
      const h = setTimeout(cb, 16);
      return () => clearTimeout(h);
    },
  };
}

/** Why a tick happened: time moved, or only a frame was wanted (paused, but something changed). */
export type TickKind = 'advance' | 'frame';

/**
 * Driver: while playing, each tick advances the target by elapsed wall time × speed (or, at `max`, from
 * event to event within a wall budget) and then calls `onTick` once — the host sends one frame per tick.
 * While paused no ticks run unless `requestFrame` asks for one.
 */
export class Driver {
  private playingNow = false;
  private speedNow: Speed = 1;
  private lastWall = 0;
  private carry = 0;
  private cancel: (() => void) | undefined;

  constructor(
    private readonly target: () => DriverTarget,
    private readonly onTick: (kind: TickKind) => void,
    private readonly clock: WallClock = browserWallClock(),
  ) {}

  get playing(): boolean {
    return this.playingNow;
  }

  get speed(): Speed {
    return this.speedNow;
  }

  play(): void {
    if (this.playingNow) return;
    this.playingNow = true;
    this.lastWall = this.clock.now();
    this.carry = 0;
    this.schedule();
  }

  pause(): void {
    this.playingNow = false;
    this.requestFrame();
  }

  setSpeed(speed: Speed): void {
    this.speedNow = speed;
    this.carry = 0;
    this.requestFrame();
  }

  /** Make sure a tick runs soon (to send a frame after a command while paused). */
  requestFrame(): void {
    this.schedule();
  }

  /** Stop all ticking (worker shutdown or restore). */
  dispose(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.playingNow = false;
  }

  private schedule(): void {
    if (this.cancel) return;
    this.cancel = this.clock.requestTick(() => {
      this.cancel = undefined;
      this.tick();
    });
  }

  /** One animation tick (public for tests that drive the clock by hand). */
  tick(): void {
    if (!this.playingNow) {
      this.onTick('frame');
      return;
    }
    const wall = this.clock.now();
    const elapsed = wall - this.lastWall;
    this.lastWall = wall;
    if (this.speedNow === 'max') this.runFast(wall);
    else {
      const step = simAdvance(elapsed, this.speedNow, this.carry);
      this.carry = step.carry;
      const t = this.target();
      if (step.ms > 0) t.advanceTo(t.now + step.ms);
    }
    this.onTick('advance');
    if (this.playingNow) this.schedule();
  }

  /** "As fast as possible": jump to each next event until the wall budget is spent; pause when idle. */
  private runFast(startWall: number): void {
    const t = this.target();
    for (;;) {
      const next = t.nextEventAt();
      if (next === undefined) {
        this.playingNow = false;
        return;
      }
      const before = t.now;
      t.advanceTo(Math.max(next, before + 1));
      if (t.now <= before) {
        // the simulation reached its time limit
        this.playingNow = false;
        return;
      }
      if (this.clock.now() - startWall >= FAST_BUDGET_WALL_MS) return;
    }
  }
}
