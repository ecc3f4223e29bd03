import { describe, expect, it } from 'vitest';
import { SimulationHost } from '../../src/worker/host';
import type { Frame, WorkerMessage } from '../../src/worker/protocol';
import { ManualClock } from './manualClock';

function setup(autoplay = false) {
  const clock = new ManualClock();
  const messages: WorkerMessage[] = [];
  const host = new SimulationHost((m) => messages.push(m), clock);
  host.handle({ type: 'init', options: { seed: 1, autoplay } });
  const frames = () =>
    messages
      .filter((m): m is Extract<WorkerMessage, { type: 'frame' }> => m.type === 'frame')
      .map((m) => m.frame);
  return { clock, messages, host, frames };
}

describe('SimulationHost', () => {
  it('opens on the seed article: nginx-deployment, 3 × nginx:1.14.2, already available', () => {
    const { clock, messages, frames } = setup();
    expect(messages[0]?.type).toBe('ready');
    clock.frame();
    const f = frames()[0]!;
    expect(f.deployment).toMatchObject({
      name: 'nginx-deployment',
      readyColumn: '3/3',
      upToDate: 3,
      available: 3,
    });
    expect(f.lanes).toHaveLength(1);
    expect(f.lanes[0]).toMatchObject({
      revision: 1,
      images: ['nginx:1.14.2'],
      desired: 3,
      current: 3,
      ready: 3,
      role: 'new',
    });
    expect(f.pods.map((p) => p.status)).toEqual(['Running', 'Running', 'Running']);
    expect(f.terminal[0]).toMatchObject({
      line: 'kubectl create -f nginx-deployment.yaml',
      source: 'scenario',
    });
    expect(f.terminal[0]!.result.chunks[0]!.text).toBe('deployment.apps/nginx-deployment created\n');
  });

  it('batches: many commands between two ticks produce exactly one frame', () => {
    const { clock, host, frames } = setup();
    clock.frame();
    const before = frames().length;
    host.handle({
      type: 'kubectl',
      argv: ['scale', 'deployment/nginx-deployment', '--replicas=5'],
      source: 'control',
    });
    host.handle({
      type: 'kubectl',
      argv: ['rollout', 'pause', 'deployment/nginx-deployment'],
      source: 'control',
    });
    host.handle({
      type: 'kubectl',
      argv: ['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1'],
      source: 'terminal',
      id: 7,
    });
    expect(frames()).toHaveLength(before);
    clock.frame();
    expect(frames()).toHaveLength(before + 1);
    const f = frames().at(-1)!;
    expect(f.terminal.map((e) => e.line)).toEqual([
      'kubectl scale deployment/nginx-deployment --replicas=5',
      'kubectl rollout pause deployment/nginx-deployment',
      'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1',
    ]);
    expect(f.terminal[2]!.requestId).toBe(7);
    expect(f.deployment?.paused).toBe(true);
  });

  it('sends nothing while paused and unchanged, and one frame per tick while playing', () => {
    const { clock, host, frames } = setup();
    clock.frame();
    const n = frames().length;
    clock.frames(5);
    expect(frames()).toHaveLength(n);
    host.handle({ type: 'play' });
    clock.frames(10, 16);
    expect(frames()).toHaveLength(n + 10);
    const times = frames()
      .slice(-10)
      .map((f) => f.now);
    expect(times[9]! - times[0]!).toBe(9 * 16);
  });

  it('plays at the chosen speed (16×: 16 ms of wall time is 256 ms simulated)', () => {
    const { clock, host, frames } = setup();
    clock.frame();
    const start = frames().at(-1)!.now;
    host.handle({ type: 'setSpeed', speed: 16 });
    host.handle({ type: 'play' });
    clock.frame(); // the play tick measures from here
    clock.frame(16);
    expect(frames().at(-1)!.now - start).toBe(2 * 256);
    expect(frames().at(-1)!.speed).toBe(16);
  });

  it('validates a control command with a server dry run and changes nothing', () => {
    const { host, messages } = setup();
    const patch = '{"spec":{"strategy":{"rollingUpdate":{"maxSurge":0,"maxUnavailable":0}}}}';
    host.handle({ type: 'validate', id: 3, argv: ['patch', 'deployment/nginx-deployment', '-p', patch] });
    const v = messages.find((m) => m.type === 'validation');
    expect(v).toEqual({
      type: 'validation',
      id: 3,
      result: {
        ok: false,
        message:
          'The Deployment "nginx-deployment" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0\n',
        causes: [
          {
            field: 'spec.strategy.rollingUpdate.maxUnavailable',
            message:
              'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
          },
        ],
      },
    });
    host.handle({ type: 'validate', id: 4, argv: ['scale', 'deployment/nginx-deployment', '--replicas=7'] });
    expect(messages.at(-1)).toMatchObject({ type: 'validation', id: 4, result: { ok: true, causes: [] } });
    expect(host.simulation?.get('Deployment', 'default', 'nginx-deployment')).toMatchObject({
      spec: { replicas: 3 },
    });
  });

  it('describes a pod like kubectl describe pod', () => {
    const { clock, host, messages, frames } = setup();
    clock.frame();
    const name = frames()[0]!.pods[0]!.name;
    host.handle({ type: 'describe', id: 1, kind: 'Pod', name });
    const d = messages.find((m) => m.type === 'describe');
    expect(d?.type === 'describe' && d.text).toMatch(new RegExp(`^Name:\\s+${name}\\n`));
  });

  it('reports a crash as a fault and stops', () => {
    const { clock, host, messages, frames } = setup(true);
    clock.frame();
    host.handle({ type: 'crash' });
    expect(messages.at(-1)).toEqual({ type: 'fault', message: 'simulated worker crash (requested)' });
    const n = frames().length;
    clock.frames(3);
    expect(frames()).toHaveLength(n);
  });

  it('restores from a request log to the same state (crash recovery)', () => {
    const a = setup();
    a.host.handle({
      type: 'kubectl',
      argv: ['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1'],
      source: 'control',
    });
    a.host.handle({ type: 'play' });
    a.clock.frame();
    a.clock.frames(20, 50);
    const last: Frame = a.frames().at(-1)!;
    const log = a.frames().findLast((f) => f.log)!.log!;
    expect(log).toHaveLength(2);

    const clock = new ManualClock();
    const messages: WorkerMessage[] = [];
    const host = new SimulationHost((m) => messages.push(m), clock);
    host.handle({
      type: 'init',
      options: {
        seed: 1,
        autoplay: false,
        restore: { log, now: last.now, speed: 1, nextEntryId: last.nextEntryId },
      },
    });
    clock.frame();
    const restored = messages.filter((m) => m.type === 'frame').at(-1);
    expect(restored?.type === 'frame' && restored.frame.now).toBe(last.now);
    if (restored?.type !== 'frame') throw new Error('no frame');
    expect(restored.frame.pods).toEqual(last.pods);
    expect(restored.frame.lanes).toEqual(last.lanes);
    expect(restored.frame.terminal).toEqual([]);
    expect(restored.frame.eventsReset).toBe(true);
  });
});

