// Runs for share and persistence tests, made by the real engine and kubectl (not hand-written JSON).
import { Simulation } from '../../../src/engine';
import { Kubectl } from '../../../src/kubectl';
import type { Run } from '../../../src/ui/share/run';
import { seedScenario } from '../../../src/worker/scenario';

/** The seed scene, an image update, and 8 s more: a small, real run. */
export function sampleRun(): Run {
  const sim = new Simulation({ seed: 7 });
  seedScenario(sim);
  const kubectl = new Kubectl({ sim });
  const argv = ['set', 'image', 'deployment/nginx-deployment', 'nginx=nginx:1.16.1'];
  const at = sim.now;
  const res = kubectl.run(argv);
  sim.advanceBy(8000);
  return {
    v: 1,
    run: {
      format: 'rollout-lab/run',
      version: 1,
      seed: 7,
      timing: 'realistic',
      now: sim.now,
      head: sim.now,
      requests: [...sim.requests],
      terminal: [{ at, line: `kubectl ${argv.join(' ')}`, argv, source: 'terminal', result: res }],
    },
    speed: 4,
    scene: 'seed',
    lesson: { id: 'walkthrough', step: 6 },
  };
}
