import { describe, expect, it } from 'vitest';
import type { Frame } from '../../src/worker/protocol';
import { stateOf, timelineHost } from './timelineHarness';

/** A recorded run: the seed, then nginx:1.16.1 rolled out, then a tag that does not exist. */
function recordedRun() {
  const h = timelineHost();
  h.kubectl('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
  const played = h.playTo(40_000);
  h.kubectl('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:no-such-tag');
  played.push(...h.playTo(120_000));
  // A frame sent at the instant of a command shows the state just before it; the instant itself includes it.
  const commanded = new Set(h.sim().requests.map((r) => r.at));
  const byNow = new Map<number, Frame>(played.filter((f) => !commanded.has(f.now)).map((f) => [f.now, f]));
  return { h, byNow };
}

/** A reference: the same requests in a fresh host, each at its instant, then straight on to `t`. */
function reference(t: number, run: ReturnType<typeof recordedRun>['h']) {
  const r = timelineHost();
  for (const e of run.sim().requests.slice(1)) {
    if (e.at > t) break;
    r.sim().advanceTo(e.at);
    r.sim().request(e.request);
  }
  if (t < r.sim().now) r.sim().seek(t);
  else r.sim().advanceTo(t);
  return stateOf(r.send({ type: 'pause' }));
}

describe('timeline: the state at an instant does not depend on how the playhead got there', () => {
  it('scrubbing to an instant shows exactly what playing showed there', () => {
    const { h, byNow } = recordedRun();
    const instants = [...byNow.keys()];
    for (const t of [
      instants[3]!,
      instants[200]!,
      instants[40]!,
      instants[700]!,
      instants.at(-1)!,
      instants[0]!,
    ]) {
      const f = h.send({ type: 'seek', at: t });
      expect(f.now).toBe(t);
      expect(stateOf(f)).toEqual(stateOf(byNow.get(t)!));
    }
  });

  it('stepping by second, decision and pod change lands on the states playing showed', () => {
    const { h, byNow } = recordedRun();
    h.send({ type: 'seek', at: 30_000 });
    let checked = 0;
    for (const unit of ['second', 'decision', 'pod'] as const) {
      for (const direction of ['back', 'forward', 'forward', 'back', 'back'] as const) {
        const f = h.send({ type: 'step', direction, unit });
        expect(f.playing).toBe(false);
        const played = byNow.get(f.now);
        if (played) {
          expect(stateOf(f), `${unit} ${direction} at ${f.now}`).toEqual(stateOf(played));
          checked++;
        } else expect(stateOf(f)).toEqual(reference(f.now, h));
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('steps: second snaps to whole seconds; decision and pod stop at the previous/next one', () => {
    const { h } = recordedRun();
    const index = (
      h.host as unknown as { timeline: { timelineIndex: { decisionTimes: number[]; podTimes: number[] } } }
    ).timeline.timelineIndex;
    h.send({ type: 'seek', at: 12_345 });
    expect(h.send({ type: 'step', direction: 'forward', unit: 'second' }).now).toBe(13_000);
    expect(h.send({ type: 'step', direction: 'back', unit: 'second' }).now).toBe(12_000);
    const d = index.decisionTimes;
    const next = d.find((t) => t > 12_000)!;
    expect(h.send({ type: 'step', direction: 'forward', unit: 'decision' }).now).toBe(next);
    const prev = [...d].reverse().find((t) => t < next)!;
    expect(h.send({ type: 'step', direction: 'back', unit: 'decision' }).now).toBe(prev);
    const p = index.podTimes;
    const pNext = p.find((t) => t > prev)!;
    expect(h.send({ type: 'step', direction: 'forward', unit: 'pod' }).now).toBe(pNext);
    h.send({ type: 'seek', at: 0 });
    expect(h.send({ type: 'step', direction: 'back', unit: 'decision' }).now).toBe(0);
  });

  it('a step forward at the end of the run simulates ahead to the next decision', () => {
    const h = timelineHost();
    h.kubectl('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
    const head = h.last().head;
    const f = h.send({ type: 'step', direction: 'forward', unit: 'decision' });
    expect(f.now).toBeGreaterThan(head);
    expect(f.head).toBe(f.now);
    expect(f.decisions.at(-1)!.at).toBe(f.now);
  });

  it('coalesces a drag: many seeks between two ticks compute only the latest', () => {
    const { h } = recordedRun();
    const sim = h.sim();
    const targets: number[] = [];
    const seek = sim.seek.bind(sim);
    sim.seek = (t: number) => {
      targets.push(t);
      seek(t);
    };
    for (let t = 1000; t <= 50_000; t += 1000) h.host.handle({ type: 'seek', at: t });
    expect(targets).toEqual([]);
    h.clock.frame();
    expect(targets).toEqual([50_000]);
    expect(h.last().now).toBe(50_000);
    // a command after a seek runs at the sought instant
    h.host.handle({ type: 'seek', at: 20_000 });
    const f = h.kubectl('get', 'deployment');
    expect(f.terminal.at(-1)!.at).toBe(20_000);
    expect(targets).toEqual([50_000, 20_000]);
  });
});
