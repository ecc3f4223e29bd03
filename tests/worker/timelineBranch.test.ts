import { describe, expect, it } from 'vitest';
import { stateOf, timelineHost } from './timelineHarness';

const SCALE = ['scale', 'deployment/nginx-deployment', '--replicas=5'];

/** A run to 40 s with a rollout to nginx:1.16.1, then the playhead back at 12 s. */
function scrubbedBack() {
  const h = timelineHost();
  h.kubectl('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
  h.playTo(40_000);
  const head = h.last().head;
  const log = [...h.sim().requests];
  const atTwelve = h.send({ type: 'seek', at: 12_000 });
  return { h, head, log, atTwelve };
}

describe('timeline: acting in the past asks before discarding the future', () => {
  it('holds a write behind a prompt; keeping the future cancels it and changes nothing', () => {
    const { h, head, log } = scrubbedBack();
    h.send({ type: 'play' });
    const f = h.send({ type: 'kubectl', argv: SCALE, source: 'control', id: 4 });
    expect(f.timeline?.prompt).toEqual({
      at: f.now,
      head,
      lines: ['kubectl scale deployment/nginx-deployment --replicas=5'],
    });
    expect(f.playing).toBe(false);
    expect(h.sim().requests).toEqual(log);
    expect(f.head).toBe(head);
    const kept = h.send({ type: 'branch', choice: 'keep' });
    expect(kept.timeline?.prompt).toBeUndefined();
    expect(kept.terminal).toMatchObject([
      { cancelled: true, requestId: 4, result: { exitCode: 130, chunks: [] } },
    ]);
    expect(kept.jobsFinished).toEqual([{ requestId: 4, exitCode: 130 }]);
    expect(kept.head).toBe(head);
    expect(h.sim().requests).toEqual(log);
  });

  it('reads in the past neither ask nor branch; validation in the past keeps the future', () => {
    const { h, head, log } = scrubbedBack();
    const f = h.kubectl('get', 'pods');
    expect(f.timeline?.prompt).toBeUndefined();
    expect(f.terminal.at(-1)!.result.exitCode).toBe(0);
    h.host.handle({ type: 'validate', id: 1, argv: SCALE });
    h.host.handle({ type: 'kubectl', argv: [...SCALE, '--dry-run=server'], source: 'terminal' });
    const g = h.send({ type: 'pause' });
    expect(g.head).toBe(head);
    expect(g.timeline?.undo).toBeUndefined();
    expect(h.sim().requests).toEqual(log);
  });

  it('discarding starts a new branch at the playhead; undo restores the old one exactly, once', () => {
    const { h, head, log, atTwelve } = scrubbedBack();
    h.send({ type: 'kubectl', argv: SCALE, source: 'terminal', id: 9 });
    const b = h.send({ type: 'branch', choice: 'discard' });
    expect(b.timeline?.prompt).toBeUndefined();
    expect(b.now).toBe(12_000);
    expect(b.head).toBeLessThan(head);
    expect(b.timeline?.undo).toEqual({ at: 12_000, head });
    expect(b.deployment?.replicas).toBe(5);
    expect(h.sim().requests).toHaveLength(log.length + 1);
    expect(h.sim().requests.at(-1)).toMatchObject({ at: 12_000, request: { verb: 'update' } });
    // the transcript of the new branch: what ran up to 12 s, then the scale
    expect(b.timeline?.transcript?.map((e) => e.line)).toEqual([
      'kubectl create -f nginx-deployment.yaml',
      'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1',
      'kubectl scale deployment/nginx-deployment --replicas=5',
    ]);
    expect(b.timeline?.markersReset).toBe(true);
    expect(b.timeline?.markers.every((m) => m.at <= 12_000)).toBe(true);
    h.playTo(20_000);

    const u = h.send({ type: 'undoBranch' });
    expect(u.timeline?.undo).toBeUndefined();
    expect(u.now).toBe(12_000);
    expect(u.head).toBe(head);
    expect(h.sim().requests).toEqual(log);
    expect(stateOf(u)).toEqual(stateOf(atTwelve));
    expect(u.timeline?.transcript?.map((e) => e.line)).toEqual([
      'kubectl create -f nginx-deployment.yaml',
      'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1',
    ]);
    // the markers of the restored run reach its end again
    expect(Math.max(...u.timeline!.markers.map((m) => m.at))).toBeGreaterThan(12_000);
    const again = h.send({ type: 'undoBranch' });
    expect(again.head).toBe(head);
    expect(h.sim().requests).toEqual(log);
  });

  it('commands sent while the prompt is open wait behind it and run in order after consent', () => {
    const { h } = scrubbedBack();
    h.host.handle({ type: 'kubectl', argv: SCALE, source: 'control' });
    h.host.handle({
      type: 'kubectl',
      argv: ['rollout', 'pause', 'deployment/nginx-deployment'],
      source: 'control',
    });
    const p = h.send({ type: 'kubectl', argv: ['get', 'deploy'], source: 'terminal' });
    expect(p.timeline?.prompt?.lines).toHaveLength(2);
    expect(p.terminal.map((e) => e.line)).toEqual(['kubectl get deploy']);
    const b = h.send({ type: 'branch', choice: 'discard' });
    expect(b.deployment).toMatchObject({ replicas: 5, paused: true });
    expect(
      h
        .sim()
        .requests.slice(-2)
        .map((r) => r.at),
    ).toEqual([12_000, 12_000]);
  });
});

describe('timeline: a write the classification missed still branches cleanly', () => {
  it('rebuilds the new branch from a clean log and keeps the old one for undo', () => {
    const { h, head, log } = scrubbedBack();
    // `$K scale …` runs kubectl although no line starts with it: the timeline takes it for a read
    const f = h.send({
      type: 'shell',
      text: 'K=kubectl\n$K scale deployment/nginx-deployment --replicas=4',
      source: 'terminal',
    });
    expect(f.timeline?.prompt).toBeUndefined();
    expect(f.deployment?.replicas).toBe(4);
    expect(f.head).toBeLessThan(head);
    expect(f.timeline?.undo).toEqual({ at: 12_000, head });
    const reqs = h.sim().requests;
    expect(reqs.map((r) => r.at)).toEqual([...log.filter((r) => r.at <= 12_000).map((r) => r.at), 12_000]);
    const u = h.send({ type: 'undoBranch' });
    expect(u.head).toBe(head);
    expect(h.sim().requests).toEqual(log);
  });
});
