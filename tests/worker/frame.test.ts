import { describe, expect, it } from 'vitest';
import { Simulation, type Deployment } from '../../src/engine';
import { Kubectl } from '../../src/kubectl';
import { CANVAS_THRESHOLD, FrameBuilder } from '../../src/worker/frame';
import { POD_VISUAL_STATES } from '../../src/worker/protocol';
import { seedScenario } from '../../src/worker/scenario';

const ctx = { playing: false, speed: 1 as const, terminal: [], nextEntryId: 1, ack: 0 };
const D = 'deployment/nginx-deployment';
const runKubectl = (sim: Simulation, argv: string[]) => new Kubectl({ sim }).run(argv);

function seeded(seed = 1) {
  const sim = new Simulation({ seed });
  seedScenario(sim);
  return { sim, frames: new FrameBuilder() };
}

describe('FrameBuilder', () => {
  it('marks old and new lanes, collapses a drained old ReplicaSet and shows rollback renumbering', () => {
    const { sim, frames } = seeded();
    runKubectl(sim, ['set', 'image', D, 'nginx=nginx:1.16.1']);
    sim.advanceBy(2000);
    let f = frames.build(sim, ctx).frame;
    expect(f.lanes.map((l) => [l.revision, l.role, l.collapsed])).toEqual([
      [1, 'old', false],
      [2, 'new', false],
    ]);
    sim.advanceBy(60_000);
    f = frames.build(sim, ctx).frame;
    expect(f.lanes.map((l) => [l.revision, l.role, l.collapsed, l.desired])).toEqual([
      [1, 'old', true, 0],
      [2, 'new', false, 3],
    ]);
    const first = f.lanes[0]!.name;
    runKubectl(sim, ['rollout', 'undo', D]);
    sim.advanceBy(60_000);
    f = frames.build(sim, ctx).frame;
    // the old ReplicaSet is the new one again, renumbered 1 → 3, and now sorts last
    expect(f.lanes.map((l) => [l.name === first, l.revision, l.formerRevisions, l.role])).toEqual([
      [false, 2, [], 'old'],
      [true, 3, [1], 'new'],
    ]);
    expect(f.deployment?.revision).toBe(3);
  });

  it('computes the budget like the controller: 10 replicas at 25%/25% → available ≥ 8, pods ≤ 13', () => {
    const { sim, frames } = seeded();
    runKubectl(sim, ['scale', D, '--replicas=10']);
    sim.advanceBy(30_000);
    const b = frames.build(sim, ctx).frame.budget!;
    expect(b).toMatchObject({
      replicas: 10,
      maxSurge: 3,
      maxUnavailable: 2,
      minAvailable: 8,
      maxPods: 13,
      available: 10,
      specTotal: 10,
      current: 10,
      terminating: 0,
    });
    expect(b.arithmetic).toEqual([
      'maxSurge = ceil(25% × 10) = 3',
      'maxUnavailable = floor(25% × 10) = 2',
      'available ≥ 10 − 2 = 8',
      'pods ≤ 10 + 3 = 13',
    ]);
  });

  it('counts terminating pods beyond the controller’s numbers', () => {
    const { sim, frames } = seeded();
    runKubectl(sim, ['scale', D, '--replicas=1']);
    const f = frames.build(sim, ctx).frame;
    expect(f.budget).toMatchObject({ specTotal: 1, current: 1, terminating: 2 });
    expect(
      f.pods
        .filter((p) => p.state === 'terminating')
        .map((p) => [p.status, p.countdown?.kind, p.countdown?.totalMs]),
    ).toEqual([
      ['Terminating', 'grace', 30_000],
      ['Terminating', 'grace', 30_000],
    ]);
  });

  it('shows image pull errors with their back-off countdown', () => {
    const { sim, frames } = seeded();
    runKubectl(sim, ['set', 'image', D, 'nginx=nginx:1.231']);
    sim.advanceBy(20_000);
    const bad = frames.build(sim, ctx).frame.pods.filter((p) => p.state === 'pullError');
    expect(bad.length).toBeGreaterThan(0);
    for (const p of bad) {
      expect(['ErrImagePull', 'ImagePullBackOff']).toContain(p.status);
      if (p.countdown) expect(p.countdown.kind).toBe('pullBackOff');
    }
    expect(bad.some((p) => p.countdown && p.countdown.endsAt > sim.now)).toBe(true);
  });

  it('sends events once: all recent ones first, then only new or repeated ones, and all again after a seek back', () => {
    const { sim, frames } = seeded();
    const first = frames.build(sim, ctx).frame;
    expect(first.eventsReset).toBe(true);
    expect(first.events.map((e) => e.reason)).toContain('ScalingReplicaSet');
    sim.advanceBy(100);
    expect(frames.build(sim, ctx).frame.events).toEqual([]);
    runKubectl(sim, ['scale', D, '--replicas=4']);
    const next = frames.build(sim, ctx).frame;
    expect(next.eventsReset).toBe(false);
    expect(next.events.map((e) => `${e.reason}: ${e.message}`)).toContain(
      `ScalingReplicaSet: Scaled up replica set ${first.lanes[0]!.name} from 3 to 4`,
    );
    sim.seek(1000);
    expect(frames.build(sim, ctx).frame.eventsReset).toBe(true);
  });

  it('includes the request log only when it changed', () => {
    const { sim, frames } = seeded();
    expect(frames.build(sim, ctx).frame.log).toHaveLength(1);
    expect(frames.build(sim, ctx).frame.log).toBeUndefined();
    runKubectl(sim, ['scale', D, '--replicas=4']);
    expect(frames.build(sim, ctx).frame.log?.map((l) => l.request.verb)).toEqual(['create', 'update']);
  });

  it(`packs pods into bytes above ${CANVAS_THRESHOLD} pods (transferable, no per-pod objects)`, () => {
    const sim = new Simulation({ seed: 2, timing: { kind: 'fixed', readyDelayMs: 1000 } });
    seedScenario(sim);
    const frames = new FrameBuilder();
    runKubectl(sim, ['scale', D, `--replicas=${CANVAS_THRESHOLD + 10}`]);
    sim.advanceBy(5000);
    const { frame, transfer } = frames.build(sim, ctx);
    expect(frame.podCount).toBe(CANVAS_THRESHOLD + 10);
    expect(frame.pods).toEqual([]);
    const lane = frame.bulk!.lanes[0]!;
    expect(lane.states).toHaveLength(CANVAS_THRESHOLD + 10);
    expect(transfer).toEqual([lane.states.buffer]);
    expect([...lane.states].every((s) => POD_VISUAL_STATES[s] === 'available')).toBe(true);
    expect(frame.bulk!.counts.available).toBe(CANVAS_THRESHOLD + 10);
    expect(sim.get<Deployment>('Deployment', 'default', 'nginx-deployment')?.status.availableReplicas).toBe(
      CANVAS_THRESHOLD + 10,
    );
  });
});
