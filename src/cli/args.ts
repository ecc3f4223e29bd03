// Command-line arguments of the headless runner: `rollout-lab <script> [--seed N] [--timing realistic|fixed:S]`.
import { parseTiming, type TimingMode } from '../engine/index';

export interface CliOptions {
  script: string;
  seed: number;
  timing: TimingMode;
}

export const USAGE = `Usage: rollout-lab <script file> [--seed N] [--timing realistic|fixed:<seconds>]

Runs a script of kubectl commands against a simulated Kubernetes cluster and prints the transcript a
terminal would show. Script lines: kubectl …, sleep <duration>, cat <<EOF > file … EOF, # comments.

Options:
  --seed N          seed of the simulation's random generator (pod names, jitter); default 1
  --timing MODE     realistic (default): pulls, starts and terminations take realistic, jittered times;
                    fixed:<seconds>: every pod of a pullable image is Ready exactly <seconds> after creation
  -h, --help        show this help
`;

/** Parse argv (without node and the script path of the runner itself). */
export function parseArgs(argv: string[]): CliOptions | { help: true } | { error: string } {
  let script: string | undefined;
  let seed = 1;
  let timing: TimingMode = { kind: 'realistic' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (name: string): string | { error: string } => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      return v === undefined ? { error: `option ${name} needs a value` } : v;
    };
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--seed' || a.startsWith('--seed=')) {
      const v = value('--seed');
      if (typeof v !== 'string') return v;
      if (!/^\d+$/.test(v) || Number(v) > 4294967295)
        return { error: `invalid --seed "${v}": use a whole number from 0 to 4294967295` };
      seed = Number(v);
    } else if (a === '--timing' || a.startsWith('--timing=')) {
      const v = value('--timing');
      if (typeof v !== 'string') return v;
      const t = parseTiming(v);
      if ('error' in t) return t;
      timing = t;
    } else if (a.startsWith('-') && a !== '-') {
      return { error: `unknown option "${a}"` };
    } else if (script === undefined) {
      script = a;
    } else {
      return { error: `unexpected argument "${a}" (one script file at a time)` };
    }
  }
  if (script === undefined) return { error: 'missing script file' };
  return { script, seed, timing };
}
