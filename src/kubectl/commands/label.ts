// `kubectl label`: add (`k=v`), change (`--overwrite`) or remove (`k-`) labels; prints `labeled`,
// `not labeled` or `unlabeled` per object. Mirrors kubectl pkg/cmd/label/label.go (parseLabels, labelFunc,
// validateNoOverwrites, updateDataChangeMsg).
import type { CommandResult } from '../cli/index';
import type { KubeObject } from '../../engine/index';
import { goQuote } from '../cli/index';
import { isValidLabelValue } from '../../engine/api/names';
import type { Info } from './builder';
import type { CmdError } from './errors';
import { aggregate, plain } from './errors';
import { bool } from './flags';
import { recorded } from './changeCause';
import { metadataCommand, type MetadataEdit } from './metadataCommand';
import { resourcesAndPairs } from './pairs';
import type { CommandContext } from './types';

/** parseLabels: new labels in order, removals, or kubectl's error. */
export function parseLabels(
  specs: readonly string[],
): { set: Map<string, string>; remove: string[] } | CmdError {
  const set = new Map<string, string>();
  const remove: string[] = [];
  for (const spec of specs) {
    if (spec.includes('=')) {
      const parts = spec.split('=');
      if (parts.length !== 2) return plain(`invalid label spec: ${spec}`);
      const errs = isValidLabelValue(parts[1] as string);
      if (errs.length > 0) return plain(`invalid label value: ${goQuote(spec)}: ${errs.join(';')}`);
      set.set(parts[0] as string, parts[1] as string);
    } else if (spec.endsWith('-')) remove.push(spec.slice(0, -1));
    else return plain(`unknown label spec: ${spec}`);
  }
  if (remove.some((k) => set.has(k)))
    return plain('can not both modify and remove a label in the same command');
  return { set, remove };
}

/** `kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N`. */
export function labelCommand(ctx: CommandContext): CommandResult {
  const cmd = ctx.cmd;
  const rp = resourcesAndPairs(cmd.args, 'label');
  const parsed = 'type' in rp ? rp : parseLabels(rp.pairs);
  const overwrite = bool(cmd, 'overwrite');
  const edit: MetadataEdit = {
    what: 'label',
    resources: 'type' in rp ? [] : rp.resources,
    parseError: 'type' in parsed ? parsed : undefined,
    hasChanges: !('type' in parsed) && (parsed.set.size > 0 || parsed.remove.length > 0),
    current: (o) => o.metadata.labels,
    apply: (_info: Info, obj: KubeObject, out) => {
      const p = parsed as { set: Map<string, string>; remove: string[] };
      const labels = obj.metadata.labels ?? {};
      for (const k of p.remove) if (!(k in labels)) out.out(`label ${goQuote(k)} not found.\n`);
      if (!overwrite) {
        const errs: CmdError[] = [];
        for (const [k, v] of p.set) {
          if (k in labels && labels[k] !== v)
            errs.push(plain(`'${k}' already has a value (${labels[k]}), and --overwrite is false`));
        }
        if (errs.length > 0) return { error: aggregate(errs) as CmdError };
      }
      const next = { ...labels };
      for (const [k, v] of p.set) next[k] = v;
      for (const k of p.remove) delete next[k];
      const modified = recorded(cmd, { ...obj, metadata: { ...obj.metadata, labels: next } } as KubeObject);
      const before = JSON.stringify(obj);
      const after = JSON.stringify(modified);
      let op = 'not labeled';
      if (before !== after) op = !overwrite && after.length < before.length ? 'unlabeled' : 'labeled';
      return { modified, operation: op };
    },
  };
  return metadataCommand(ctx, edit);
}
