import { describe, expect, it } from 'vitest';
import {
  Driver,
  FAST_BUDGET_WALL_MS,
  MAX_TICK_WALL_MS,
  simAdvance,
  type DriverTarget,
  type TickKind,
} from '../../src/worker/driver';
import { ManualClock } from './manualClock';

/** A target with a list of future event instants. */
class FakeTarget implements DriverTarget {
  now = 0;
  advances: number[] = [];
  constructor(public events: number[] = []) {}
  advanceTo(ms: number): void {
    this.advances.push(ms);
    this.now = Math.max(this.now, ms);
    this.events = this.events.filter((e) => e > this.now);
  }
  nextEventAt(): number | undefined {
    return this.events[0];
  }
}

function setup(events: number[] = []) {
  const clock = new ManualClock();
  const target = new FakeTarget(events);
  const ticks: TickKind[] = [];
  const driver = new Driver(
    () => target,
    (k) => ticks.push(k),
    clock,
  );
  return { clock, target, ticks, driver };
}

describe('simAdvance (speed math)', () => {
  it('multiplies elapsed wall time by the speed', () => {
    expect(simAdvance(16, 1, 0)).toEqual({ ms: 16, carry: 0 });
    expect(simAdvance(16, 16, 0)).toEqual({ ms: 256, carry: 0 });
    expect(simAdvance(16, 0.25, 0)).toEqual({ ms: 4, carry: 0 });
  });

  it('carries fractions so slow speeds stay exact: 0.25× at 10 ms ticks gives 2, 3, 2, 3 …', () => {
    let carry = 0;
    const steps: number[] = [];
    for (let i = 0; i < 4; i++) {
      const s = simAdvance(10, 0.25, carry);
      steps.push(s.ms);
      carry = s.carry;
    }
    expect(steps).toEqual([2, 3, 2, 3]);
    expect(steps.reduce((a, b) => a + b)).toBe(10);
  });

  it('caps a long gap (background tab) at MAX_TICK_WALL_MS and ignores negative gaps', () => {
    expect(simAdvance(5000, 2, 0).ms).toBe(MAX_TICK_WALL_MS * 2);
    expect(simAdvance(-5, 1, 0).ms).toBe(0);
  });
});

describe('Driver', () => {
  it('advances simulated time by wall time × speed on every tick while playing', () => {
    const { clock, target, driver, ticks } = setup();
    driver.play();
    clock.frame(16);
    expect(target.now).toBe(16);
    driver.setSpeed(4);
    clock.frames(3, 20);
    expect(target.now).toBe(16 + 3 * 80);
    expect(ticks.every((k) => k === 'advance')).toBe(true);
  });

  it('does not move time while paused, but a requested frame still ticks once', () => {
    const { clock, target, driver, ticks } = setup();
    driver.play();
    clock.frame(16);
    driver.pause();
    clock.frames(5, 16);
    expect(target.now).toBe(16);
    expect(ticks.filter((k) => k === 'frame')).toHaveLength(1);
    expect(clock.pending).toBe(0);
    driver.requestFrame();
    clock.frame();
    expect(ticks.filter((k) => k === 'frame')).toHaveLength(2);
  });

  it('measures the first tick from the moment play was pressed', () => {
    const { clock, target, driver } = setup();
    clock.wall = 10_000;
    driver.play();
    clock.frame(16);
    expect(target.now).toBe(16);
  });

  it('at "max" jumps from event to event and pauses when nothing is left to happen', () => {
    const { clock, target, driver } = setup([1000, 5000, 60_000]);
    driver.setSpeed('max');
    driver.play();
    clock.frame(16);
    expect(target.advances).toEqual([1000, 5000, 60_000]);
    expect(driver.playing).toBe(false);
  });

  it('at "max" stops a tick when its wall budget is spent', () => {
    const clock = new ManualClock();
    const target = new FakeTarget([1, 2, 3, 4, 5, 6, 7, 8]);
    // every step costs 5 ms of wall time
    const slow: DriverTarget = {
      get now() {
        return target.now;
      },
      advanceTo: (ms) => {
        clock.wall += 5;
        target.advanceTo(ms);
      },
      nextEventAt: () => target.nextEventAt(),
    };
    const driver = new Driver(
      () => slow,
      () => {},
      clock,
    );
    driver.setSpeed('max');
    driver.play();
    clock.frame(16);
    expect(target.advances).toHaveLength(Math.ceil(FAST_BUDGET_WALL_MS / 5));
    expect(driver.playing).toBe(true);
  });
});
