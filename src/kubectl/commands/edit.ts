// `kubectl edit`: interactive, so a script gets a clear error, while the app's editor drives an EditSession:
// the live object as YAML (with kubectl's header comment), then the edited text validated and sent, printing
// `deployment.apps/x edited`, `Edit cancelled, no changes made.` or the API server's rejection.
// Mirrors kubectl pkg/cmd/util/editor/editoptions.go (header, comment stripping, preconditions, reopen text).
import type { CommandResult } from '../cli/index';
import type { KubeObject } from '../../engine/index';
import { goYamlMarshal } from '../printers/output/yamlEmitter';
import { build } from './builder';
import { recorded } from './changeCause';
import { decodeForWrite } from './decode';
import type { CmdError } from './errors';
import { checkErrText, plain } from './errors';
import { list } from './flags';
import { parseManifests } from './manifests';
import { sameObject, writeObject } from './mutate';
import { Output } from './output';
import { objectPrinter, parseOutputFormat, toJsonValue } from './printObj';
import type { CommandContext } from './types';

/** The comment kubectl puts above the object it opens. */
export const EDIT_HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n" +
  '# and an empty file will abort the edit. If an error occurs while saving this file will be\n' +
  '# reopened with the relevant failures.\n#\n';

/** The result of saving an edit. `reopen` is set when kubectl would reopen the editor with error comments. */
export interface EditOutcome {
  result: CommandResult;
  reopen?: string;
}

/** One object opened for editing. */
export interface EditSession {
  /** What the editor shows: the header comment and the live object as YAML. */
  readonly yaml: string;
  /** Validates and sends the edited text. */
  save(edited: string): EditOutcome;
}

/** Lines starting with `#` are comments kubectl drops before comparing and sending. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('\n');
}

/** The YAML kubectl edit shows for an object. */
export function editableYaml(obj: KubeObject): string {
  return EDIT_HEADER + goYamlMarshal(toJsonValue(obj));
}

/** Comment lines for a rejected edit, followed by the user's text (what kubectl reopens). */
function reopenText(header: string, lines: string[], edited: string): string {
  return `${EDIT_HEADER}${[header, ...lines].map((l) => `# ${l}`.trimEnd()).join('\n')}\n#\n${stripComments(edited).replace(/^\n+/, '')}`;
}

/** Opens the object the arguments name (exactly one), or kubectl's error as a finished result. */
export function editTarget(
  ctx: CommandContext,
): { ok: true; session: EditSession } | { ok: false; result: CommandResult } {
  const out = new Output();
  const cmd = ctx.cmd;
  const fmt = parseOutputFormat(cmd);
  if (!fmt.ok) return { ok: false, result: out.fail(fmt.error) };
  const b = build(ctx, { args: cmd.args, filenames: list(cmd, 'filename') });
  if (!b.ok) return { ok: false, result: out.fail(b.error) };
  if (b.result.errors.length > 0) return { ok: false, result: out.finish(b.result.errors) };
  if (b.result.infos.length !== 1) {
    return {
      ok: false,
      result: out.fail(plain('the simulated kubectl edit opens one object at a time; name exactly one')),
    };
  }
  const info = b.result.infos[0] as (typeof b.result.infos)[number];
  const original = info.object as KubeObject;
  const originalYaml = editableYaml(original);
  const groupResource =
    info.resource.group === '' ? info.resource.resource : `${info.resource.resource}.${info.resource.group}`;
  const session: EditSession = {
    yaml: originalYaml,
    save(edited: string): EditOutcome {
      const res = new Output();
      const body = stripComments(edited);
      if (body.trim() === '') {
        res.err('Edit cancelled, saved file was empty.\n');
        return { result: res.ok() };
      }
      if (body.trim() === stripComments(originalYaml).trim()) {
        res.err('Edit cancelled, no changes made.\n');
        return { result: res.ok() };
      }
      const parsed = parseManifests(body, 'edited file');
      if (!parsed.ok || parsed.manifests.length !== 1) {
        const msg = parsed.ok
          ? 'expected exactly one object'
          : checkErrText(parsed.error)
              .replace(/^error: /, '')
              .trimEnd();
        return {
          result: res.fail(plain(`error parsing edited object: ${msg}`)),
          reopen: reopenText(`The edited file had a syntax error: ${msg}`, [], edited),
        };
      }
      const m = parsed.manifests[0] as (typeof parsed.manifests)[number];
      if (m.kind !== original.kind || m.name !== original.metadata.name) {
        const err = plain('At least one of apiVersion, kind and name was changed');
        return {
          result: res.fail(err),
          reopen: reopenText(
            `${groupResource} "${original.metadata.name}" was not valid:`,
            ['* At least one of apiVersion, kind and name was changed'],
            edited,
          ),
        };
      }
      const decoded = decodeForWrite(m.kind, m.object, 'Strict');
      const rejected = (err: CmdError): EditOutcome => {
        const causes =
          err.type === 'status' && err.status.details?.causes?.length
            ? err.status.details.causes.map((c) => `* ${c.field}: ${c.message}`)
            : [`* ${checkErrText(err).trimEnd()}`];
        return {
          result: res.fail(err),
          reopen: reopenText(`${groupResource} "${original.metadata.name}" was not valid:`, causes, edited),
        };
      };
      if (!decoded.ok) return rejected(decoded.error);
      const next = recorded(ctx.cmd, {
        ...decoded.object,
        metadata: { ...decoded.object.metadata, namespace: original.metadata.namespace },
      } as KubeObject);
      if (sameObject(next, original)) {
        res.err('Edit cancelled, no changes made.\n');
        return { result: res.ok() };
      }
      const w = writeObject(ctx, next);
      if (!w.ok) return rejected(w.error);
      const p = objectPrinter(ctx.cmd, fmt.format).print(w.object, 'edited');
      if (p.ok) res.out(p.text);
      return { result: res.ok() };
    },
  };
  return { ok: true, session };
}

/** `kubectl edit` typed in a script or the terminal: it needs an editor, which only the app has. */
export function editCommand(ctx: CommandContext): CommandResult {
  const target = editTarget(ctx);
  if (!target.ok) return target.result;
  return new Output().fail(
    plain(
      'kubectl edit opens an interactive editor, which a script cannot use. In Rollout Lab, edit the object in the YAML editor, or change it with kubectl apply -f, kubectl patch or kubectl set image.',
    ),
  );
}
