// Connects the shell to kubectl for headless runs: each `kubectl …` line runs to completion against the
// simulation (long-running commands advance simulated time until they finish or time out).
import type { Simulation } from '../engine/index';
import { Kubectl } from '../kubectl/index';
import type { KubectlRunner } from '../shell/index';

/** The shell's kubectl for one simulation. */
export function createKubectlRunner(sim: Simulation): KubectlRunner {
  const kubectl = new Kubectl({ sim });
  return {
    run: (argv, stdin, ctx) =>
      kubectl.run(argv, stdin, { fs: ctx.fs, timeoutMs: ctx.timeoutMs, commandLine: ctx.commandLine }),
  };
}
