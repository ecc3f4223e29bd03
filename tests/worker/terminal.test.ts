import { beforeEach, describe, expect, it } from 'vitest';
import { Simulation, type Deployment } from '../../src/engine';
import type { EditState, TerminalStreamUpdate } from '../../src/worker/protocol';
import { seedScenario } from '../../src/worker/scenario';
import { TerminalSession } from '../../src/worker/terminal';

let sim: Simulation;
let session: TerminalSession;
let edits: EditState[];
const D = 'deployment/nginx-deployment';
const deployment = () => sim.get<Deployment>('Deployment', 'default', 'nginx-deployment')!;
const text = (chunks: { text: string }[]) => chunks.map((c) => c.text).join('');

/** A control's command: its one entry's output and exit code. */
function control(...argv: string[]) {
  session.runArgv(argv, 'control');
  const e = session.drain().entries[0]!;
  return {
    code: e.result.exitCode,
    out: text(e.result.chunks),
    streams: e.result.chunks.map((c) => c.stream),
  };
}

/** Advance simulated time second by second, polling like the host does after each advance. */
function play(ms: number) {
  for (let t = 0; t < ms; t += 1000) {
    sim.advanceBy(1000);
    session.poll();
  }
}

const streamText = (updates: TerminalStreamUpdate[]) => updates.map((u) => text(u.chunks)).join('');

beforeEach(() => {
  sim = new Simulation({ seed: 3 });
  seedScenario(sim);
  edits = [];
  session = new TerminalSession(sim, (e) => edits.push(e));
});

describe('control commands through the real kubectl', () => {
  it('set image, scale and patch print what kubectl prints; API errors word for word', () => {
    expect(control('set', 'image', D, 'nginx=nginx:1.16.1')).toEqual({
      code: 0,
      out: 'deployment.apps/nginx-deployment image updated\n',
      streams: ['stdout'],
    });
    expect(deployment().spec.template.spec.containers[0]!.image).toBe('nginx:1.16.1');
    expect(control('scale', D, '--replicas=5').out).toBe('deployment.apps/nginx-deployment scaled\n');
    expect(deployment().spec.replicas).toBe(5);
    expect(
      control('patch', D, '-p', '{"spec":{"strategy":{"rollingUpdate":{"maxSurge":0,"maxUnavailable":0}}}}'),
    ).toEqual({
      code: 1,
      out: 'The Deployment "nginx-deployment" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0\n',
      streams: ['stderr'],
    });
  });

  it('pause refuses to repeat itself; undo of a paused Deployment is refused', () => {
    expect(control('rollout', 'undo', D).out).toBe(
      'error: no rollout history found for deployment "nginx-deployment"\n',
    );
    control('set', 'image', D, 'nginx=nginx:1.16.1');
    expect(control('rollout', 'pause', D).out).toBe('deployment.apps/nginx-deployment paused\n');
    expect(control('rollout', 'pause', D)).toMatchObject({
      code: 1,
      out: 'error: deployments.apps "nginx-deployment" is already paused\n',
    });
    expect(control('rollout', 'undo', D)).toMatchObject({
      code: 1,
      out: "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n",
    });
  });

  it('every successful write is a request in the engine log, at the instant it ran', () => {
    const before = sim.requests.length;
    control('scale', D, '--replicas=4');
    control('scale', D, '--replicas=-1');
    expect(sim.requests.length).toBe(before + 1);
    expect(sim.requests.at(-1)!.at).toBe(sim.now);
  });

  it('validate is a server dry run: nothing changes, the message is kubectl stderr', () => {
    expect(session.validate(['scale', D, '--replicas=9'])).toEqual({ ok: true, message: '' });
    expect(session.validate(['patch', D, '-p', '{"spec":{"minReadySeconds":-1}}']).message).toBe(
      'The Deployment "nginx-deployment" is invalid: spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0\n',
    );
    expect(deployment().spec.replicas).toBe(3);
    expect(session.drain().entries).toEqual([]);
  });
});

