// Seek latency: a 10-minute run with 1,000 pods (two rollovers, a bad image, an undo, a scale), then 200
// seeks to random instants (seeded), timing each seek. Prints one JSON line with the median and p99.
import { Random } from '../src/engine/sim/random';
import { Simulation } from '../src/engine/index';
import { actionRequest, deploymentManifest } from '../tests/fixtures/scenario';

const name = 'nginx-deployment';
const t0 = performance.now();
const sim = new Simulation({ seed: 7, timing: { kind: 'realistic' }, nodes: 14 });
sim.request({ verb: 'create', object: deploymentManifest({ replicas: 1000 }) });
const at = (sec: number, a: Parameters<typeof actionRequest>[2]) => {
  sim.advanceTo(sec * 1000);
  const req = actionRequest(sim, name, a);
  if (req) sim.request(req);
};
at(60, { type: 'setImage', image: 'nginx:1.16.1' });
at(150, { type: 'setImage', image: 'nginx:1.231' });
at(240, { type: 'undo' });
at(330, { type: 'scale', replicas: 800 });
at(420, { type: 'setImage', image: 'nginx:1.23.1' });
sim.advanceTo(600_000);
const buildMs = performance.now() - t0;
const rng = new Random(99);
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const t = rng.int(600_001);
  const a = performance.now();
  sim.seek(t);
  times.push(performance.now() - a);
}
times.sort((x, y) => x - y);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
const heapMb = process.memoryUsage().heapUsed / 1048576;
console.log(
  JSON.stringify({
    pods: 1000,
    runSimMs: 600_000,
    buildMs,
    seeks: times.length,
    medianMs: q(0.5),
    p95Ms: q(0.95),
    p99Ms: q(0.99),
    maxMs: times[times.length - 1],
    snapshots: sim.snapshotCount,
    heapMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
