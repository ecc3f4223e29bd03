// Interim adapter: runs the kubectl command lines the controls produce (set image, scale, patch, rollout
// pause|resume|restart|undo) by building the equivalent API requests. The kubectl layer (src/kubectl) replaces
// this file wholesale: the host calls only `runKubectl`, and nothing else depends on what is inside.
import type { Deployment, ReplicaSet, Simulation } from '../engine';
import { deepClone, toTime } from '../engine';
import type { CommandResult } from '../shell/result';
import { printName } from '../kubectl/printers';
import { kubectlApiErrorText } from './apiErrorText';
import { ownedReplicaSets, revisionOf, sameTemplate } from './replicaSets';

const DEPLOYMENT_TYPES = new Set([
  'deployment',
  'deployments',
  'deploy',
  'deployment.apps',
  'deployments.apps',
]);
const REVISION = 'deployment.kubernetes.io/revision';
/** Annotations `rollout undo` keeps from the Deployment (kubectl rollback.go annotationsToSkip). */
const SKIP_ANNOTATIONS = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

const out = (text: string, exitCode = 0): CommandResult => ({
  chunks: text === '' ? [] : [{ stream: exitCode === 0 ? 'stdout' : 'stderr', text }],
  exitCode,
});
const fail = (message: string): CommandResult => out(`error: ${message}\n`, 1);

type DryRun = 'none' | 'client' | 'server';

/** The handful of command shapes the controls produce: command path, positional args and flags. */
interface ParsedCommand {
  commandPath: string[];
  args: string[];
  flags: Record<string, string>;
}

/** Flags that take a value (`--replicas 3` as well as `--replicas=3`). */
const VALUE_FLAGS: Record<string, string> = {
  '-p': 'patch',
  '-n': 'namespace',
  '--patch': 'patch',
  '--namespace': 'namespace',
  '--replicas': 'replicas',
  '--to-revision': 'to-revision',
  '--dry-run': 'dry-run',
  '--type': 'type',
};
const COMMANDS = [
  ['set', 'image'],
  ['scale'],
  ['patch'],
  ['rollout', 'pause'],
  ['rollout', 'resume'],
  ['rollout', 'restart'],
  ['rollout', 'undo'],
];

/** Split argv into the command path, positional arguments and `--flag=value` / `--flag value` flags. */
function parseArgv(argv: readonly string[]): ParsedCommand | undefined {
  const path = COMMANDS.find((c) => c.every((w, i) => argv[i] === w));
  if (!path) return undefined;
  const args: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = path.length; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('-') && eq > 0 ? a.slice(0, eq) : a;
    const key = VALUE_FLAGS[name];
    if (key && eq > 0 && a.startsWith('-')) flags[key] = a.slice(eq + 1);
    else if (key) flags[key] = argv[++i] ?? '';
    else if (a.startsWith('-')) flags[a.replace(/^-+/, '')] = 'true';
    else args.push(a);
  }
  return { commandPath: path, args, flags };
}

interface Target {
  name: string;
  namespace: string;
  dryRun: DryRun;
}

/** `deployment/x` or `deployment x` → the Deployment name; undefined for other kinds. */
function targetOf(cmd: ParsedCommand): Target | CommandResult {
  const [first, second] = cmd.args;
  let type = first ?? '';
  let name = second ?? '';
  if (type.includes('/'))
    [type, name] = [type.slice(0, type.indexOf('/')), type.slice(type.indexOf('/') + 1)];
  if (!DEPLOYMENT_TYPES.has(type.toLowerCase()) || name === '') {
    return fail(`Rollout Lab's controls only act on deployments (got "${cmd.args.join(' ')}")`);
  }
  const ns = cmd.flags['namespace'];
  const dry = cmd.flags['dry-run'];
  return {
    name,
    namespace: ns !== undefined && ns !== '' ? ns : 'default',
    dryRun: dry === 'server' || dry === 'client' ? dry : 'none',
  };
}

/** Apply an update of the Deployment through the API server and print kubectl's name-printer line. */
function writeDeployment(
  sim: Simulation,
  t: Target,
  next: Deployment,
  operation: string,
  unchanged = operation,
): CommandResult {
  const current = sim.get<Deployment>('Deployment', t.namespace, t.name);
  const json = (d: Deployment | undefined) => JSON.stringify([d?.spec, d?.metadata.annotations ?? {}]);
  let same = json(current) === json(next);
  if (t.dryRun === 'client')
    return out(printName('Deployment', t.name, `${same ? unchanged : operation} (dry run)`));
  const res = sim.request({ verb: 'update', object: next, dryRun: t.dryRun === 'server' });
  if (!res.ok) return out(kubectlApiErrorText(res.status), 1);
  // A real write knows whether anything changed (defaulting may make a patch a no-op).
  if (t.dryRun === 'none') same = !res.changed;
  const suffix = t.dryRun === 'server' ? ' (server dry run)' : '';
  if (unchanged === '' && same) return out('');
  return out(printName('Deployment', t.name, `${same ? unchanged : operation}${suffix}`));
}

