// `kubectl describe`: Deployments, ReplicaSets, Pods and Nodes by name, by name prefix (when TYPE NAME finds
// nothing), by selector or all of a type. Mirrors kubectl pkg/cmd/describe/describe.go (Run,
// DescribeMatchingResources) and the per-kind describers' inputs (events, ReplicaSets, pods).
import type { CommandResult } from '../cli/index';
import type { Deployment, Event, KubeObject, Node, Pod, ReplicaSet } from '../../engine/index';
import { describeDeployment } from '../printers/describe/deployment';
import { describeReplicaSet } from '../printers/describe/replicaSet';
import { describePod } from '../printers/describe/pod';
import { describeNode } from '../printers/describe/node';
import { listObjects } from './api';
import type { Info } from './builder';
import { build } from './builder';
import type { CmdError } from './errors';
import { plain } from './errors';
import { bool, list, str } from './flags';
import { findNewReplicaSet, ownedReplicaSets } from './deployments';
import { Output } from './output';
import type { CommandContext } from './types';

/** Events about an object (involvedObject kind, name and namespace; uid when both sides have one). */
function eventsFor(ctx: CommandContext, obj: KubeObject): Event[] | undefined {
  if (!bool(ctx.cmd, 'show-events')) return undefined;
  const ns = obj.kind === 'Node' ? undefined : obj.metadata.namespace;
  return (listObjects(ctx, 'Event', ns) as Event[]).filter((e) => {
    const io = e.involvedObject;
    if (io.kind !== obj.kind || io.name !== obj.metadata.name) return false;
    if (obj.kind !== 'Node' && (io.namespace ?? '') !== (obj.metadata.namespace ?? '')) return false;
    return !io.uid || !obj.metadata.uid || obj.kind === 'Node' || io.uid === obj.metadata.uid;
  });
}

/** The describe page of one object, or the "no describer" error. */
function describeObject(
  ctx: CommandContext,
  obj: KubeObject,
): { ok: true; text: string } | { ok: false; error: CmdError } {
  const now = ctx.sim.now;
  switch (obj.kind) {
    case 'Deployment': {
      const d = obj as Deployment;
      const rss = ownedReplicaSets(ctx, d);
      const newRS = findNewReplicaSet(d, rss);
      const oldRSs = rss.filter((rs) => rs !== newRS);
      return { ok: true, text: describeDeployment(d, { newRS, oldRSs, events: eventsFor(ctx, d), now }) };
    }
    case 'ReplicaSet': {
      const rs = obj as ReplicaSet;
      const pods = listObjects(ctx, 'Pod', rs.metadata.namespace) as Pod[];
      return { ok: true, text: describeReplicaSet(rs, { pods, events: eventsFor(ctx, rs), now }) };
    }
    case 'Pod':
      return { ok: true, text: describePod(obj as Pod, { events: eventsFor(ctx, obj), now }) };
    case 'Node': {
      const pods = listObjects(ctx, 'Pod', undefined) as Pod[];
      return { ok: true, text: describeNode(obj as Node, { pods, events: eventsFor(ctx, obj), now }) };
    }
    default:
      return { ok: false, error: plain(`no description has been implemented for ${obj.kind}`) };
  }
}

/** `kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)`. */
export function describeCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const filenames = list(cmd, 'filename');
  const allNamespaces = bool(cmd, 'all-namespaces');
  if (cmd.args.length === 0 && filenames.length === 0) {
    return out.fail(
      plain(
        'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
      ),
    );
  }
  const b = build(ctx, {
    args: cmd.args,
    filenames,
    selector: str(cmd, 'selector'),
    allNamespaces,
    allowEmptySelector: true,
  });
  if (!b.ok) return out.fail(b.error);
  const errs: CmdError[] = [];
  const notFound = b.result.errors.find((e) => e.type === 'status' && e.status.reason === 'NotFound');
  if (b.result.errors.length > 0) {
    if (notFound && cmd.args.length === 2)
      return describeMatching(ctx, out, notFound, cmd.args[0] as string, cmd.args[1] as string);
    errs.push(
      b.result.errors.length === 1
        ? (b.result.errors[0] as CmdError)
        : { type: 'aggregate', errors: b.result.errors },
    );
  }
  const infos: Info[] = b.result.infos;
  let first = true;
  const seen = new Set<string>();
  for (const info of infos) {
    const d = describeObject(ctx, info.object as KubeObject);
    if (!d.ok) {
      const key = JSON.stringify(d.error);
      if (!seen.has(key)) {
        seen.add(key);
        errs.push(d.error);
      }
      continue;
    }
    out.out(first ? d.text : `\n\n${d.text}`);
    first = false;
  }
  if (infos.length === 0 && errs.length === 0) {
    out.err(allNamespaces ? 'No resources found\n' : `No resources found in ${ctx.namespace} namespace.\n`);
  }
  return out.finish(errs);
}

/** DescribeMatchingResources: every object of the type whose name starts with the prefix, else the NotFound. */
function describeMatching(
  ctx: CommandContext,
  out: Output,
  original: CmdError,
  resource: string,
  prefix: string,
): CommandResult {
  const b = build(ctx, { args: [resource], allowEmptySelector: true, singleResourceType: true });
  if (!b.ok) return out.fail(b.error);
  let found = false;
  for (const info of b.result.infos) {
    if (!info.name.startsWith(prefix)) continue;
    found = true;
    const d = describeObject(ctx, info.object as KubeObject);
    if (!d.ok) return out.fail(d.error);
    out.out(`${d.text}\n`);
  }
  return found ? out.ok() : out.fail(original);
}
