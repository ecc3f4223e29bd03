import { beforeEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../src/engine';
import { VirtualFs } from '../../src/shell';
import { complete } from '../../src/worker/completion';
import { seedScenario } from '../../src/worker/scenario';

let sim: Simulation;
let fs: VirtualFs;
const c = (line: string) => complete(line, sim, fs);

beforeEach(() => {
  sim = new Simulation({ seed: 3 });
  seedScenario(sim);
  fs = new VirtualFs([['nginx-deployment.yaml', 'x']]);
});

describe('terminal completion', () => {
  it('completes the shell command, then kubectl commands and subcommands', () => {
    expect(c('kub')).toEqual({ from: 0, candidates: ['kubectl'] });
    expect(c('kubectl ro')).toEqual({ from: 8, candidates: ['rollout'] });
    expect(c('kubectl rollout ')).toEqual({
      from: 16,
      candidates: ['history', 'pause', 'restart', 'resume', 'status', 'undo'],
    });
    // commands kubectl has but the simulation does not offer are left out
    expect(c('kubectl ').candidates).not.toContain('logs');
    expect(c('kubectl ').candidates).toContain('apply');
  });

  it('completes resource types and live object names (type/name and type name)', () => {
    expect(c('kubectl get po').candidates).toEqual(['po', 'pod', 'pod/', 'pods']);
    expect(c('kubectl rollout status deployment/')).toEqual({
      from: 23,
      candidates: ['deployment/nginx-deployment'],
    });
    const pods = c('kubectl describe pods ').candidates;
    expect(pods).toHaveLength(3);
    expect(pods.every((p) => p.startsWith('nginx-deployment-'))).toBe(true);
    expect(c('kubectl get deploy nginx-deployment ').candidates).toEqual([]);
  });

  it('completes flags of the current command and some flag values', () => {
    expect(c('kubectl scale deployment/nginx-deployment --rep').candidates).toEqual(['--replicas=']);
    expect(c('kubectl rollout status deployment/nginx-deployment --wat').candidates).toEqual(['--watch']);
    expect(c('kubectl get pods -o ').candidates).toContain('yaml');
    expect(c('kubectl get pods --output=ya').candidates).toEqual(['--output=yaml']);
    expect(c('kubectl apply -f ').candidates).toEqual(['-', 'nginx-deployment.yaml']);
    expect(c('kubectl get pods -n kube-').candidates).toEqual([
      'kube-node-lease',
      'kube-public',
      'kube-system',
    ]);
  });

  it('completes container names for set image, through timeout, and files for cat', () => {
    expect(c('kubectl set image deployment/nginx-deployment ng').candidates).toEqual(['nginx=']);
    expect(c('timeout 30s kubectl rollout st').candidates).toEqual(['status']);
    expect(c('cat ng')).toEqual({ from: 4, candidates: ['nginx-deployment.yaml'] });
    expect(c('echo hi\nkubectl get depl').from).toBe(20);
  });
});
