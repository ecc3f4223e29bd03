// `kubectl patch (-f FILENAME | TYPE NAME) -p PATCH [--type strategic|merge|json]`: the patch text is sent as
// is when it is JSON, converted from YAML otherwise; the API server applies it. Prints `patched` or
// `patched (no change)`. Mirrors kubectl pkg/cmd/patch/patch.go.
import type { CommandResult } from '../cli/index';
import { parsePatchText } from '../../engine/api/patch';
import { goQuote } from '../cli/index';
import { build } from './builder';
import type { CmdError } from './errors';
import { plain } from './errors';
import { dryRunSuffix, list, str } from './flags';
import { recorded, shouldRecord } from './changeCause';
import { mutationFlags, patchObject, writeObject } from './mutate';
import { Output } from './output';
import type { CommandContext } from './types';

const PATCH_TYPES = { json: 'json', merge: 'merge', strategic: 'strategic' } as const;

/** `kubectl patch`. */
export function patchCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const flags = mutationFlags(cmd);
  if (!flags.ok) return out.fail(flags.error);
  const { printer, dryRun } = flags;
  const typeText = str(cmd, 'type');
  const patchType = PATCH_TYPES[typeText.toLowerCase() as keyof typeof PATCH_TYPES];
  if (!patchType)
    return out.fail(plain(`--type must be one of [json merge strategic], not ${goQuote(typeText)}`));
  const patchText = str(cmd, 'patch');
  const patchFile = str(cmd, 'patch-file');
  if (patchText !== '' && patchFile !== '')
    return out.fail(plain('cannot specify --patch and --patch-file together'));
  if (patchText === '' && patchFile === '') {
    return out.fail(plain('must specify --patch or --patch-file containing the contents of the patch'));
  }
  let text = patchText;
  if (patchFile !== '') {
    const content = ctx.readFile(patchFile);
    if (content === undefined)
      return out.fail(plain(`unable to read patch file: open ${patchFile}: no such file or directory`));
    text = content;
  }
  const parsed = parsePatchText(text);
  if (!parsed.ok) return out.fail(plain(parsed.error));
  const b = build(ctx, { args: cmd.args, filenames: list(cmd, 'filename') });
  if (!b.ok) return out.fail(b.error);
  const errs: CmdError[] = [...b.result.errors];
  let count = b.result.errors.length;
  for (const info of b.result.infos) {
    count++;
    const res = patchObject(ctx, {
      kind: info.resource.kind,
      namespace: info.namespace,
      name: info.name,
      patchType,
      patch: parsed.body,
      dryRun: dryRun !== 'none',
    });
    if (!res.ok) {
      errs.push(res.error);
      continue;
    }
    let patched = res.object;
    const didPatch = res.changed || dryRun !== 'none';
    if (shouldRecord(cmd) && dryRun === 'none') {
      const w = writeObject(ctx, recorded(cmd, patched));
      if (w.ok) patched = w.object;
    }
    const op = didPatch ? 'patched' : 'patched (no change)';
    printer.printTo(out, patched, `${op}${dryRunSuffix(dryRun)}`, errs);
  }
  if (errs.length > 0) return out.finish(errs);
  if (count === 0) return out.fail(plain('no objects passed to patch'));
  return out.ok();
}