/** JSON merge of a patch into an object: objects merge, `null` deletes, anything else replaces. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const base: Record<string, unknown> =
    target !== null && typeof target === 'object' && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (v === null) delete base[k];
    else base[k] = mergePatch(base[k], v);
  }
  return base;
}

function setImage(d: Deployment, t: Target, pairs: string[], sim: Simulation): CommandResult {
  if (pairs.length === 0) return fail('at least one image update is required');
  const next = deepClone(d);
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return fail(`invalid image update "${pair}"`);
    const [container, image] = [pair.slice(0, eq), pair.slice(eq + 1)];
    const hits = next.spec.template.spec.containers.filter((c) => container === '*' || c.name === container);
    if (hits.length === 0) return fail(`unable to find container named "${container}"`);
    for (const c of hits) c.image = image;
  }
  // kubectl prints nothing when the patch is empty (image already set).
  return writeDeployment(sim, t, next, 'image updated', '');
}

function rolloutUndo(d: Deployment, t: Target, toRevision: number, sim: Simulation): CommandResult {
  if (toRevision < 0) return fail(`unable to find specified revision ${toRevision} in history`);
  const rss = ownedReplicaSets(sim, d);
  let target: ReplicaSet | undefined;
  if (toRevision > 0) {
    target = rss.find((rs) => revisionOf(rs) === toRevision);
    if (!target) return fail(`unable to find specified revision ${toRevision} in history`);
  } else {
    // the previous revision = the second-highest one
    const sorted = [...rss].sort((a, b) => revisionOf(b) - revisionOf(a));
    target = sorted[1];
    if (!target) return fail(`no rollout history found for deployment "${t.name}"`);
  }
  if (d.spec.paused) {
    return fail(
      "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again",
    );
  }
  if (sameTemplate(target.spec.template, d.spec.template)) {
    return out(
      printName(
        'Deployment',
        t.name,
        `skipped rollback (current template already matches revision ${toRevision})`,
      ),
    );
  }
  const next = deepClone(d);
  const template = deepClone(target.spec.template);
  if (template.metadata?.labels) delete template.metadata.labels['pod-template-hash'];
  next.spec.template = template;
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {}))
    if (SKIP_ANNOTATIONS.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(target.metadata.annotations ?? {}))
    if (!SKIP_ANNOTATIONS.has(k)) annotations[k] = v;
  next.metadata.annotations = annotations;
  return writeDeployment(sim, t, next, 'rolled back');
}

function runOnDeployment(sim: Simulation, cmd: ParsedCommand, t: Target, d: Deployment): CommandResult {
  const path = cmd.commandPath.join(' ');
  const next = deepClone(d);
  switch (path) {
    case 'set image':
      return setImage(d, t, cmd.args.slice(cmd.args[0]?.includes('/') ? 1 : 2), sim);
    case 'scale': {
      const replicas = cmd.flags['replicas'] === undefined ? Number.NaN : Number(cmd.flags['replicas']);
      if (!Number.isInteger(replicas) || replicas < 0) {
        return fail('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
      }
      next.spec.replicas = replicas;
      return writeDeployment(sim, t, next, 'scaled');
    }
    case 'patch': {
      let patch: unknown;
      try {
        patch = JSON.parse(String(cmd.flags['patch'] ?? ''));
      } catch {
        return fail('unable to parse the patch: it must be JSON');
      }
      const patched = mergePatch(next, patch) as Deployment;
      return writeDeployment(sim, t, patched, 'patched', 'patched (no change)');
    }
    case 'rollout pause':
      if (d.spec.paused) return fail(`deployments.apps "${t.name}" is already paused`);
      next.spec.paused = true;
      return writeDeployment(sim, t, next, 'paused');
    case 'rollout resume':
      if (!d.spec.paused) return fail(`deployments.apps "${t.name}" is not paused`);
      delete next.spec.paused;
      return writeDeployment(sim, t, next, 'resumed');
    case 'rollout restart': {
      if (d.spec.paused)
        return fail(
          `deployments.apps "${t.name}" can't restart paused deployment (run rollout resume first)`,
        );
      const meta = (next.spec.template.metadata ??= {});
      meta.annotations = { ...meta.annotations, 'kubectl.kubernetes.io/restartedAt': toTime(sim.now) };
      return writeDeployment(sim, t, next, 'restarted');
    }
    case 'rollout undo':
      return rolloutUndo(d, t, Number(cmd.flags['to-revision'] ?? 0), sim);
    default:
      return fail(`"kubectl ${path}" is not available in Rollout Lab's controls`);
  }
}

/** Run one kubectl command line (argv after `kubectl`) against the simulation at its current instant. */
export function runKubectl(sim: Simulation, argv: readonly string[]): CommandResult {
  const cmd = parseArgv(argv);
  if (!cmd) return fail(`"kubectl ${argv.join(' ')}" is not available in Rollout Lab's controls`);
  const t = targetOf(cmd);
  if ('exitCode' in t) return t;
  const d = sim.get<Deployment>('Deployment', t.namespace, t.name);
  if (!d) return out(`Error from server (NotFound): deployments.apps "${t.name}" not found\n`, 1);
  return runOnDeployment(sim, cmd, t, d);
}
