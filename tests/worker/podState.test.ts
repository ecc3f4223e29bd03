import { describe, expect, it } from 'vitest';
import { toTime, type Pod, type PodRuntime } from '../../src/engine';
import { podCountdown, podFrame, podVisualState } from '../../src/worker/podState';

/** A scheduled nginx pod whose Ready condition turned True at `readyAt` (simulated ms), or not ready. */
function pod(opts: { readyAt?: number; node?: boolean; deleting?: number; waiting?: string } = {}): Pod {
  const ready = opts.readyAt !== undefined;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'web-abc-12345',
      namespace: 'default',
      ...(opts.deleting !== undefined
        ? { deletionTimestamp: toTime(opts.deleting), deletionGracePeriodSeconds: 30 }
        : {}),
    },
    spec: {
      containers: [{ name: 'nginx', image: 'nginx' }],
      ...(opts.node === false ? {} : { nodeName: 'node-1' }),
    },
    status: {
      phase: opts.waiting ? 'Pending' : 'Running',
      conditions: [
        { type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: toTime(opts.readyAt ?? 0) },
      ],
      containerStatuses: [
        {
          name: 'nginx',
          image: 'nginx',
          imageID: '',
          ready,
          restartCount: 0,
          state: opts.waiting ? { waiting: { reason: opts.waiting } } : { running: { startedAt: toTime(0) } },
        },
      ],
    },
  };
}

describe('podVisualState', () => {
  it('tells Running-not-ready, Ready-not-yet-available and Available apart (minReadySeconds)', () => {
    expect(podVisualState(pod(), 'Running', 0, 5000)).toBe('running');
    expect(podVisualState(pod({ readyAt: 10_000 }), 'Running', 0, 10_000)).toBe('available');
    expect(podVisualState(pod({ readyAt: 10_000 }), 'Running', 10, 20_000)).toBe('ready');
    expect(podVisualState(pod({ readyAt: 10_000 }), 'Running', 10, 20_001)).toBe('available');
  });

  it('maps kubectl STATUS words onto the other states', () => {
    expect(podVisualState(pod({ node: false }), 'Pending', 0, 0)).toBe('pending');
    expect(podVisualState(pod({ waiting: 'ContainerCreating' }), 'ContainerCreating', 0, 0)).toBe('creating');
    expect(podVisualState(pod({ waiting: 'ErrImagePull' }), 'ErrImagePull', 0, 0)).toBe('pullError');
    expect(podVisualState(pod({ waiting: 'ImagePullBackOff' }), 'ImagePullBackOff', 0, 0)).toBe('pullError');
    expect(podVisualState(pod({ waiting: 'CrashLoopBackOff' }), 'CrashLoopBackOff', 0, 0)).toBe('crashLoop');
    expect(podVisualState(pod({ readyAt: 0, deleting: 30_000 }), 'Terminating', 0, 0)).toBe('terminating');
  });
});

describe('podFrame and countdowns', () => {
  it('uses kubectl’s STATUS and READY columns', () => {
    expect(podFrame(pod({ readyAt: 1000 }), 'web-abc', undefined, 0, 5000)).toEqual({
      name: 'web-abc-12345',
      lane: 'web-abc',
      state: 'available',
      status: 'Running',
      ready: '1/1',
      restarts: 0,
      node: 'node-1',
    });
    expect(podFrame(pod({ readyAt: 0, deleting: 40_000 }), 'web-abc', undefined, 0, 10_000)).toMatchObject({
      status: 'Terminating',
      state: 'terminating',
      countdown: { kind: 'grace', endsAt: 40_000, totalMs: 30_000 },
    });
  });

  it('counts down minReadySeconds and back-offs', () => {
    expect(podCountdown(pod({ readyAt: 10_000 }), undefined, 'ready', 10, 15_000)).toEqual({
      kind: 'minReady',
      endsAt: 20_000,
      totalMs: 10_000,
    });
    const rt: PodRuntime = {
      gen: 1,
      node: 'node-1',
      sandboxReady: true,
      terminating: false,
      containers: [
        {
          name: 'nginx',
          image: 'nginx:1.231',
          stage: 'pull-backoff',
          pullBackoffMs: 20_000,
          pullRetryAt: 50_000,
          crashBackoffMs: 0,
          crashRetryAt: 0,
          restartCount: 0,
          ready: false,
          probeSuccesses: 0,
        },
      ],
    };
    expect(podCountdown(pod({ waiting: 'ImagePullBackOff' }), rt, 'pullError', 0, 40_000)).toEqual({
      kind: 'pullBackOff',
      endsAt: 50_000,
      totalMs: 20_000,
    });
    expect(podCountdown(pod({ waiting: 'ImagePullBackOff' }), rt, 'pullError', 0, 50_000)).toBeUndefined();
  });
});
