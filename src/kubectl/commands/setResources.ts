// `kubectl set resources`: sets CPU/memory limits and requests of selected containers (`-c`, a path.Match
// pattern, default `*`). Mirrors kubectl pkg/cmd/set/set_resources.go and generateversioned.HandleResourceRequirementsV1.
import type { CommandResult } from '../cli/index';
import type { Container, PodSpec } from '../../engine/index';
import { deepClone } from '../../engine/index';
import { canonicalizeQuantity } from '../../engine/api/quantity';
import { build } from './builder';
import type { CmdError } from './errors';
import { aggregate, errorString, plain } from './errors';
import { bool, dryRunSuffix, list, str } from './flags';
import { recorded } from './changeCause';
import { mutationFlags, sameObject, writeObject } from './mutate';
import { Output } from './output';
import { podSpecOf, withPodSpec } from './setImage';
import type { CommandContext } from './types';

/** populateResourceListV1: `cpu=200m,memory=512Mi` → canonical quantities, or kubectl's error. */
export function parseResourceList(spec: string): Map<string, string> | CmdError {
  const out = new Map<string, string>();
  if (spec === '') return out;
  for (const statement of spec.split(',')) {
    const parts = statement.split('=');
    if (parts.length !== 2) return plain(`Invalid argument syntax ${statement}, expected <resource>=<value>`);
    const q = canonicalizeQuantity(parts[1] as string);
    if (!q.ok) return plain(q.error);
    out.set(parts[0] as string, q.value);
  }
  return out;
}

/** Go's path.Match for container name patterns (`*`, `?`, `[...]`). */
export function pathMatch(pattern: string, name: string): boolean {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) return false;
      re += `[${pattern
        .slice(i + 1, end)
        .replace(/^\^/, '^')
        .replace(/\\/g, '\\\\')}]`;
      i = end;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`${re}$`).test(name);
}

/** `kubectl set resources (-f FILENAME | TYPE NAME) [--limits=…] [--requests=…] [-c NAME]`. */
export function setResourcesCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const flags = mutationFlags(cmd);
  if (!flags.ok) return out.fail(flags.error);
  const { printer, dryRun } = flags;
  const all = bool(cmd, 'all');
  const selector = str(cmd, 'selector');
  const b = build(ctx, { args: cmd.args, filenames: list(cmd, 'filename'), selector, all });
  if (!b.ok) return out.fail(b.error);
  if (b.result.errors.length > 0) return out.fail(aggregate(b.result.errors) as CmdError);
  const limitsText = str(cmd, 'limits');
  const requestsText = str(cmd, 'requests');
  const verrs: CmdError[] = [];
  if (all && selector !== '') verrs.push(plain('cannot set --all and --selector at the same time'));
  if (limitsText === '' && requestsText === '') {
    verrs.push(
      plain('you must specify an update to requests or limits (in the form of --requests/--limits)'),
    );
  }
  const limits = parseResourceList(limitsText);
  const requests = limits instanceof Map ? parseResourceList(requestsText) : limits;
  if (!(requests instanceof Map)) verrs.push(requests);
  if (verrs.length > 0) return out.fail(aggregate(verrs) as CmdError);
  const selectorText = str(cmd, 'containers');
  const errs: CmdError[] = [];
  for (const info of b.result.infos) {
    const obj = info.object;
    const spec = obj ? podSpecOf(obj) : undefined;
    if (!obj || !spec) {
      errs.push(
        plain(`error: ${info.resource.resource}/${info.name} object does not support updating resources\n`),
      );
      continue;
    }
    const next: PodSpec = deepClone(spec);
    const selected: Container[] = [
      ...next.containers.filter((c) => pathMatch(selectorText, c.name)),
      ...(next.initContainers ?? []).filter((c) => pathMatch(selectorText, c.name)),
    ];
    if (selected.length === 0) {
      errs.push(plain(`error: unable to find container named ${selectorText}`));
      continue;
    }
    for (const c of selected) {
      const res = { ...c.resources };
      if (limitsText !== '')
        res.limits = { ...res.limits, ...Object.fromEntries(limits as Map<string, string>) };
      if (requestsText !== '')
        res.requests = { ...res.requests, ...Object.fromEntries(requests as Map<string, string>) };
      c.resources = res;
    }
    const modified = recorded(cmd, withPodSpec(obj, next));
    if (sameObject(obj, modified)) continue;
    const op = `resource requirements updated${dryRunSuffix(dryRun)}`;
    if (dryRun === 'client') {
      printer.printTo(out, modified, op);
      continue;
    }
    const w = writeObject(ctx, modified, dryRun === 'server');
    if (!w.ok) {
      errs.push(plain(`failed to patch resources update to pod template ${errorString(w.error)}`));
      continue;
    }
    printer.printTo(out, w.object, op, errs);
  }
  return out.finish(errs);
}
