// The app's starting point, from the seed article: `kubectl create -f nginx-deployment.yaml` (3 replicas of
// nginx:1.14.2), run until the rollout is complete so the stage opens on a running Deployment.
import type { Deployment, LoggedRequest, Simulation } from '../engine';
import type { CommandResult } from '../shell/result';
import { printName } from '../kubectl/printers';

export { SEED_FILE, SEED_YAML } from './manifests';

/** The same Deployment as an API object. */
export function seedDeployment(): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'nginx-deployment', namespace: 'default', labels: { app: 'nginx' } },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'nginx' } },
      template: {
        metadata: { labels: { app: 'nginx' } },
        spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] },
      },
    },
    status: {},
  };
}

/** Longest the seed may take to become available (simulated ms); realistic pulls take well under this. */
const SEED_LIMIT_MS = 120_000;

/**
 * seedScenario: create the Deployment at t = 0 and run until all 3 replicas are available. Returns the
 * terminal line to show for it.
 */
export function seedScenario(sim: Simulation): { argv: string[]; result: CommandResult } {
  const res = sim.request({ verb: 'create', object: seedDeployment() });
  const text = res.ok
    ? printName('Deployment', 'nginx-deployment', 'created')
    : `Error from server: ${res.status.message}\n`;
  sim.runUntil(() => {
    const d = sim.get<Deployment>('Deployment', 'default', 'nginx-deployment');
    const s = d?.status;
    return (s?.availableReplicas ?? 0) === 3 && (s?.updatedReplicas ?? 0) === 3 && (s?.replicas ?? 0) === 3;
  }, SEED_LIMIT_MS);
  return {
    argv: ['create', '-f', 'nginx-deployment.yaml'],
    result: { chunks: [{ stream: res.ok ? 'stdout' : 'stderr', text }], exitCode: res.ok ? 0 : 1 },
  };
}

/**
 * replayLog: rebuild a simulation from a request log (crash recovery): each request at its instant, then put
 * the playhead back at `now`. Determinism makes the result identical to the lost state.
 */
export function replayLog(sim: Simulation, log: readonly LoggedRequest[], now: number): void {
  for (const entry of log) {
    sim.advanceTo(entry.at);
    sim.request(entry.request);
  }
  sim.seek(now);
}
