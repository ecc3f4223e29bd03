// Mirrors k8s.io/apimachinery/pkg/util/mergepatch/errors.go and the way the API server's patch handler
// (apiserver/pkg/endpoints/handlers/patch.go interpretStrategicMergePatchError) turns them into statuses.
import type { Json, JsonObject } from './goJson';
import { goFormatFloat, goSortedKeys, goSprintV, goTypeOf } from './goJson';

/**
 * How the API server answers a patch error: `BadRequest` (400, the message as is), `Unprocessable` (422, the
 * generic "the server rejected our request due to an error in our request"), `Internal` (500, reason Unknown,
 * the message as is — what any error that is not a Status becomes).
 */
export type PatchErrorKind = 'BadRequest' | 'Unprocessable' | 'Internal';

/** An error raised while applying or computing a patch. */
export class PatchError extends Error {
  constructor(
    readonly kind: PatchErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** Errors the API server reports as 400 Bad Request. */
export const ErrBadJSONDoc = 'invalid JSON document';
export const ErrBadPatchFormatForPrimitiveList = 'invalid patch format of primitive list';
export const ErrBadPatchFormatForRetainKeys = 'invalid patch format of retainKeys';
export const ErrBadPatchFormatForSetElementOrderList = 'invalid patch format of setElementOrder list';
/** Errors the API server reports as 422 with the generic message. */
export const ErrNoListOfLists = 'lists of lists are not supported';

export const badRequest = (message: string): PatchError => new PatchError('BadRequest', message);
export const internal = (message: string): PatchError => new PatchError('Internal', message);

/** reflect.TypeOf(v).String() for a decoded JSON value: `map[string]interface {}`, `[]interface {}`, `<nil>`. */
export function goReflectType(v: Json | undefined): string {
  if (v === undefined) return '<nil>';
  const t = goTypeOf(v);
  return t === 'nil'
    ? '<nil>'
    : t === 'slice'
      ? '[]interface {}'
      : t === 'map'
        ? 'map[string]interface {}'
        : t;
}

/** fmt's %s of a decoded value: strings bare, other scalars as `%!s(int64=1)`, containers element-wise. */
export function goSprintS(v: Json): string {
  const t = goTypeOf(v);
  if (t === 'string') return v as string;
  if (t === 'nil') return '%!s(<nil>)';
  if (t === 'slice') return `[${(v as Json[]).map(goSprintS).join(' ')}]`;
  if (t === 'map') {
    const o = v as JsonObject;
    return `map[${goSortedKeys(o)
      .map((k) => `${k}:${goSprintS(o[k] as Json)}`)
      .join(' ')}]`;
  }
  const shown = t === 'float64' ? goFormatFloat(v as number) : String(v);
  return `%!s(${t}=${shown})`;
}

/** mergepatch.ErrBadArgType: `expected a map[string]interface {}, but received a string`. */
export function errBadArgType(expected: 'map' | 'slice', actual: Json | undefined): PatchError {
  const e = expected === 'map' ? 'map[string]interface {}' : '[]interface {}';
  return internal(`expected a ${e}, but received a ${goReflectType(actual)}`);
}

/** mergepatch.ErrNoMergeKey: `map: map[image:x] does not contain declared merge key: name`. */
export function errNoMergeKey(m: JsonObject, key: string): PatchError {
  return internal(`map: ${goSprintV(m)} does not contain declared merge key: ${key}`);
}

/** mergepatch.ErrBadPatchType: `unknown patch type: foo in map: map[$patch:foo]`. */
export function errBadPatchType(t: Json, m: JsonObject): PatchError {
  return internal(`unknown patch type: ${goSprintS(t)} in map: ${goSprintV(m)}`);
}