describe('SimulationHost: the terminal', () => {
  it('streams a long-running command in the frames after each advance (batched), and Ctrl+C ends it', () => {
    const { clock, host, frames } = setup();
    host.handle({
      type: 'kubectl',
      argv: ['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1'],
      source: 'control',
    });
    host.handle({
      type: 'shell',
      text: 'kubectl rollout status deployment/nginx-deployment',
      source: 'terminal',
      id: 1,
    });
    clock.frame();
    let f = frames().at(-1)!;
    const entry = f.terminal.find((e) => e.requestId === 1)!;
    expect(entry.running).toBe(true);
    expect(f.terminalBusy).toBe(true);
    host.handle({ type: 'setSpeed', speed: 16 });
    host.handle({ type: 'play' });
    clock.frame();
    const before = frames().length;
    // play until the rollout reports progress (one frame per tick; each carries all chunks since the last)
    for (let i = 0; i < 100 && !frames().at(-1)!.terminalStream; i++) clock.frame(50);
    expect(frames().length - before).toBeLessThan(100);
    const update = frames().at(-1)!.terminalStream!;
    expect(update).toHaveLength(1);
    expect(update[0]).toMatchObject({ entry: entry.id, done: false });
    expect(update[0]!.chunks.map((c) => c.text).join('')).toMatch(
      /^(Waiting for deployment "nginx-deployment" rollout to finish: .*\n)+$/,
    );
    host.handle({ type: 'interrupt' });
    clock.frame();
    f = frames().at(-1)!;
    expect(f.terminalStream).toEqual([
      { entry: entry.id, chunks: [], done: true, exitCode: 130, interrupted: true },
    ]);
    expect(f.jobsFinished).toEqual([{ requestId: 1, exitCode: 130 }]);
    expect(f.terminalBusy).toBe(false);
  });

  it('answers queries (completion, history) and announces kubectl edit sessions', () => {
    const { clock, host, messages, frames } = setup();
    host.handle({ type: 'query', id: 5, query: { kind: 'complete', line: 'kubectl rollout und' } });
    expect(messages.at(-1)).toEqual({
      type: 'answer',
      id: 5,
      kind: 'complete',
      answer: { from: 16, candidates: ['undo'] },
    });
    host.handle({ type: 'query', id: 6, query: { kind: 'history' } });
    expect(messages.at(-1)).toMatchObject({
      type: 'answer',
      id: 6,
      answer: { revisions: [{ revision: 1 }] },
    });
    host.handle({ type: 'shell', text: 'kubectl edit deploy nginx-deployment', source: 'terminal', id: 2 });
    const edit = messages.at(-1);
    expect(edit).toMatchObject({
      type: 'edit',
      edit: { session: 1, target: 'deploy nginx-deployment', open: true },
    });
    host.handle({ type: 'editCancel', session: 1 });
    clock.frame();
    expect(frames().at(-1)!.jobsFinished).toEqual([{ requestId: 2, exitCode: 0 }]);
  });

  it("applies the editor's YAML as `kubectl apply -f -` with stdin", () => {
    const { clock, host, frames } = setup();
    const yaml =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx-deployment\nspec:\n  replicas: 4\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.14.2\n';
    host.handle({ type: 'kubectl', argv: ['apply', '-f', '-'], stdin: yaml, source: 'editor', id: 3 });
    clock.frame();
    const e = frames().at(-1)!.terminal.at(-1)!;
    expect(e).toMatchObject({ line: 'kubectl apply -f -', stdin: yaml, source: 'editor', requestId: 3 });
    // created without --save-config (the seed's `kubectl create -f`): apply warns first, as kubectl does
    expect(e.result.chunks.map((c) => c.stream)).toEqual(['stderr', 'stdout']);
    expect(e.result.chunks[0]!.text).toMatch(
      /^Warning: resource deployments\/nginx-deployment is missing the kubectl.kubernetes.io\/last-applied-configuration annotation/,
    );
    expect(e.result.chunks[1]!.text).toBe('deployment.apps/nginx-deployment configured\n');
    expect(frames().at(-1)!.deployment?.replicas).toBe(4);
  });
});
