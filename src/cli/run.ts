// Runs a script against a fresh simulation and collects the transcript — shared by the CLI's main and by the
// tests that drive scenarios "through the CLI" (conformance traces, the seed walk-through).
import { Simulation, type TimingMode } from '../engine/index';
import { Shell, formatStep, type ScriptStep } from '../shell/index';
import { createKubectlRunner } from './runner';

export interface ScriptRun {
  sim: Simulation;
  steps: ScriptStep[];
  /** The transcript as printed: `$ command` then its output, per step. */
  transcript: string;
}

/** Run `text` as a script named `name`. */
export function runScriptText(
  text: string,
  opts: { seed: number; timing: TimingMode; name?: string },
): ScriptRun {
  const sim = new Simulation({ seed: opts.seed, timing: opts.timing });
  const shell = new Shell(
    { kubectl: createKubectlRunner(sim), advance: (ms) => sim.advanceBy(ms) },
    { name: opts.name ?? 'script' },
  );
  const steps: ScriptStep[] = [];
  let transcript = '';
  for (const step of shell.steps(text)) {
    steps.push(step);
    transcript += formatStep(step);
  }
  return { sim, steps, transcript };
}