describe('terminal lines through the shell', () => {
  it('records each step of a line with its output and finishes the job', () => {
    session.runShell('kubectl get deployments', 'terminal', 5);
    const n = session.drain();
    expect(n.entries).toHaveLength(1);
    expect(n.entries[0]).toMatchObject({ line: 'kubectl get deployments', argv: ['get', 'deployments'] });
    expect(text(n.entries[0]!.result.chunks)).toMatch(
      /^NAME +READY +UP-TO-DATE +AVAILABLE +AGE\nnginx-deployment +3\/3 +3 +3 +\d+s\n$/,
    );
    expect(n.finished).toEqual([{ requestId: 5, exitCode: 0 }]);
    expect(session.busy).toBe(false);
  });

  it('runs heredocs into files and applies them with -f', () => {
    session.runShell(
      'cat <<EOF > scale.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.16.1\nEOF\nkubectl apply -f scale.yaml',
      'terminal',
      1,
    );
    const n = session.drain();
    expect(n.entries.map((e) => text(e.result.chunks))).toEqual(['', 'deployment.apps/web created\n']);
    expect(sim.get<Deployment>('Deployment', 'default', 'web')).toBeDefined();
  });

  it('streams rollout status while time passes, then goes on with the script ($? is its exit code)', () => {
    control('set', 'image', D, 'nginx=nginx:1.16.1');
    session.runShell(`kubectl rollout status ${D}\necho status=$?`, 'terminal', 9);
    let n = session.drain();
    expect(n.entries).toHaveLength(1);
    expect(n.entries[0]!.running).toBe(true);
    expect(text(n.entries[0]!.result.chunks)).toContain(
      'Waiting for deployment "nginx-deployment" rollout to finish',
    );
    expect(session.busy).toBe(true);
    play(60_000);
    const id = n.entries[0]!.id;
    n = session.drain();
    expect(n.stream.every((u) => u.entry === id)).toBe(true);
    expect(streamText(n.stream)).toContain('deployment "nginx-deployment" successfully rolled out\n');
    expect(n.stream.at(-1)).toMatchObject({ done: true, exitCode: 0 });
    expect(n.entries.map((e) => text(e.result.chunks))).toEqual(['status=0\n']);
    expect(n.finished).toEqual([{ requestId: 9, exitCode: 0 }]);
    expect(session.busy).toBe(false);
  });

  it('Ctrl+C stops the foreground command with exit 130 and abandons the rest of the script', () => {
    control('set', 'image', D, 'nginx=nginx:1.231');
    session.runShell(`kubectl rollout status ${D}\necho after`, 'terminal', 2);
    play(5000);
    session.drain();
    session.interrupt();
    const n = session.drain();
    expect(n.stream.at(-1)).toMatchObject({ done: true, exitCode: 130, interrupted: true });
    expect(n.entries).toEqual([]);
    expect(n.finished).toEqual([{ requestId: 2, exitCode: 130 }]);
    session.runShell('echo $?', 'terminal', 3);
    expect(text(session.drain().entries[0]!.result.chunks)).toBe('130\n');
  });

  it('`timeout 10s` ends a watch after 10 simulated seconds with 124', () => {
    session.runShell('timeout 10s kubectl get pods -w\necho $?', 'terminal', 4);
    play(12_000);
    const n = session.drain();
    expect(n.stream.find((u) => u.done)).toMatchObject({ exitCode: 124 });
    expect(text(n.entries.at(-1)!.result.chunks)).toBe('124\n');
  });

  it('one foreground command at a time: a second line is refused while one runs', () => {
    session.runShell('kubectl get pods -w', 'terminal', 1);
    session.drain();
    session.runShell('kubectl get pods', 'terminal', 2);
    const n = session.drain();
    expect(text(n.entries[0]!.result.chunks)).toMatch(/still running/);
    expect(n.finished).toEqual([{ requestId: 2, exitCode: 1 }]);
    expect(session.busy).toBe(true);
  });

  it('controls still act while the terminal watches', () => {
    session.runShell('kubectl get deploy -w', 'terminal', 1);
    session.drain();
    expect(control('scale', D, '--replicas=2').out).toBe('deployment.apps/nginx-deployment scaled\n');
    play(2000);
    expect(streamText(session.drain().stream)).toMatch(/nginx-deployment +\d\/2/);
  });

  it('sleep N jumps simulated time ahead; clear asks the terminal to clear', () => {
    const before = sim.now;
    session.runShell('sleep 30\nclear', 'terminal', 1);
    expect(sim.now).toBe(before + 30_000);
    expect(session.drain().entries.at(-1)!.result.clear).toBe(true);
  });

  it('a seek back before a running command started stops it', () => {
    const start = sim.now;
    session.runShell('kubectl get pods -w', 'terminal', 1);
    play(3000);
    session.drain();
    sim.seek(start - 1000);
    session.afterSeek();
    expect(session.drain().stream.at(-1)).toMatchObject({ done: true, exitCode: 130 });
    expect(session.busy).toBe(false);
  });
});

describe('kubectl edit opens the YAML editor', () => {
  it('opens the live object; a valid save prints `edited` and ends the command', () => {
    session.runShell(`kubectl edit ${D}`, 'terminal', 1);
    expect(session.drain().entries[0]).toMatchObject({ running: true, line: `kubectl edit ${D}` });
    expect(edits[0]).toMatchObject({ session: 1, target: D, open: true });
    expect(edits[0]!.yaml).toContain('image: nginx:1.14.2');
    session.editSave(1, edits[0]!.yaml.replace('image: nginx:1.14.2', 'image: nginx:1.16.1'));
    const n = session.drain();
    expect(streamText(n.stream)).toBe('deployment.apps/nginx-deployment edited\n');
    expect(n.stream.at(-1)).toMatchObject({ done: true, exitCode: 0 });
    expect(edits.at(-1)).toMatchObject({ open: false, result: 'deployment.apps/nginx-deployment edited\n' });
    expect(deployment().spec.template.spec.containers[0]!.image).toBe('nginx:1.16.1');
  });

  it('a rejected save reopens the text with kubectl error comments; saving it again gives up', () => {
    session.runShell(`kubectl edit ${D}`, 'terminal', 1);
    session.drain();
    session.editSave(1, edits[0]!.yaml.replace('replicas: 3', 'replicas: -1'));
    let n = session.drain();
    expect(streamText(n.stream)).toContain(
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
    expect(n.stream[0]!.done).toBe(false);
    const reopened = edits.at(-1)!;
    expect(reopened).toMatchObject({ open: true, session: 1 });
    expect(reopened.yaml).toContain('# deployments.apps "nginx-deployment" was not valid:');
    expect(reopened.error).toContain('Invalid value: -1');
    session.editSave(1, reopened.yaml);
    n = session.drain();
    expect(streamText(n.stream)).toBe('error: Edit cancelled, no valid changes were saved.\n');
    expect(n.finished).toEqual([{ requestId: 1, exitCode: 1 }]);
  });

  it('closing the editor unchanged cancels; edit errors (NotFound) finish at once', () => {
    session.runShell(`kubectl edit ${D}`, 'terminal', 1);
    session.drain();
    session.editCancel(1);
    expect(streamText(session.drain().stream)).toBe('Edit cancelled, no changes made.\n');
    session.runShell('kubectl edit deployment/nope', 'terminal', 2);
    const n = session.drain();
    expect(text(n.entries[0]!.result.chunks)).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
    expect(n.finished).toEqual([{ requestId: 2, exitCode: 1 }]);
  });
});
