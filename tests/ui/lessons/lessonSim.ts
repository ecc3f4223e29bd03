// Runs lessons' commands against the real engine and kubectl (no UI), the way a learner would: each command at
// the current instant, long-running ones (rollout status) to their end, a few seconds of reading between steps.
import type { Deployment, ReplicaSet } from '../../../src/engine';
import { Simulation } from '../../../src/engine';
import { Kubectl } from '../../../src/kubectl';
import { kubectlArgv } from '../../../src/ui/lessons/commandLine';
import type { Lesson } from '../../../src/ui/lessons/types';
import { seedScenario } from '../../../src/worker/scenario';

export interface Ran {
  line: string;
  exitCode: number;
  out: string;
}

export class LessonSim {
  readonly sim = new Simulation({ seed: 1 });
  readonly kubectl = new Kubectl({ sim: this.sim });
  readonly log: Ran[] = [];

  constructor(lesson: Lesson) {
    if (lesson.scene === 'seed') seedScenario(this.sim);
  }

  run(line: string): Ran {
    const res = this.kubectl.run(kubectlArgv(line));
    const ran = { line, exitCode: res.exitCode, out: res.chunks.map((c) => c.text).join('') };
    this.log.push(ran);
    return ran;
  }

  wait(ms: number): void {
    this.sim.advanceBy(ms);
  }

  /** ReplicaSets by image: spec replicas and available, e.g. { 'nginx:1.16.1': [3, 3] }. */
  replicaSets(): Record<string, [number, number]> {
    const out: Record<string, [number, number]> = {};
    for (const rs of this.sim.list<ReplicaSet>('ReplicaSet', 'default')) {
      const image = rs.spec.template.spec.containers[0]?.image ?? '?';
      out[image] = [rs.spec.replicas ?? 0, rs.status?.availableReplicas ?? 0];
    }
    return out;
  }

  deployment(): Deployment {
    return this.sim.get<Deployment>('Deployment', 'default', 'nginx-deployment')!;
  }
}
