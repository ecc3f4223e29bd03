// One benchmark in its own process (so peak memory is its own): a complete rolling update of N replicas in
// realistic timing — create, wait until all are ready, change the image, wait until the rollout completes.
// Prints one JSON line: wall ms, simulated ms, peak RSS.
import { Simulation, type Deployment } from '../src/engine/index';
import { actionRequest, deploymentManifest } from '../tests/fixtures/scenario';

const n = Number(process.argv[2] ?? 100);
// 110 pods fit on a node (the kubelet default); add nodes so old + surge pods all fit.
const nodes = Math.max(3, Math.ceil((n * 1.3) / 110) + 1);
const t0 = performance.now();
const sim = new Simulation({
  seed: 42,
  timing: { kind: 'realistic' },
  nodes,
  ...(process.env.SNAP ? { snapshotEveryMs: Number(process.env.SNAP) } : {}),
});
const name = 'nginx-deployment';
const ok = sim.request({ verb: 'create', object: deploymentManifest({ replicas: n }) });
if (!ok.ok) throw new Error(ok.status.message);
const complete = () => {
  const d = sim.get<Deployment>('Deployment', 'default', name)!;
  const s = d.status;
  return (
    s.observedGeneration === d.metadata.generation &&
    s.updatedReplicas === n &&
    s.availableReplicas === n &&
    s.replicas === n
  );
};
if (!sim.runUntil(complete, 3_600_000)) throw new Error('initial rollout did not complete');
const readyAt = sim.now;
sim.request(actionRequest(sim, name, { type: 'setImage', image: 'nginx:1.16.1' })!);
if (!sim.runUntil(complete, sim.now + 3_600_000)) throw new Error('image rollout did not complete');
const wallMs = performance.now() - t0;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({
    replicas: n,
    nodes,
    wallMs,
    simMs: sim.now,
    firstReadyMs: readyAt,
    rolloutMs: sim.now - readyAt,
    peakRssMb,
    snapshots: sim.snapshotCount,
    decisions: sim.decisions.length,
  }),
);
