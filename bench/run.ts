// `npm run bench`: engine benchmarks on this machine, each in its own process, printed as a table.
// Targets (issue 1/5): 10,000-replica rollout < 2 s and < 300 MB; seek p99 < 16 ms (one animation frame).
import { execFileSync } from 'node:child_process';

function run(script: string, ...args: string[]): Record<string, number> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
}

const f = (n: number, d = 1) => n.toFixed(d);
console.log('Rolling update, realistic timing (create → all ready → change image → complete)');
console.log('replicas  nodes  wall (ms)  simulated (s)  sim s per wall s  peak RSS (MB)  snapshots');
for (const n of [100, 1000, 10000]) {
  const r = run('bench/rollout.ts', String(n));
  console.log(
    `${String(r.replicas).padStart(8)}  ${String(r.nodes).padStart(5)}  ${f(r.wallMs!).padStart(9)}  ${f(r.simMs! / 1000).padStart(13)}  ${f(r.simMs! / r.wallMs!).padStart(16)}  ${f(r.peakRssMb!).padStart(13)}  ${String(r.snapshots).padStart(9)}`,
  );
}
console.log('');
const s = run('bench/seek.ts');
console.log('Seek in a 10-minute, 1,000-pod run (200 random seeks)');
console.log(
  `build ${f(s.buildMs!)} ms · median ${f(s.medianMs!, 2)} ms · p95 ${f(s.p95Ms!, 2)} ms · p99 ${f(s.p99Ms!, 2)} ms · max ${f(s.maxMs!, 2)} ms · ${s.snapshots} snapshots · heap ${f(s.heapMb!)} MB · peak RSS ${f(s.peakRssMb!)} MB`,
);
