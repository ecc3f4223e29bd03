// `kubectl patch (-f FILENAME | TYPE NAME) -p PATCH [--type strategic|merge|json]`: the patch text is sent as
// is when it is JSON, converted from YAML otherwise; the API server applies it. Prints `patched` or
// `patched (no change)`. Mirrors kubectl pkg/cmd/patch/patch.go.
import type { CommandResult } from '../cli/index';
import type { KubeObject } from '../../engine/index';
import { parsePatchText } from '../../engine/api/patch';
import { goQuote } from '../cli/index';
import { send } from './api';
import { build } from './builder';
import type { CmdError } from './errors';
import { fromStatus, plain } from './errors';
import { dryRunStrategy, dryRunSuffix, list, str } from './flags';
import { recorded, shouldRecord } from './changeCause';
import { writeObject } from './mutate';
import { Output } from './output';
import { objectPrinter, parseOutputFormat } from './printObj';
import type { CommandContext } from './types';

const PATCH_TYPES = { json: 'json', merge: 'merge', strategic: 'strategic' } as const;

/** `kubectl patch`. */
export function patchCommand(ctx: CommandContext): CommandResult {
  const out = new Output();
  const cmd = ctx.cmd;
  const fmt = parseOutputFormat(cmd);
  if (!fmt.ok) return out.fail(fmt.error);
  const dry = dryRunStrategy(cmd);
  if (!dry.ok) return out.fail(plain(dry.error));
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
  const printer = objectPrinter(cmd, fmt.format);
  let count = b.result.errors.length;
  for (const info of b.result.infos) {
    count++;
    const res = send(ctx, {
      verb: 'patch',
      kind: info.resource.kind,
      namespace: info.namespace,
      name: info.name,
      patchType,
      patch: parsed.body,
      dryRun: dry.value !== 'none',
    });
    if (!res.ok) {
      errs.push(fromStatus(res.status));
      continue;
    }
    let patched = res.object as KubeObject;
    const didPatch = res.changed || dry.value !== 'none';
    if (shouldRecord(cmd) && dry.value === 'none') {
      const w = writeObject(ctx, recorded(cmd, patched));
      if (w.ok) patched = w.object;
    }
    const p = printer.print(
      patched,
      `${didPatch ? 'patched' : 'patched (no change)'}${dryRunSuffix(dry.value)}`,
    );
    if (p.ok) out.out(p.text);
    else errs.push(p.error);
  }
  if (errs.length > 0) return out.finish(errs);
  if (count === 0) return out.fail(plain('no objects passed to patch'));
  return out.ok();
}
