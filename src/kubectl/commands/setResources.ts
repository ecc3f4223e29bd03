// `kubectl set resources`: sets CPU/memory limits and requests of selected containers (`-c`, a path.Match
// pattern, default `*`). Mirrors kubectl pkg/cmd/set/set_resources.go and generateversioned.HandleResourceRequirementsV1.
import type { CommandResult } from '../cli/index';
import type { Container } from '../../engine/index';
import { canonicalizeQuantity } from '../../engine/api/quantity';
import { build } from './builder';
import type { CmdError } from './errors';
import { aggregate, plain } from './errors';
import { bool, list, str } from './flags';
import { mutationFlags } from './mutate';
import { Output } from './output';
import { updatePodSpecs } from './podSpecUpdate';
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
  const errs = updatePodSpecs(ctx, out, b.result.infos, flags, {
    what: 'resources',
    operation: 'resource requirements updated',
    // No colon here: set_resources.go words its error this way.
    failedPatchPrefix: 'failed to patch resources update to pod template ',
    update: (spec, containerErrs) => {
      const selected: Container[] = [
        ...spec.containers.filter((c) => pathMatch(selectorText, c.name)),
        ...(spec.initContainers ?? []).filter((c) => pathMatch(selectorText, c.name)),
      ];
      if (selected.length === 0) {
        containerErrs.push(plain(`error: unable to find container named ${selectorText}`));
        return false;
      }
      for (const c of selected) {
        const res = { ...c.resources };
        if (limitsText !== '')
          res.limits = { ...res.limits, ...Object.fromEntries(limits as Map<string, string>) };
        if (requestsText !== '')
          res.requests = { ...res.requests, ...Object.fromEntries(requests as Map<string, string>) };
        c.resources = res;
      }
      return true;
    },
  });
  return out.finish(errs);
}
