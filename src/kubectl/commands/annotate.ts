// `kubectl annotate`: add, change (`--overwrite`) or remove (`k-`) annotations; always prints `annotated`.
// Mirrors kubectl pkg/cmd/annotate/annotate.go (parseAnnotations, validateAnnotations,
// validateNoAnnotationOverwrites: the change-cause annotation may always be overwritten).
import type { CommandResult } from '../cli/index';
import type { KubeObject } from '../../engine/index';
import type { CmdError } from './errors';
import { plain } from './errors';
import { bool } from './flags';
import { CHANGE_CAUSE_ANNOTATION, recorded } from './changeCause';
import { metadataCommand } from './metadataCommand';
import { parsePairs, resourcesAndPairs, type Pairs } from './pairs';
import type { CommandContext } from './types';

/** validateAnnotations: a key may not be both set and removed. */
function validateAnnotations(p: Pairs): CmdError | undefined {
  const both = p.remove.filter((k) => p.set.has(k));
  return both.length > 0
    ? plain(
        `can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`,
      )
    : undefined;
}

/** `kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N`. */
export function annotateCommand(ctx: CommandContext): CommandResult {
  const cmd = ctx.cmd;
  const rp = resourcesAndPairs(cmd.args, 'annotation');
  const parsed: Pairs | CmdError = 'type' in rp ? rp : parsePairs(rp.pairs, 'annotation', true);
  const overwrite = bool(cmd, 'overwrite');
  const pairs = 'type' in parsed ? undefined : parsed;
  const invalid = pairs ? validateAnnotations(pairs) : undefined;
  return metadataCommand(ctx, {
    what: 'annotation',
    resources: 'type' in rp ? [] : rp.resources,
    parseError: 'type' in parsed ? parsed : undefined,
    hasChanges: pairs !== undefined && (pairs.set.size > 0 || pairs.remove.length > 0),
    validationError: invalid,
    current: (o) => o.metadata.annotations,
    apply: (_info, obj: KubeObject) => {
      const p = pairs as Pairs;
      // The recorder runs first, so an explicit kubernetes.io/change-cause=… wins over --record.
      const base = recorded(cmd, obj);
      const annotations = { ...base.metadata.annotations };
      if (!overwrite) {
        const clashes: string[] = [];
        for (const [k, v] of p.set) {
          if (k === CHANGE_CAUSE_ANNOTATION) continue;
          const cur = obj.metadata.annotations?.[k];
          if (cur !== undefined && cur !== v) clashes.push(`'${k}' already has a value (${cur})`);
        }
        if (clashes.length > 0) {
          return {
            error: plain(
              `--overwrite is false but found the following declared annotation(s): ${clashes.join('; ')}`,
            ),
          };
        }
      }
      for (const [k, v] of p.set) annotations[k] = v;
      for (const k of p.remove) delete annotations[k];
      return {
        modified: { ...base, metadata: { ...base.metadata, annotations } } as KubeObject,
        operation: 'annotated',
      };
    },
  });
}
