import { describe, expect, it } from 'vitest';
import { parseRunFile, runFileText, transcriptText } from '../../src/worker/timelineRunFile';
import type { Frame } from '../../src/worker/protocol';
import { markersOf, stateOf, timelineHost, type Answer } from './timelineHarness';

/** A run with a good rollout, a bad image and a roll back; the playhead left at 50 s. */
function recorded() {
  const h = timelineHost(7);
  h.kubectl('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1');
  h.playTo(30_000);
  h.kubectl('set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:no-such-tag');
  h.playTo(70_000);
  h.kubectl('rollout', 'undo', 'deployment/nginx-deployment');
  h.kubectl('get', 'pods');
  h.playTo(90_000);
  h.send({ type: 'seek', at: 50_000 });
  return h;
}

function exported(h: ReturnType<typeof timelineHost>, format: 'run' | 'transcript' = 'run') {
  h.host.handle({ type: 'exportRun', id: 1, format });
  const a = h.answers().at(-1) as Extract<Answer, { type: 'exportRun' }>;
  expect(a).toMatchObject({ type: 'exportRun', id: 1 });
  return a;
}

function imported(h: ReturnType<typeof timelineHost>, text: string, id = 2) {
  h.host.handle({ type: 'importRun', id, text });
  h.clock.frame();
  return h.answers().at(-1) as Extract<Answer, { type: 'importRun' }>;
}

describe('run files: export, then import reproduces the identical run', () => {
  it('round-trips seed, timing, command log, terminal lines and the playhead', () => {
    const a = recorded();
    const file = exported(a);
    expect(file.filename).toBe('rollout-lab-run-seed7-1m30s.json');
    const parsed = JSON.parse(file.text) as { seed: number; timing: string; now: number; head: number };
    expect(parsed).toMatchObject({
      format: 'rollout-lab/run',
      version: 1,
      seed: 7,
      timing: 'realistic',
      now: 50_000,
      head: 90_000,
    });

    const b = timelineHost(99);
    expect(imported(b, file.text)).toEqual({ type: 'importRun', id: 2, ok: true });
    const f = b.last();
    expect(f.now).toBe(50_000);
    expect(f.head).toBe(90_000);
    expect(f.playing).toBe(false);
    expect(b.sim().seed).toBe(7);
    expect(b.sim().requests).toEqual(a.sim().requests);
    expect(f.timeline?.transcript?.map((e) => e.line)).toEqual([
      'kubectl create -f nginx-deployment.yaml',
      'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1',
      'kubectl set image deployment/nginx-deployment nginx=nginx:no-such-tag',
      'kubectl rollout undo deployment/nginx-deployment',
      'kubectl get pods',
    ]);
    // the same states at every instant, and the same markers
    for (const t of [50_000, 3_000, 31_000, 69_900, 90_000, 12_345]) {
      const x: Frame = a.send({ type: 'seek', at: t });
      const y: Frame = b.send({ type: 'seek', at: t });
      expect(stateOf(y)).toEqual(stateOf(x));
    }
    const last = (h: ReturnType<typeof timelineHost>) =>
      markersOf(h.frames())
        .map(({ id: _id, ...m }) => m)
        .sort((p, q) => p.at - q.at || p.kind.localeCompare(q.kind) || p.text.localeCompare(q.text));
    expect(last(b)).toEqual(last(a));
    // exporting the imported run gives the same file
    b.send({ type: 'seek', at: 50_000 });
    expect(exported(b).text).toBe(file.text);
  });

  it('downloads the transcript as text, the way the terminal showed it', () => {
    const a = recorded();
    const t = exported(a, 'transcript');
    expect(t.filename).toBe('rollout-lab-transcript-seed7-1m30s.txt');
    expect(
      t.text.startsWith(
        '$ kubectl create -f nginx-deployment.yaml\ndeployment.apps/nginx-deployment created\n$ kubectl set image',
      ),
    ).toBe(true);
    expect(t.text).toContain('$ kubectl get pods\nNAME ');
    expect(transcriptText([])).toBe('');
  });
});

