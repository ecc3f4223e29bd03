// `--record`: the kubernetes.io/change-cause annotation and the command text kubectl reconstructs for it.
// Mirrors cli-runtime genericclioptions/record_flags.go (parseCommandArguments, ChangeCauseRecorder).
import type { KubeObject } from '../../engine/index';
import type { ParsedCommand } from '../cli/index';
import { commandAt } from '../cli/index';
import { bool } from './flags';

/** The annotation `rollout history` shows as CHANGE-CAUSE. */
export const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';

/** Flags whose values are never written into the annotation. */
const CLASSIFIED = new Set(['token', 'password']);

/**
 * parseCommandArguments: kubectl re-parses its whole command line with the command's flag set and writes
 * `kubectl <every non-flag word> --<flag>=<value> …`, flags in the order given, shorthands spelled long, e.g.
 * `kubectl set image deployment/nginx nginx=nginx:1.16.1 --record=true` or
 * `kubectl create --filename=nginx-deployment.yaml --record=true`.
 */
export function changeCause(cmd: ParsedCommand): string {
  const command = commandAt(cmd.commandPath);
  if (!command) return '';
  const parsed = command.flags.parse(cmd.argv);
  if (!parsed.ok) return '';
  const args = parsed.args.length > 0 ? ` ${parsed.args.join(' ')}` : '';
  const flags = parsed.assignments
    .map((a) => ` --${a.name}=${CLASSIFIED.has(a.name) ? 'CLASSIFIED' : a.value}`)
    .join('');
  return `kubectl${args}${flags}`;
}

/** Whether `--record` (true) was given. */
export function shouldRecord(cmd: ParsedCommand): boolean {
  return bool(cmd, 'record');
}

/** ChangeCauseRecorder.Record on a copy of the object (no-op without --record). */
export function recorded<T extends KubeObject>(cmd: ParsedCommand, obj: T): T {
  if (!shouldRecord(cmd)) return obj;
  return {
    ...obj,
    metadata: {
      ...obj.metadata,
      annotations: { ...obj.metadata.annotations, [CHANGE_CAUSE_ANNOTATION]: changeCause(cmd) },
    },
  };
}
