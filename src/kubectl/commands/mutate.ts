// Shared steps of commands that change objects (pause, resume, restart, undo, set, label, annotate, scale,
// patch, create, apply): their -o and --dry-run flags, per-object errors, and the update, patch and create
// requests with the server's answer turned into a result or a kubectl error.
import type { ApiRequest, ApiResponse, KubeObject } from '../../engine/index';
import { canonicalJson } from '../../engine/api/hash';
import type { ParsedCommand } from '../cli/index';
import type { Info } from './builder';
import type { CmdError } from './errors';
import { aggregate, fromStatus, plain } from './errors';
import type { DryRun } from './flags';
import { dryRunStrategy } from './flags';
import type { ObjectPrinter, OutputFormat } from './printObj';
import { objectPrinter, parseOutputFormat } from './printObj';
import type { CommandContext } from './types';
import type { Fetched } from './api';
import { send } from './api';
import { goQuote } from '../cli/index';

/** What a mutating command's -o and --dry-run flags ask for. */
export interface MutationFlags {
  format: OutputFormat;
  printer: ObjectPrinter;
  dryRun: DryRun;
}

/**
 * -o, then --dry-run, in the order the mutating commands' Complete reads them (PrintFlags.ToPrinter,
 * GetDryRunStrategy): the printer and the dry-run strategy, or the first flag's error.
 */
export function mutationFlags(
  cmd: ParsedCommand,
): ({ ok: true } & MutationFlags) | { ok: false; error: CmdError } {
  const fmt = parseOutputFormat(cmd);
  if (!fmt.ok) return fmt;
  const dry = dryRunStrategy(cmd);
  if (!dry.ok) return { ok: false, error: plain(dry.error) };
  return { ok: true, format: fmt.format, printer: objectPrinter(cmd, fmt.format), dryRun: dry.value };
}

/** `deployments.apps` / `pods`: how kubectl names a resource in per-object errors. */
export function resourceString(info: Info): string {
  const r = info.resource;
  return r.group === '' ? r.resource : `${r.resource}.${r.group}`;
}

/** `error: deployments.apps "nginx" is already paused` (the message already carries its `error: ` prefix). */
export function objectError(info: Info, message: string): CmdError {
  return plain(`error: ${resourceString(info)} ${goQuote(info.name)} ${message}`);
}

/** The builder's collected errors as the single error r.Infos() returns (an aggregate when several). */
export function infosError(errors: readonly CmdError[]): CmdError[] {
  if (errors.length === 0) return [];
  return [errors.length === 1 ? (errors[0] as CmdError) : (aggregate(errors) as CmdError)];
}

/** True when two objects would serialize the same (so kubectl's computed patch would be `{}`). */
export function sameObject(a: KubeObject, b: KubeObject): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** A copy without resourceVersion: kubectl's patches carry no precondition unless asked for one. */
export function unversioned<T extends KubeObject>(obj: T): T {
  const metadata = { ...obj.metadata };
  delete metadata.resourceVersion;
  return { ...obj, metadata };
}

/** A write's result: the object as stored (and whether the write changed it), or the server's error. */
export type Written = { ok: true; object: KubeObject; changed: boolean } | { ok: false; error: CmdError };

/** A single-object response as a Written. */
function written(res: ApiResponse): Written {
  if (!res.ok) return { ok: false, error: fromStatus(res.status) };
  return { ok: true, object: res.object as KubeObject, changed: res.changed };
}

/** Sends the changed object; the stored result, or the server's error. */
export function writeObject(
  ctx: CommandContext,
  obj: KubeObject,
  dryRun = false,
  keepResourceVersion = false,
): Written {
  const body = keepResourceVersion ? obj : unversioned(obj);
  return written(send(ctx, { verb: 'update', object: body, dryRun }));
}

/** A patch request without its verb: the object's kind, namespace and name, the patch and its type. */
export type PatchTarget = Omit<Extract<ApiRequest, { verb: 'patch' }>, 'verb'>;

/** Sends a patch (resource.Helper.Patch); the patched object, or the server's error. */
export function patchObject(ctx: CommandContext, target: PatchTarget): Written {
  return written(send(ctx, { verb: 'patch', ...target }));
}

/**
 * resource.Helper.Create as the create commands call it: on a client dry run nothing is sent and the object
 * is its own result; otherwise the created object (server dry run: as it would be), or the server's error.
 */
export function createObject(ctx: CommandContext, obj: KubeObject, dryRun: DryRun): Fetched {
  if (dryRun === 'client') return { ok: true, object: obj };
  const w = written(send(ctx, { verb: 'create', object: obj, dryRun: dryRun === 'server' }));
  return w.ok ? { ok: true, object: w.object } : w;
}
