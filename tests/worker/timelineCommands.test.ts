import { describe, expect, it } from 'vitest';
import {
  commandActs,
  commandWords,
  isWriteCommand,
  mayBranch,
  shellWrites,
} from '../../src/worker/timelineCommands';

describe('which commands act on the cluster (and so branch when run in the past)', () => {
  it('skips global flags and their values to find the command words', () => {
    expect(commandWords(['-n', 'default', 'rollout', 'undo', 'deploy/x'])).toEqual(['rollout', 'undo']);
    expect(commandWords(['--namespace=default', 'get', 'pods'])).toEqual(['get', 'pods']);
  });

  it('treats writes as acting and reads, help and dry runs as not', () => {
    for (const argv of [
      ['scale', 'deployment/nginx-deployment', '--replicas=5'],
      ['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1'],
      ['rollout', 'undo', 'deployment/nginx-deployment'],
      ['rollout', 'pause', 'deployment/nginx-deployment'],
      ['apply', '-f', '-'],
      ['delete', 'pod', 'x'],
      ['patch', 'deployment/x', '-p', '{}', '--dry-run=none'],
    ])
      expect(isWriteCommand(argv), argv.join(' ')).toBe(true);
    for (const argv of [
      ['get', 'pods'],
      ['describe', 'deployment', 'nginx-deployment'],
      ['rollout', 'status', 'deployment/nginx-deployment'],
      ['rollout', 'history', 'deployment/nginx-deployment'],
      ['scale', 'deployment/x', '--replicas=5', '--dry-run=server'],
      ['set', 'image', 'deployment/x', 'nginx=nginx:1', '--dry-run=client'],
      ['scale', '--help'],
      [],
    ])
      expect(isWriteCommand(argv), argv.join(' ')).toBe(false);
  });

  it('reads scripts: any writing kubectl line acts; echo and heredoc bodies do not', () => {
    expect(shellWrites('kubectl get pods\nkubectl scale deploy/x --replicas=2')).toBe(true);
    expect(shellWrites('kubectl get pods && kubectl rollout status deploy/x')).toBe(false);
    expect(shellWrites('timeout 30s kubectl rollout undo deploy/x')).toBe(true);
    expect(shellWrites('echo kubectl delete pod x')).toBe(false);
    expect(shellWrites('kubectl apply -f - <<EOF\nkind: Deployment\nEOF')).toBe(true);
    expect(shellWrites('sleep 5')).toBe(false);
  });

  it('classifies protocol commands', () => {
    expect(
      commandActs({ type: 'kubectl', argv: ['scale', 'deploy/x', '--replicas=1'], source: 'control' }),
    ).toBe(true);
    expect(commandActs({ type: 'kubectl', argv: ['get', 'pods'], source: 'terminal' })).toBe(false);
    expect(commandActs({ type: 'editSave', session: 1, text: '' })).toBe(true);
    expect(commandActs({ type: 'seek', at: 0 })).toBe(false);
    expect(mayBranch({ type: 'kubectl', argv: ['get', 'pods'], source: 'terminal' })).toBe(true);
    expect(mayBranch({ type: 'validate', id: 1, argv: [] })).toBe(false);
    expect(mayBranch({ type: 'step', direction: 'back', unit: 'second' })).toBe(false);
  });
});
