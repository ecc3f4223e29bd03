// Headless runner (`npm run sim -- <script>`, also the `rollout-lab` bin): runs a script through the shell →
// kubectl → engine and prints the transcript a terminal would show. Exit 0 when the script ran to its end
// (failed kubectl commands are printed, like a shell without -e); 2 for an unreadable or malformed script.
import { readFileSync } from 'node:fs';
import { Simulation } from '../engine/index';
import { Shell, formatStep, parseScript } from '../shell/index';
import { USAGE, parseArgs } from './args';
import { createKubectlRunner } from './runner';

/** Run the CLI; returns the process exit code. Output goes through `write`. */
export function main(
  argv: string[],
  write: (text: string) => void,
  readStdin: () => string = () => readFileSync(0, 'utf8'),
): number {
  const opts = parseArgs(argv);
  if ('help' in opts) {
    write(USAGE);
    return 0;
  }
  if ('error' in opts) {
    write(`rollout-lab: ${opts.error}\n\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = opts.script === '-' ? readStdin() : readFileSync(opts.script, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(e);
    write(`rollout-lab: cannot read script "${opts.script}": ${why}\n`);
    return 2;
  }
  // Steps are printed as they run, so a long script shows progress.
  const sim = new Simulation({ seed: opts.seed, timing: opts.timing });
  const shell = new Shell(
    { kubectl: createKubectlRunner(sim), advance: (ms) => sim.advanceBy(ms) },
    { name: opts.script },
  );
  for (const step of shell.steps(text)) write(formatStep(step));
  const malformed = [...parseScript(text)].find((i) => i.kind === 'error');
  return malformed ? 2 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && /cli[/\\]main\.[tj]s$/.test(process.argv[1]);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2), (t) => process.stdout.write(t));