describe('run files: a bad file gets a clear reason, never a crash, and the run stays as it was', () => {
  const good = () => JSON.parse(exported(recorded()).text) as Record<string, unknown>;
  const cases: [string, (f: Record<string, unknown>) => unknown, Record<string, unknown>][] = [
    ['not JSON', () => '{"format": ', { code: 'notJson' }],
    ['another format', (f) => ({ ...f, format: 'something/else' }), { code: 'notRun' }],
    ['a newer version', (f) => ({ ...f, version: 2 }), { code: 'version', detail: '2' }],
    ['an unknown field', (f) => ({ ...f, extra: 1 }), { code: 'field', path: 'extra', expected: 'unknown' }],
    [
      'a missing field',
      ({ terminal: _t, ...f }) => f,
      { code: 'field', path: 'terminal', expected: 'known' },
    ],
    ['a negative seed', (f) => ({ ...f, seed: -1 }), { code: 'field', path: 'seed', expected: 'seed' }],
    [
      'an unknown timing',
      (f) => ({ ...f, timing: 'fast' }),
      { code: 'field', path: 'timing', expected: 'timing' },
    ],
    [
      'now after head',
      (f) => ({ ...f, now: (f['head'] as number) + 1 }),
      { code: 'field', path: 'now', expected: 'range' },
    ],
    [
      'requests out of order',
      (f) => ({ ...f, requests: [...(f['requests'] as unknown[])].reverse() }),
      { code: 'field', path: 'requests[1].at', expected: 'order' },
    ],
    [
      'a request verb the API server does not log',
      (f) => ({ ...f, requests: [{ at: 0, request: { verb: 'get', kind: 'Pod', name: 'x' } }] }),
      { code: 'field', path: 'requests[0].request.verb', expected: 'verb' },
    ],
    [
      'a request the API server refuses',
      (f) => ({
        ...f,
        requests: [
          {
            at: 0,
            request: {
              verb: 'patch',
              kind: 'Deployment',
              namespace: 'default',
              name: 'nope',
              patchType: 'merge',
              patch: {},
            },
          },
        ],
      }),
      { code: 'replay', path: 'requests[0]' },
    ],
    [
      'a terminal line with a bad stream',
      (f) => ({
        ...f,
        terminal: [
          {
            at: 0,
            line: 'x',
            argv: [],
            source: 'terminal',
            result: { chunks: [{ stream: 'tty', text: '' }], exitCode: 0 },
          },
        ],
      }),
      { code: 'field', path: 'terminal[0].result.chunks[0].stream', expected: 'stream' },
    ],
    [
      'a time that is not whole ms',
      (f) => ({ ...f, head: 1.5 }),
      { code: 'field', path: 'head', expected: 'time' },
    ],
  ];

  it.each(cases)('refuses %s', (_name, mutate, error) => {
    const base = good();
    const h = timelineHost();
    h.playTo(8000);
    const before = { now: h.last().now, head: h.last().head, log: [...h.sim().requests] };
    const m = mutate(base);
    const answer = imported(h, typeof m === 'string' ? m : JSON.stringify(m));
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatchObject(error);
    expect(h.messages.some((x) => x.type === 'fault')).toBe(false);
    expect({ now: h.last().now, head: h.last().head, log: h.sim().requests }).toEqual(before);
  });

  it('refuses huge files before parsing them', () => {
    expect(parseRunFile('x'.repeat(20_000_001))).toEqual({ ok: false, error: { code: 'tooLarge' } });
  });

  it('writes deterministic text', () => {
    const run = { seed: 1, timing: 'fixed:5', now: 0, head: 0, requests: [], terminal: [] };
    expect(runFileText(run)).toBe(runFileText(run));
    expect(parseRunFile(runFileText(run))).toMatchObject({ ok: true, run: { timing: 'fixed:5' } });
  });
});
