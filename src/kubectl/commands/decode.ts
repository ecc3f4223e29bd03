// What the API server does with a create/update body before validation: decode it into the typed object.
// Wrong types fail (`Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal …`);
// unknown fields fail with fieldValidation=Strict (kubectl's default --validate=strict), become warnings with
// Warn, and are dropped silently with Ignore. Mirrors the apiserver's strict-decoding path.
import type { Kind, KubeObject } from '../../engine/index';
import { cannotBeHandledStatus } from '../../engine/api/errors';
import type { JsonObject } from '../../engine/api/patch/goJson';
import { decodeTyped } from '../../engine/api/patch/typed';
import type { ParsedCommand } from '../cli/index';
import type { CmdError } from './errors';
import { fromStatus, plain } from './errors';
import { parseGoBool, str } from './flags';

/** The fieldValidation directive of `--validate`. */
export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/** --validate: strict (default, also `true`), warn, ignore (also `false`); anything else is kubectl's error. */
export function fieldValidation(
  cmd: ParsedCommand,
): { ok: true; value: FieldValidation } | { ok: false; error: CmdError } {
  if (!('validate' in cmd.flags)) return { ok: true, value: 'Strict' };
  const v = str(cmd, 'validate').toLowerCase();
  const b = parseGoBool(v);
  if (b !== undefined) return { ok: true, value: b ? 'Strict' : 'Ignore' };
  if (v === 'strict') return { ok: true, value: 'Strict' };
  if (v === 'warn') return { ok: true, value: 'Warn' };
  if (v === 'ignore') return { ok: true, value: 'Ignore' };
  return {
    ok: false,
    error: plain(
      `invalid - validate option "${str(cmd, 'validate')}"; must be one of: strict (or true), warn, ignore (or false)`,
    ),
  };
}

/** The decoded object and the warnings the client prints (`unknown field "spec.x"`), or the BadRequest. */
export function decodeForWrite(
  kind: Kind,
  obj: JsonObject,
  validation: FieldValidation,
): { ok: true; object: KubeObject; warnings: string[] } | { ok: false; error: CmdError } {
  const d = decodeTyped(kind, obj, 'json');
  if (!d.ok) return { ok: false, error: fromStatus(cannotBeHandledStatus(kind, d.error)) };
  if (validation === 'Strict' && d.warnings.length > 0) {
    return {
      ok: false,
      error: fromStatus(cannotBeHandledStatus(kind, `strict decoding error: ${d.warnings.join(', ')}`)),
    };
  }
  return {
    ok: true,
    object: d.value as unknown as KubeObject,
    warnings: validation === 'Warn' ? d.warnings : [],
  };
}
