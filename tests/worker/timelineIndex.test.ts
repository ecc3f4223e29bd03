import { describe, expect, it } from 'vitest';
import { kubeletTransition } from '../../src/worker/timelineIndex';
import { previousBackoff } from '../../src/worker/timelineExplain';
import { markersOf, timelineHost } from './timelineHarness';

describe('timeline markers: kubelet transitions', () => {
  it('reads a container state change as failure, back-off or retry', () => {
    expect(kubeletTransition('ContainerCreating', 'ErrImagePull')).toBe('pullFailed');
    expect(kubeletTransition('ErrImagePull', 'ImagePullBackOff')).toBe('backOff');
    expect(kubeletTransition('ImagePullBackOff', 'ContainerCreating')).toBe('retry');
    expect(kubeletTransition('Running', 'CrashLoopBackOff')).toBe('crash');
    expect(kubeletTransition('CrashLoopBackOff', 'Running')).toBe('retry');
    expect(kubeletTransition(undefined, 'InvalidImageName')).toBe('pullFailed');
    expect(kubeletTransition('ErrImagePull', 'ErrImagePull')).toBeUndefined();
    expect(kubeletTransition('ContainerCreating', 'Running')).toBeUndefined();
  });

  it('knows the doubling back-off: 10 s, 20 s, 40 s … capped at 300 s', () => {
    expect(previousBackoff(10_000)).toBe(0);
    expect(previousBackoff(40_000)).toBe(20_000);
    expect(previousBackoff(300_000)).toBe(-1);
  });
});

describe('timeline markers on a run with a bad image', () => {
  const run = () => {
    const h = timelineHost();
    h.kubectl('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
    h.playTo(40_000);
    h.kubectl('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:no-such-tag');
    h.playTo(200_000);
    return { h, markers: markersOf(h.frames()) };
  };

  it('marks commands, scaling, conditions, pull failures, back-offs and retries', () => {
    const { markers } = run();
    const kinds = new Set(markers.map((m) => m.kind));
    for (const k of ['command', 'scale', 'condition', 'pullFailed', 'backOff', 'retry'])
      expect(kinds, k).toContain(k);
    expect(markers.filter((m) => m.kind === 'command').map((m) => m.text)).toEqual([
      'kubectl create -f nginx-deployment.yaml',
      'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1',
      'kubectl set image deployment/nginx-deployment nginx=nginx:no-such-tag',
    ]);
    const scale = markers.find((m) => m.kind === 'scale')!;
    expect(scale.subject).toMatch(/^nginx-deployment-[a-z0-9]+$/);
    const available = markers.find((m) => m.kind === 'condition' && m.text.includes('Available=True'));
    expect(available?.subject).toBe('nginx-deployment');
    const failed = markers.find((m) => m.kind === 'pullFailed')!;
    expect(failed.text).toBe('ErrImagePull');
    expect(failed.subject).toMatch(/^nginx-deployment-/);
    // in time order, each marker within the run
    expect(markers.every((m, i) => i === 0 || markers[i - 1]!.at <= m.at)).toBe(true);
  });

  it('explains the kubelet transition at the playhead: image pull failed, back-off, next try', () => {
    const { h, markers } = run();
    const failures = markers.filter((m) => m.kind === 'pullFailed');
    const first = h.send({ type: 'seek', at: failures[0]!.at });
    expect(first.timeline?.kubelet).toMatchObject({
      kind: 'pullFailed',
      at: failures[0]!.at,
      image: 'nginx:no-such-tag',
      backoffMs: 10_000,
      previousBackoffMs: 0,
      retryAt: failures[0]!.at + 10_000,
      func: 'EnsureImageExists',
    });
    expect(first.timeline?.kubelet?.message).toContain('not found');
    const second = h.send({ type: 'seek', at: failures[1]!.at });
    expect(second.timeline?.kubelet).toMatchObject({ backoffMs: 20_000, previousBackoffMs: 10_000 });
    const backOff = markers.find((m) => m.kind === 'backOff' && m.at > failures[1]!.at)!;
    const b = h.send({ type: 'seek', at: backOff.at + 500 });
    expect(b.timeline?.kubelet).toMatchObject({ kind: 'backOff', at: backOff.at, backoffMs: 20_000 });
    const before = h.send({ type: 'seek', at: 30_000 });
    expect(before.timeline?.kubelet).toBeUndefined();
  });
});
